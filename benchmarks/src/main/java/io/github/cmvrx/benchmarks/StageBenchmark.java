package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.decision.Eligibility;
import io.github.cmvrx.core.decision.TreatmentDecider;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.calc.CaseDosing;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each stage of {@code TreatmentAdvisor.recommend} alone, on the same pools as {@link
 * RecommendBenchmark}, to see where the time and the bytes of a call go:
 *
 * <ul>
 *   <li>{@link #eligibility}: {@code Eligibility.of} (the decision rules' exclusions and the
 *       refusal checks);
 *   <li>{@link #assessment}: {@code CaseDosing.of} (kidney function, weights, body surface area);
 *   <li>{@link #availability}: {@code DoseFacts.assess} of the drugs gathered first (decision
 *       1403), from a prepared eligibility and dosing;
 *   <li>{@link #chooseAndDose}: {@code drugsToDose} and {@code withDoses}, from prepared facts;
 *   <li>{@link #decide}: {@code TreatmentDecider.decide}, from prepared dosed facts.
 * </ul>
 *
 * <p>The sum is close to, not equal to, one {@code recommend}: each stage here reads inputs that
 * were prepared at set-up (a different memory layout), and none of them falls back to gathering
 * every drug. Run: {@code java -jar benchmarks/target/benchmarks.jar StageBenchmark -p
 * preset=mixed -f 1 -wi 3 -i 5 -prof gc}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class StageBenchmark {
  /** The cohort preset the pool is drawn from (simulation {@code CohortSpecs.NAMES}). */
  @Param({"mixed", "hiv-cns", "transplant", "hsct", "renal-impaired"})
  public String preset;

  /** Cases in the pool, a power of two. */
  @Param("1024")
  public int poolSize;

  /** Seed of the cohort: fixed, so every run times the same cases. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding). Refused cases are left out.
  CasePool pool;
  Policy policy;
  Eligibility[] eligibility;
  CaseDosing[] dosing;
  DoseFacts[] available;
  DoseFacts[] dosed;
  int count;
  int index;

  /** Prepares each stage's inputs for every case of the pool that is not refused. */
  @Setup(Level.Trial)
  public void setUp() {
    pool = CasePool.generate(preset, seed, poolSize);
    policy = Policy.defaults();
    eligibility = new Eligibility[pool.size()];
    dosing = new CaseDosing[pool.size()];
    available = new DoseFacts[pool.size()];
    dosed = new DoseFacts[pool.size()];
    int n = 0;
    for (int i = 0; i < pool.size(); i++) {
      Eligibility e = Eligibility.of(pool.get(i), policy.cutOffs());
      if (e.refusal().isPresent()) {
        continue;
      }
      CaseDosing d = CaseDosing.of(pool.get(i), policy);
      DosePhase phase = e.dosePhase();
      DoseFacts first = DoseFacts.assess(d, phase, TreatmentDecider.drugsToAssessFirst(e));
      DoseFacts facts =
          TreatmentDecider.firstLineSuffices(first, e)
              ? first
              : first.withAvailability(d, e.drugsToAssess());
      eligibility[n] = e;
      dosing[n] = d;
      available[n] = facts;
      dosed[n] = facts.withDoses(d, TreatmentDecider.drugsToDose(facts, e));
      n++;
    }
    count = n;
    index = 0;
  }

  private int next() {
    int i = index++;
    if (index == count) {
      index = 0;
    }
    return i;
  }

  /**
   * The decision rules' exclusions and refusal of the next case.
   *
   * @return the eligibility
   */
  @Benchmark
  public Eligibility eligibility() {
    return Eligibility.of(pool.get(index++ & (poolSize - 1)), policy.cutOffs());
  }

  /**
   * The assessment of the next case.
   *
   * @return the dosing of the case
   */
  @Benchmark
  public CaseDosing assessment() {
    return CaseDosing.of(pool.get(index++ & (poolSize - 1)), policy);
  }

  /**
   * The availability of the first-line drugs of the next case.
   *
   * @return the facts
   */
  @Benchmark
  public DoseFacts availability() {
    int i = next();
    Eligibility e = eligibility[i];
    return DoseFacts.assess(dosing[i], e.dosePhase(), TreatmentDecider.drugsToAssessFirst(e));
  }

  /**
   * The choice and the doses of the chosen drugs of the next case.
   *
   * @return the dosed facts
   */
  @Benchmark
  public DoseFacts chooseAndDose() {
    int i = next();
    return available[i].withDoses(
        dosing[i], TreatmentDecider.drugsToDose(available[i], eligibility[i]));
  }

  /**
   * The decision of the next case, from its dosed facts.
   *
   * @return the recommendation
   */
  @Benchmark
  public Recommendation decide() {
    int i = next();
    return TreatmentDecider.decide(dosed[i], eligibility[i]);
  }
}
