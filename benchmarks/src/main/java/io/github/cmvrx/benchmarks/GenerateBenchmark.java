package io.github.cmvrx.benchmarks;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The generation share of {@link CohortBenchmark}: {@link CohortGenerator#generate(long)} alone,
 * one patient per call, patient indices {@code 0, 1, 2, ...} of the preset {@link #preset} (no
 * recommendation, no aggregate). With {@code -prof gc}, {@code gc.alloc.rate.norm} is the bytes
 * allocated per patient.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar GenerateBenchmark -f 1 -wi 2 -w 1s
 * -i 3 -r 1s -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class GenerateBenchmark {
  /** The cohort preset (simulation {@code CohortSpecs.NAMES}). */
  @Param("mixed")
  public String preset;

  /** Seed of the cohort: fixed, so every run times the same patients. */
  @Param("20261124")
  public long seed;

  // Not final, on purpose: JMH sample 10 (constant folding).
  CohortGenerator generator;
  long index;

  /**
   * Builds the generator for the preset.
   *
   * @throws IllegalArgumentException if the preset is unknown
   */
  @Setup
  public void setUp() {
    generator =
        new CohortGenerator(
            CohortSpecs.named(preset)
                .orElseThrow(
                    () -> new IllegalArgumentException("unknown cohort preset '" + preset + "'")),
            seed);
    index = 0;
  }

  /**
   * Generates the next patient of the cohort.
   *
   * @return the case
   */
  @Benchmark
  public PatientCase generate() {
    return generator.generate(index++);
  }
}
