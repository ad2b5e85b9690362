package io.github.cmvrx.cli;

import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.text.IoReason;
import io.github.cmvrx.simulation.whatif.WhatIfReport;
import io.github.cmvrx.simulation.whatif.WhatIfRun;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code whatif} adds to the cohort options (two policies and an output folder),
 * with their checks and the report they end in, shared by {@code cmvrx whatif} and {@code
 * cmvrx-spark whatif} so that both accept the same values, refuse them before the run, and write
 * the same report.
 */
public final class WhatIfOptions {
  @Option(
      names = "--policy",
      paramLabel = "FILE",
      required = true,
      arity = "1",
      description = "Policy JSON file; give exactly two (A, then B).")
  @SuppressWarnings("NullAway.Init") // required option, set by picocli before call()
  List<Path> policyFiles;

  @Option(names = "--out", paramLabel = "DIR", description = "Write JSON, CSV and HTML here.")
  @Nullable Path out;

  /**
   * Returns the two policy files, A then B, after checking there are exactly two and that the
   * output folder, if any, can be written: both are checked before the run, not after it.
   *
   * @param cl the command line, for usage errors
   * @return the files A and B
   * @throws CommandLine.ParameterException if not exactly two files, or {@code --out} cannot be
   *     written
   */
  public List<Path> checked(CommandLine cl) {
    if (policyFiles.size() != 2) {
      throw new CommandLine.ParameterException(
          cl, "--policy: give exactly two policy files (was " + policyFiles.size() + ")");
    }
    if (out != null) {
      Optional<String> problem = IoReason.unwritableFolder(out);
      if (problem.isPresent()) {
        throw new CommandLine.ParameterException(
            cl, "--out " + Escape.text(out.toString()) + ": " + problem.get());
      }
    }
    return List.copyOf(policyFiles);
  }

  /**
   * Returns the description of a run of these options, as the report prints it.
   *
   * @param cohortSpec the cohort
   * @param cohort the cohort options
   * @param n the number of patients
   * @param a policy A, as read from the first file
   * @param b policy B, as read from the second file
   * @param exposure whether exposure was estimated
   * @return the run
   */
  public WhatIfRun describe(
      CohortSpec cohortSpec, CohortOptions cohort, long n, Policy a, Policy b, boolean exposure) {
    String nameA = policyFiles.get(0).toString();
    String nameB = policyFiles.get(1).toString();
    return new WhatIfRun(
        cohortSpec.name(),
        cohort.seed(),
        cohort.firstIndex(),
        nameA,
        nameB,
        a,
        b,
        VersionProvider.version(),
        LocalDate.now(ZoneOffset.UTC).toString(),
        WhatIfRun.command(
            cohortSpec.name(), n, cohort.seed(), cohort.firstIndex(), nameA, nameB, exposure));
  }

  /**
   * Prints the summary and, with {@code --out}, writes the JSON, CSV and HTML report.
   *
   * @param cl the command line, for its output
   * @param report the report
   * @throws IOException if the report cannot be written
   */
  public void print(CommandLine cl, WhatIfReport report) throws IOException {
    PrintWriter stdout = cl.getOut();
    stdout.print(report.summary());
    if (out != null) {
      report.write(out);
      stdout.println(
          "wrote " + out.resolve("whatif.json") + ", CSV tables and " + out.resolve("report.html"));
    }
    stdout.flush();
  }
}
