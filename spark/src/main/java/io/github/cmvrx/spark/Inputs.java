package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import io.github.cmvrx.cli.CohortOptions;
import io.github.cmvrx.contract.JsonAdvisor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;

/** Reads the driver-side inputs (cohort and policy files) into what executors are sent. */
final class Inputs {
  private Inputs() {}

  /**
   * Returns the cohort as executors rebuild it: the preset's name, or the file's text.
   *
   * @param cl the command line, for usage errors
   * @param options the parsed cohort options
   * @param spec the specification the options name (already checked)
   * @param n the number of patients
   * @return the cohort run
   */
  static CohortRun cohort(CommandLine cl, CohortOptions options, CohortSpec spec, long n) {
    if (CohortSpecs.named(options.cohort()).isPresent()) {
      return new CohortRun(options.cohort(), null, options.seed(), options.firstIndex(), n);
    }
    try {
      String text = Files.readString(Path.of(options.cohort()), StandardCharsets.UTF_8);
      return new CohortRun(spec.name(), text, options.seed(), options.firstIndex(), n);
    } catch (IOException e) {
      throw new CommandLine.ParameterException(
          cl, "--cohort " + options.cohort() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks the policy file with the contract's policy reader, as the command line does (a bad
   * file is a usage error naming every problem, exit 2, before Spark starts), and returns its
   * text for executors.
   *
   * @param cl the command line, for usage errors
   * @param file the file, or null for the defaults
   * @return the policy text
   */
  static PolicyText policy(CommandLine cl, @Nullable Path file) {
    if (file == null) {
      return PolicyText.DEFAULTS;
    }
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      var unused = JsonAdvisor.policy(text);
      return new PolicyText(text);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--policy " + file + ": " + e.getMessage(), e);
    }
  }

  /** Says on standard error that {@code --threads} does not apply on Spark. */
  static void warnThreads(CommandLine cl, CohortOptions options) {
    if (options.threads() != 1) {
      cl.getErr()
          .println(
              "cmvrx-spark: --threads is not used on Spark (parallelism is --master and"
                  + " --partitions); the results are the same either way");
    }
  }
}
