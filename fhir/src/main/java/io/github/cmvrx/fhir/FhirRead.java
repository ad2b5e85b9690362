package io.github.cmvrx.fhir;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The outcome of reading FHIR resources into a case: the case, or every problem found. */
public sealed interface FhirRead permits FhirRead.Read, FhirRead.Refused {

  /**
   * Returns the recommendation for this outcome: the advisor's answer with the reader's alerts
   * added, or the refusal listing every error.
   *
   * @param policy the local dosing choices
   * @return the recommendation
   */
  Recommendation recommend(Policy policy);

  /**
   * The resources read into a valid case.
   *
   * @param patientCase the case
   * @param alerts alerts about the FHIR data itself (stale values), added to the recommendation
   * @param evaluationDate the date the case was evaluated at (age, freshness)
   */
  record Read(PatientCase patientCase, List<Alert> alerts, LocalDate evaluationDate)
      implements FhirRead {
    /** Creates the value. */
    public Read {
      requireNonNull(patientCase, "patientCase");
      alerts = List.copyOf(alerts);
      requireNonNull(evaluationDate, "evaluationDate");
    }

    @Override
    public Recommendation recommend(Policy policy) {
      Recommendation r = TreatmentAdvisor.recommend(patientCase, policy);
      return withAlerts(r, alerts);
    }
  }

  /**
   * The resources could not be read into a valid case.
   *
   * @param id the case id, when the Bundle carried one
   * @param errors every problem, each naming the FHIR element; never empty
   */
  record Refused(Optional<String> id, List<FieldError> errors) implements FhirRead {
    /** Creates the value. */
    public Refused {
      requireNonNull(id, "id");
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a refusal needs at least one error");
      }
    }

    @Override
    public Recommendation recommend(Policy policy) {
      return Recommendation.refused(id, errors);
    }
  }

  /** Returns {@code r} with {@code extra} alerts appended (and their rationale entry). */
  static Recommendation withAlerts(Recommendation r, List<Alert> extra) {
    if (extra.isEmpty()) {
      return r;
    }
    Recommendation.Builder b =
        Recommendation.builder()
            .id(r.id())
            .status(r.status())
            .phase(r.phase())
            .addAllRegimen(r.regimen())
            .addAllAlternatives(r.alternatives())
            .addAllExcluded(r.excluded())
            .addAllAlerts(r.alerts())
            .addAllAlerts(extra)
            .addAllMonitoring(r.monitoring())
            .addAllRationale(r.rationale())
            .assessment(r.assessment())
            .addAllErrors(r.errors());
    boolean hasInputRationale =
        r.rationale().stream().anyMatch(e -> e.ruleId() == RuleId.INPUT_VALIDATION);
    if (!hasInputRationale) {
      b.addRationale(
          RationaleEntry.of(
              RuleId.INPUT_VALIDATION,
              "FHIR input: a value older than its freshness window is used but flagged;"
                  + " re-measure before dosing (decision record 1102)"));
    }
    return b.build();
  }
}
