package io.github.cmvrx.dosing.advisor;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import java.util.Set;
import java.util.Optional;
import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.decision.TreatmentDecider;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.calc.CaseDosing;
import io.github.cmvrx.dosing.policy.Policy;

/**
 * The one public entry point: assess, decide and dose one case under one policy.
 *
 * <p>The pipeline runs one way:
 *
 * <ol>
 *   <li>{@code assess}: the decision rules' exclusions ({@link Eligibility}), then kidney
 *       function, dosing weight, body surface area and each remaining drug's availability for the
 *       phase ({@link CaseDosing}, gathered into {@link DoseFacts});
 *   <li>{@code choose}: the drugs the decisions give ({@link TreatmentDecider#drugsToDose});
 *   <li>{@code dose}: the doses of those drugs only ({@link DoseFacts#withDoses});
 *   <li>{@code decide}: regimen, phase, exclusions, alerts, monitoring and rationale from those
 *       facts ({@link TreatmentDecider#decide(DoseFacts, Eligibility)}), without calling back into
 *       the dosing. Texts are typed messages, rendered at the edge.
 * </ol>
 *
 * Stateless, so thread-safe; no I/O; deterministic: the same case and policy always give an
 * equal recommendation.
 *
 * <pre>{@code
 * Recommendation r = TreatmentAdvisor.recommend(patientCase, Policy.defaults());
 * }</pre>
 *
 * @since 0.2.0
 */
public final class TreatmentAdvisor {
  private TreatmentAdvisor() {}

  /**
   * Returns the recommendation for {@code patientCase} under {@code policy}.
   *
   * @param patientCase a valid case (built by the strict builders or read by {@code CaseJson})
   * @param policy the local dosing choices
   * @return the recommendation, or a refusal (status {@code refused}) naming why, e.g. for
   *     congenital or neonatal CMV (out of scope)
   * @throws NullPointerException if an argument is null
   */
  public static Recommendation recommend(PatientCase patientCase, Policy policy) {
    requireNonNull(patientCase, "patientCase");
    requireNonNull(policy, "policy");
    // One way: assess -> choose -> dose the chosen drugs -> decide.
    Eligibility eligibility = Eligibility.of(patientCase, policy.cutOffs());
    Optional<Recommendation> refused = eligibility.refusal();
    if (refused.isPresent()) {
      return refused.get();
    }
    CaseDosing dosing = CaseDosing.of(patientCase, policy);
    DosePhase phase = eligibility.dosePhase();
    // The first-line drugs' facts first; the rest only if ganciclovir cannot be given (decision
    // 1403): most cases then never gather foscarnet's, cidofovir's or maribavir's.
    Set<Drug> first = TreatmentDecider.drugsToAssessFirst(eligibility);
    Set<Drug> all = eligibility.drugsToAssess();
    DoseFacts available = DoseFacts.assess(dosing, phase, first);
    if (first.size() < all.size()) {
      if (TreatmentDecider.firstLineSuffices(available, eligibility)) {
        try {
          return chooseDoseDecide(available, dosing, eligibility);
        } catch (DoseFacts.NotGathered beyondFirstLine) {
          // A decision read a drug beyond the first line: gather every drug and decide again,
          // as if all had been gathered at once (no rule does so today; if one ever does, the
          // answer stays right and only the time is lost).
        }
      }
      available = available.withAvailability(dosing, all);
    }
    return chooseDoseDecide(available, dosing, eligibility);
  }

  private static Recommendation chooseDoseDecide(
      DoseFacts available, CaseDosing dosing, Eligibility eligibility) {
    DoseFacts dosed =
        available.withDoses(dosing, TreatmentDecider.drugsToDose(available, eligibility));
    return TreatmentDecider.decide(dosed, eligibility);
  }

  /**
   * Returns the recommendation for {@code patientCase} under the label defaults.
   *
   * @param patientCase a valid case
   * @return the recommendation
   * @throws NullPointerException if the case is null
   */
  public static Recommendation recommend(PatientCase patientCase) {
    return recommend(patientCase, Policy.defaults());
  }
}
