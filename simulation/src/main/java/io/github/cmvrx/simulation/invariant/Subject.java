package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.Objects;

/**
 * What an invariant looks at: the case, the policy, the engine's answer, and the engine itself
 * (metamorphic invariants re-run it on a changed case).
 *
 * @param patientCase the case
 * @param policy the policy
 * @param recommendation the engine's answer for the case under the policy
 * @param engine the engine that answered
 */
public record Subject(
    PatientCase patientCase, Policy policy, Recommendation recommendation, Engine engine) {
  /** Creates the value. */
  public Subject {
    Objects.requireNonNull(patientCase, "patientCase");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(recommendation, "recommendation");
    Objects.requireNonNull(engine, "engine");
  }
}
