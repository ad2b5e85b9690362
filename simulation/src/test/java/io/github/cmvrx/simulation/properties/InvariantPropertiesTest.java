package io.github.cmvrx.simulation.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.validation.Physiology;
import io.github.cmvrx.simulation.aggregate.KidneyBand;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.simulation.invariant.Invariant;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.invariant.Subject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.generators.SourceDSL;

/**
 * The invariant catalogue as QuickTheories properties over the real engine ({@link
 * Engine#ADVISOR}): one property per invariant, run with a fixed seed (reproducible in CI) and
 * with a fresh seed (QuickTheories prints the seed of any failure; replay it with {@code
 * withFixedSeed}). Generators are composed from {@code Gen} combinators, so failures shrink.
 *
 * <p>PENDING: while the engine is a stub that refuses every case, the invariants hold
 * vacuously. {@link #ENGINE_ANSWERS_REQUIRED} is the switch the integrator flips to {@code true}
 * when the decision engine lands; from then on every valid in-scope case must be answered
 * {@code ok}, so the properties can no longer pass on refusals.
 */
class InvariantPropertiesTest {
  /** Flip to true when TreatmentAdvisor answers (the stub refuses everything today). */
  static final boolean ENGINE_ANSWERS_REQUIRED = true;

  /** The seed of the reproducible run. */
  static final long FIXED_SEED = 20_261_124L;

  /** Examples per property and run. */
  static final int EXAMPLES = 300;

  private static void checkOne(Invariant inv, PatientCase c, Policy p) {
    checkOne(Engine.ADVISOR, inv, c, p);
  }

  private static void checkOne(Engine engine, Invariant inv, PatientCase c, Policy p) {
    Recommendation r = engine.recommend(c, p);
    // Answered unless a value is physiologically impossible (docs/decisions/0900).
    if (ENGINE_ANSWERS_REQUIRED && c.isInScope() && Physiology.impossible(c).isEmpty()) {
      assertThat(r.status()).as("valid, in-scope, possible case answered").isEqualTo(Status.OK);
    }
    assertThat(inv.check(new Subject(c, p, r, engine))).as(inv.name()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyInvariant_holdsForGeneratedCases() {
    List<Invariant> catalogue = Invariants.catalogue();
    return catalogue.stream()
        .flatMap(
            inv ->
                Stream.of(
                    DynamicTest.dynamicTest(
                        inv.name() + " (fixed seed " + FIXED_SEED + ")",
                        () ->
                            qt().withFixedSeed(FIXED_SEED)
                                .withExamples(EXAMPLES)
                                .forAll(CaseGens.cases(), CaseGens.policies())
                                .checkAssert((c, p) -> checkOne(inv, c, p))),
                    DynamicTest.dynamicTest(
                        inv.name() + " (random seed)",
                        () ->
                            qt().withExamples(EXAMPLES)
                                .forAll(CaseGens.cases(), CaseGens.policies())
                                .checkAssert((c, p) -> checkOne(inv, c, p)))));
  }

  @Test
  void generators_reachEveryKidneyBandAndEdge() {
    Map<KidneyBand, Integer> bands = new EnumMap<>(KidneyBand.class);
    int[] cns = new int[1];
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(3000)
        .forAll(CaseGens.cases())
        .check(
            c -> {
              bands.merge(KidneyBand.of(c), 1, Integer::sum);
              if (c.disease().isCns()) {
                cns[0]++;
              }
              return true;
            });
    for (KidneyBand b : KidneyBand.values()) {
      assertThat(bands.getOrDefault(b, 0)).as(b.name()).isGreaterThanOrEqualTo(20);
    }
    assertThat(cns[0]).isGreaterThan(300);
  }

  @Test
  void cohortGenerator_anySeedAndIndex_givesAValidInScopeCase() {
    qt().withFixedSeed(FIXED_SEED)
        .withExamples(2000)
        .forAll(SourceDSL.longs().all(), SourceDSL.longs().between(0, Long.MAX_VALUE))
        .check((seed, index) -> new CohortGenerator(CohortSpecs.mixed(), seed).generate(index).isInScope());
  }

  @Test
  void property_engineGivingCidofovirForEverything_isFalsifiedForCns() {
    // Clinical basis §3.4 / 4 rule 2: never cidofovir for CNS disease. The property must find a
    // CNS case among the generated ones and fail, printing the seed.
    Engine cidofovirForAll =
        (c, p) ->
            Recommendation.builder()
                .status(Status.OK)
                .phase(RecommendationPhase.INDUCTION)
                .addRegimen(
                    RegimenComponent.builder()
                        .drug(Drug.CIDOFOVIR)
                        .route(Route.IV)
                        .dose(Milligrams.of(5 * c.patient().weight().kilograms()))
                        .doseMgPerKg(5)
                        .intervalHours(168)
                        .infusionMinutes(60)
                        .ruleId(RuleId.REG_THIRD_LINE)
                        .build())
                .addRationale(RationaleEntry.of(RuleId.REG_THIRD_LINE, "wrong on purpose"))
                .build();
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(FIXED_SEED)
                    .withExamples(EXAMPLES)
                    .forAll(CaseGens.cases(), CaseGens.policies())
                    .checkAssert(
                        (c, p) ->
                            checkOne(cidofovirForAll, Invariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS, c, p)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("cidofovir recommended for CNS disease")
        .hasMessageContaining("Seed");
  }
}
