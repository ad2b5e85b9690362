package io.github.cmvrx.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code verify} adds to the cohort options, shared by {@code cmvrx verify} and
 * {@code cmvrx-spark verify} so that both accept and refuse exactly the same values.
 */
public final class VerifyOptions {
  @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON file (default: {}).")
  @Nullable Path policyFile;

  @Option(
      names = "--max-reported",
      paramLabel = "K",
      description = "Violations printed in full (default: 20).",
      defaultValue = "20")
  int maxReported = 20;

  /**
   * Returns the policy file, if one was given.
   *
   * @return the file; empty means the label defaults
   */
  public Optional<Path> policyFile() {
    return Optional.ofNullable(policyFile);
  }

  /**
   * Returns {@code --max-reported}, checked.
   *
   * @param cl the command line, for usage errors
   * @return the number of violations to print in full, at least 0
   * @throws CommandLine.ParameterException if negative
   */
  public int maxReported(CommandLine cl) {
    if (maxReported < 0) {
      throw new CommandLine.ParameterException(
          cl, "--max-reported: value " + maxReported + " must be >= 0");
    }
    return maxReported;
  }
}
