package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimator;
import io.github.cmvrx.simulation.aggregate.ChunkedRun;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * A whole cohort, as the simulation runs one: generate each patient ({@link CohortGenerator}),
 * recommend ({@link TreatmentAdvisor}), and aggregate ({@link CohortTally}), over patients {@code
 * 0 .. patients-1} of the preset {@link #preset}, in the simulation's fixed chunks on {@link
 * #threads} threads ({@link ChunkedRun}, which keeps at most a few chunks per thread in flight,
 * so memory is flat in cohort size).
 *
 * <p>With {@link #exposure} {@code true}, each patient's individual ganciclovir exposure
 * (CALDES-2009, {@link ExposureEstimator#individual}) is estimated too and aggregated, as {@code
 * whatif --exposure} does per policy: the two settings in one run give the cost of exposure per
 * patient (issue 14: at most 20%).
 *
 * <p>One invocation is one cohort. The score that matters is the secondary result {@code
 * patients}: patients per second (a JMH auxiliary counter). JMH itself runs on one thread; the
 * cohort's worker threads are ChunkedRun's.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar CohortBenchmark -f 1 -wi 2 -i 3
 * -prof gc}; heap flat in cohort size: add {@code -p patients=1048576 -jvmArgsAppend -Xmx64m}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CohortBenchmark {
  /** The cohort preset (simulation {@code CohortSpecs.NAMES}). */
  @Param("mixed")
  public String preset;

  /** Patients per cohort (per invocation). */
  @Param("65536")
  public long patients;

  /** Threads the cohort runs on. */
  @Param({"1", "2"})
  public int threads;

  /** Whether each patient's individual exposure is estimated and aggregated as well. */
  @Param({"false", "true"})
  public boolean exposure;

  /** Seed of the cohort: fixed, so every run times the same patients. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding).
  CohortGenerator generator;
  Policy policy;
  ExposureEstimator estimator;

  /** Patients done, reported by JMH as patients per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counters {
    /** Patients generated, recommended and aggregated in this iteration. */
    public long patients;

    /** Starts each iteration from zero. */
    @Setup(Level.Iteration)
    public void reset() {
      patients = 0;
    }
  }

  /**
   * Builds the generator for the preset.
   *
   * @throws IllegalArgumentException if the preset is unknown
   */
  @Setup(Level.Trial)
  public void setUp() {
    generator =
        new CohortGenerator(
            CohortSpecs.named(preset)
                .orElseThrow(
                    () -> new IllegalArgumentException("unknown cohort preset '" + preset + "'")),
            seed);
    policy = Policy.defaults();
    estimator = ExposureEstimator.caldes2009();
  }

  /**
   * Generates, recommends and aggregates one cohort.
   *
   * @param counters counts the patients done
   * @return the aggregate
   * @throws IllegalStateException if the aggregate does not count every patient
   */
  @Benchmark
  public CohortTally cohort(Counters counters) {
    CohortTally tally =
        ChunkedRun.run(
            0,
            patients,
            threads,
            ChunkedRun.DEFAULT_CHUNK,
            this::chunk,
            CohortTally::merge,
            new CohortTally(),
            done -> {});
    if (tally.patients() != patients) {
      throw new IllegalStateException(
          "cohort tally counts " + tally.patients() + " of " + patients + " patients");
    }
    counters.patients += patients;
    return tally;
  }

  private CohortTally chunk(long from, long to) {
    CohortTally tally = new CohortTally();
    for (long i = from; i < to; i++) {
      PatientCase c = generator.generate(i);
      Recommendation r = TreatmentAdvisor.recommend(c, policy);
      tally.add(c, r);
      if (exposure) {
        tally.addExposure(estimator.individual(c, r, seed, i));
      }
    }
    return tally;
  }
}
