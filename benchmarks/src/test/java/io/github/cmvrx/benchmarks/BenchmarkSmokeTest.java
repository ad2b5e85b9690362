package io.github.cmvrx.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs every benchmark of this package once, briefly, in the test JVM, so that a benchmark that
 * no longer sets up or runs fails the build instead of rotting. The scores are not checked
 * against any target: one 100 ms iteration without warm-up measures nothing.
 */
class BenchmarkSmokeTest {

  @Test
  void run_everyBenchmarkOneShortIteration_producesAScore() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(Pattern.quote(BenchmarkSmokeTest.class.getPackageName() + ".") + ".*")
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(100))
            // Forking would need the test class path in the child JVM; in-process is enough to
            // catch a benchmark that no longer sets up or runs.
            .forks(0)
            .threads(1)
            // One preset and a one-chunk cohort keep the smoke run to a few seconds; full runs
            // take every preset (see benchmarks/README.md).
            .param("preset", "mixed")
            .param("patients", "4096")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build();

    Collection<RunResult> results = new Runner(options).run();

    List<String> names =
        results.stream().map(result -> result.getParams().getBenchmark()).toList();
    assertThat(names)
        .contains(
            CqlBaselineBenchmark.class.getName() + ".cql",
            CqlBaselineBenchmark.class.getName() + ".cmvrx",
            RecommendBenchmark.class.getName() + ".recommend",
            ComponentBenchmark.class.getName() + ".assessAndDose",
            ComponentBenchmark.class.getName() + ".jsonRecommendWrite",
            CohortBenchmark.class.getName() + ".cohort",
            GenerateBenchmark.class.getName() + ".generate");
    // The cohort runs on one and on two threads, each without and with exposure.
    assertThat(
            results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith(".cohort"))
                .map(r -> r.getParams().getParam("threads") + "/" + r.getParams().getParam("exposure")))
        .containsExactlyInAnyOrder("1/false", "1/true", "2/false", "2/true");
    assertThat(results)
        .allSatisfy(
            result -> {
              assertThat(result.getPrimaryResult().getSampleCount()).isPositive();
              assertThat(result.getPrimaryResult().getScore()).isFinite().isPositive();
            });
  }
}
