package io.github.cmvrx.simulation.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.report.Progress;
import org.junit.jupiter.api.Test;

class VerifierTest {

  /** An engine that always gives letermovir as treatment (clinical basis §4.10 forbids it). */
  static final Engine LETERMOVIR_ENGINE =
      (c, p) ->
          Recommendation.builder()
              .status(Status.OK)
              .phase(RecommendationPhase.INDUCTION)
              .addRegimen(
                  RegimenComponent.builder()
                      .drug(Drug.LETERMOVIR)
                      .route(Route.ORAL)
                      .dose(Milligrams.of(480))
                      .intervalHours(24)
                      .ruleId(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY)
                      .build())
              .addRationale(RationaleEntry.of(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY, "wrong on purpose"))
              .assessment(
                  Assessment.builder()
                      .dosingWeight(c.patient().weight())
                      .bodySurfaceArea(BodySurfaceArea.squareMetres(1.8))
                      .renalReplacement(c.patient().renalReplacement())
                      .paediatric(false)
                      .build())
              .build();

  private static Verifier verifier(Engine engine) {
    return new Verifier(
        new CohortGenerator(CohortSpecs.transplant(), 17),
        Policy.defaults(),
        engine,
        Invariants.catalogue(),
        5);
  }

  @Test
  void run_oneAndThreeThreads_equalTallies() {
    VerifyTally one = verifier(LETERMOVIR_ENGINE).run(3, 10_000, 1, Progress.silent());
    VerifyTally three = verifier(LETERMOVIR_ENGINE).run(3, 10_000, 3, Progress.silent());
    assertThat(three).isEqualTo(one);
    assertThat(one.patients()).isEqualTo(10_000);
    assertThat(one.reported()).hasSize(5).allSatisfy(v -> assertThat(v.index()).isLessThan(3 + 10));
  }

  @Test
  void run_engineThatThrows_countsAsViolationNotCrash() {
    Engine broken =
        (c, p) -> {
          throw new IllegalStateException("boom");
        };
    VerifyTally t = verifier(broken).run(0, 100, 2, Progress.silent());
    assertThat(t.engineFailures()).isEqualTo(100);
    assertThat(t.violations()).isEqualTo(100);
    assertThat(t.reported().get(0).invariant()).isEqualTo(Verifier.ENGINE_TOTAL);
    assertThat(t.reported().get(0).message()).contains("boom");
  }

  @Test
  void run_stubEngine_checksEveryInvariantForEveryPatient() {
    VerifyTally t = verifier(Engine.ADVISOR).run(0, 1000, 2, Progress.silent());
    assertThat(t.checks()).isEqualTo(1000L * Invariants.catalogue().size());
    assertThat(t.ok() + t.refused()).isEqualTo(1000);
  }
}
