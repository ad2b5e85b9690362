package io.github.cmvrx.simulation.whatif;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.dosing.policy.Policy;
import java.util.List;

/**
 * What a what-if run was: the cohort, seed and index range, the two policies (as named on the
 * command line, and their values), the tool version, the date and the command that reproduces it.
 * The date goes into the HTML only, so JSON and CSV are identical between runs and thread counts.
 *
 * @param cohort the cohort name
 * @param seed the cohort seed
 * @param first the index of the first patient
 * @param policyA how policy A is named (its file)
 * @param policyB how policy B is named (its file)
 * @param a policy A
 * @param b policy B
 * @param version the cmvrx version
 * @param date the date of the run (ISO), shown in the HTML only
 * @param command the command that reproduces the run (any thread count gives the same files)
 */
public record WhatIfRun(
    String cohort,
    long seed,
    long first,
    String policyA,
    String policyB,
    Policy a,
    Policy b,
    String version,
    String date,
    String command) {
  /** Creates the value. */
  public WhatIfRun {
    requireNonNull(cohort, "cohort");
    requireNonNull(policyA, "policyA");
    requireNonNull(policyB, "policyB");
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    requireNonNull(version, "version");
    requireNonNull(date, "date");
    requireNonNull(command, "command");
  }

  /**
   * Returns the command line that reproduces a run, the same for every runner (one JVM or Spark)
   * so that their reports are byte-identical.
   *
   * @param cohort the cohort name
   * @param patients how many patients
   * @param seed the cohort seed
   * @param first the index of the first patient
   * @param policyA how policy A is named (its file)
   * @param policyB how policy B is named (its file)
   * @param exposure whether the run estimates exposure
   * @return the command
   */
  public static String command(
      String cohort,
      long patients,
      long seed,
      long first,
      String policyA,
      String policyB,
      boolean exposure) {
    return "./cmvrx whatif --cohort "
        + cohort
        + " --patients "
        + patients
        + " --seed "
        + seed
        + " --first-index "
        + first
        + " --policy "
        + policyA
        + " --policy "
        + policyB
        + (exposure ? " --exposure" : "")
        + " --out DIR";
  }

  /**
   * Returns the command that reproduces one patient of the run.
   *
   * @param index the patient index
   * @return the command
   */
  public String patientCommand(long index) {
    return "./cmvrx whatif --cohort "
        + cohort
        + " --seed "
        + seed
        + " --first-index "
        + index
        + " --patients 1 --policy "
        + policyA
        + " --policy "
        + policyB;
  }

  List<String> policyNames() {
    return List.of(policyA, policyB);
  }

  List<Policy> policies() {
    return List.of(a, b);
  }
}
