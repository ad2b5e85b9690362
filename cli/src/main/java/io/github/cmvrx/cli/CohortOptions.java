package io.github.cmvrx.cli;

import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.cohort.CohortSpecReader;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The cohort options shared by {@code verify} and {@code whatif}: which cohort, how many
 * patients from which index, which seed, how many threads. Bad values are usage errors (exit 2).
 */
public final class CohortOptions {
  @Option(
      names = "--cohort",
      paramLabel = "PRESET|FILE",
      description = "A preset (mixed, hiv-cns, transplant, hsct, renal-impaired) or a cohort JSON file.",
      defaultValue = "mixed")
  String cohort = "mixed";

  @Option(
      names = "--patients",
      paramLabel = "N",
      description = "Number of patients (default: the cohort's own size).")
  @Nullable Long patients;

  @Option(names = "--seed", paramLabel = "S", description = "Cohort seed.", defaultValue = "1")
  long seed = 1;

  @Option(
      names = "--first-index",
      paramLabel = "I",
      description = "Index of the first patient (to reproduce a reported violation).",
      defaultValue = "0")
  long firstIndex;

  @Option(names = "--threads", paramLabel = "T", description = "Threads.", defaultValue = "1")
  int threads = 1;

  /**
   * Returns the cohort specification named by {@code --cohort}.
   *
   * @param cl the command line, for usage errors
   * @return the specification
   * @throws CommandLine.ParameterException if the preset or file is unknown or invalid
   */
  public CohortSpec spec(CommandLine cl) {
    var preset = CohortSpecs.named(cohort);
    if (preset.isPresent()) {
      return preset.get();
    }
    Path file = Path.of(cohort);
    if (!Files.isRegularFile(file)) {
      throw new CommandLine.ParameterException(
          cl,
          "--cohort: \""
              + cohort
              + "\" is neither a preset "
              + CohortSpecs.NAMES
              + " nor a readable file");
    }
    try {
      String name = file.getFileName().toString().replaceFirst("\\.json$", "");
      return CohortSpecReader.read(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (IOException | IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, "--cohort " + cohort + ": " + e.getMessage(), e);
    }
  }

  /**
   * Returns the number of patients: {@code --patients}, or the cohort's size.
   *
   * @param cl the command line, for usage errors
   * @param spec the cohort
   * @return the number of patients
   * @throws CommandLine.ParameterException if below 1, or threads below 1, or the first index
   *     is negative, or the first index plus the count runs past {@link Long#MAX_VALUE}
   */
  public long patients(CommandLine cl, CohortSpec spec) {
    long n = patients == null ? spec.patients() : patients;
    String source = patients == null ? "the cohort's \"patients\"" : "--patients";
    if (n < 1) {
      // A run that checks nothing must not report a pass (issue 12 item 6).
      throw new CommandLine.ParameterException(
          cl, source + ": value " + n + " must be >= 1 (a run of no patients checks nothing)");
    }
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl, "--threads: value " + threads + " must be >= 1");
    }
    if (firstIndex < 0) {
      throw new CommandLine.ParameterException(
          cl, "--first-index: value " + firstIndex + " must be >= 0");
    }
    if (n > Long.MAX_VALUE - firstIndex) {
      // The last index would overflow a long: the range would be empty or wrap (issue 12 item 1).
      throw new CommandLine.ParameterException(
          cl,
          "--first-index "
              + firstIndex
              + " with "
              + n
              + " patients runs past the last patient index "
              + Long.MAX_VALUE
              + ": the accepted range of --first-index is [0, "
              + (Long.MAX_VALUE - n)
              + "] for "
              + n
              + " patients");
    }
    return n;
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the first index.
   *
   * @return the first index
   */
  public long firstIndex() {
    return firstIndex;
  }

  /**
   * Returns the thread count.
   *
   * @return threads
   */
  public int threads() {
    return threads;
  }

  /**
   * Returns the {@code --cohort} argument.
   *
   * @return the preset name or file
   */
  public String cohort() {
    return cohort;
  }
}
