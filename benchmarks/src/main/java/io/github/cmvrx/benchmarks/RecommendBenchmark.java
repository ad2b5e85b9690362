package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
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
 * The whole engine on one case: {@link TreatmentAdvisor#recommend(PatientCase, Policy)} under
 * the label defaults, over a pool of realistic cases drawn at set-up by the simulation's cohort
 * generator from the preset {@link #preset} with a fixed seed, one case per invocation in pool
 * order. Average time, throughput, and sampled time (its {@code p0.50} is the median the
 * performance target is about); add {@code -prof gc} for the bytes allocated per call ({@code
 * gc.alloc.rate.norm}).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RecommendBenchmark -f 1 -wi 3 -i 5
 * -prof gc}
 */
@BenchmarkMode({Mode.AverageTime, Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class RecommendBenchmark {
  /** The cohort preset the pool is drawn from (simulation {@code CohortSpecs.NAMES}). */
  @Param({"mixed", "hiv-cns", "transplant", "hsct", "renal-impaired"})
  public String preset;

  /** Cases in the pool, a power of two. */
  @Param("1024")
  public int poolSize;

  /** Seed of the cohort: fixed, so every run times the same cases. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding).
  CasePool pool;
  Policy policy;
  int mask;
  int index;

  /**
   * Draws the pool and recommends for every case once, so a case the engine cannot answer fails
   * the trial before anything is timed.
   */
  @Setup(Level.Trial)
  public void setUp() {
    pool = CasePool.generate(preset, seed, poolSize);
    policy = Policy.defaults();
    mask = poolSize - 1;
    index = 0;
    for (int i = 0; i < pool.size(); i++) {
      Recommendation unused = TreatmentAdvisor.recommend(pool.get(i), policy);
    }
  }

  /**
   * Recommends for the next case of the pool.
   *
   * @return the recommendation
   */
  @Benchmark
  public Recommendation recommend() {
    return TreatmentAdvisor.recommend(pool.get(index++ & mask), policy);
  }
}
