package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;

/**
 * The engine under test: a case and a policy in, a recommendation out. Production runs use
 * {@link #ADVISOR}; tests substitute deliberately wrong engines to prove the invariants fail.
 */
@FunctionalInterface
public interface Engine {
  /** The real engine, {@link TreatmentAdvisor#recommend(PatientCase, Policy)}. */
  Engine ADVISOR = TreatmentAdvisor::recommend;

  /**
   * Returns the recommendation for a case under a policy.
   *
   * @param patientCase a valid case
   * @param policy the policy
   * @return the recommendation or refusal
   */
  Recommendation recommend(PatientCase patientCase, Policy policy);
}
