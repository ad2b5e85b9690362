package io.github.cmvrx.dosing.advisor;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.List;

/**
 * The one public entry point: assess, decide and dose one case under one policy. Immutable,
 * thread-safe, no I/O, deterministic.
 */
public final class TreatmentAdvisor {
  private TreatmentAdvisor() {}

  /**
   * Returns the recommendation for {@code patientCase} under {@code policy}.
   *
   * @param patientCase a valid case
   * @param policy the local dosing choices
   * @return the recommendation, or a refusal naming why
   */
  public static Recommendation recommend(PatientCase patientCase, Policy policy) {
    return Recommendation.refused(
        patientCase.id(), List.of(new FieldError("case", "engine not yet available")));
  }

  /**
   * Returns the recommendation for {@code patientCase} under the label defaults.
   *
   * @param patientCase a valid case
   * @return the recommendation
   */
  public static Recommendation recommend(PatientCase patientCase) {
    return recommend(patientCase, Policy.defaults());
  }
}
