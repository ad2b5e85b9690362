package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.core.rule.RuleId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The mergeable result of a verification run over a range of patients: counts of answers, rules
 * fired, checks and violations per invariant, and the first violations in index order.
 *
 * <p>Mutable while one thread fills it; {@link #merge} is associative, and merging in index
 * order keeps the first violations of the whole run. Serializable, so a partition's tally can
 * travel from a Spark executor to the driver (only tallies travel, never patients).
 */
public final class VerifyTally implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final RuleId[] RULES = RuleId.values();

  private final int maxReported;
  long patients;
  long ok;
  long refused;
  long checks;
  final long[] rulesFired = new long[RULES.length];
  final long[] violationsByInvariant;
  long engineFailures;
  final ArrayList<Violation> reported = new ArrayList<>();

  /**
   * Creates an empty tally.
   *
   * @param invariants how many invariants are checked
   * @param maxReported how many violations to keep in full
   */
  public VerifyTally(int invariants, int maxReported) {
    this.violationsByInvariant = new long[invariants];
    this.maxReported = maxReported;
  }

  void report(Violation v) {
    if (reported.size() < maxReported) {
      reported.add(v);
    }
  }

  /**
   * Adds {@code other} (the higher indices) to this tally.
   *
   * @param other the tally of the following patients
   * @return this tally
   */
  public VerifyTally merge(VerifyTally other) {
    patients += other.patients;
    ok += other.ok;
    refused += other.refused;
    checks += other.checks;
    engineFailures += other.engineFailures;
    for (int i = 0; i < rulesFired.length; i++) {
      rulesFired[i] += other.rulesFired[i];
    }
    for (int i = 0; i < violationsByInvariant.length; i++) {
      violationsByInvariant[i] += other.violationsByInvariant[i];
    }
    for (Violation v : other.reported) {
      report(v);
    }
    return this;
  }

  /**
   * Returns the number of patients.
   *
   * @return patients
   */
  public long patients() {
    return patients;
  }

  /**
   * Returns the number of answered cases.
   *
   * @return ok count
   */
  public long ok() {
    return ok;
  }

  /**
   * Returns the number of refused cases.
   *
   * @return refused count
   */
  public long refused() {
    return refused;
  }

  /**
   * Returns the number of invariant checks run.
   *
   * @return checks
   */
  public long checks() {
    return checks;
  }

  /**
   * Returns the number of cases where the engine threw instead of answering.
   *
   * @return engine failures
   */
  public long engineFailures() {
    return engineFailures;
  }

  /**
   * Returns how often each rule fired, by {@link RuleId} ordinal.
   *
   * @return a copy of the counts
   */
  public long[] rulesFired() {
    return rulesFired.clone();
  }

  /**
   * Returns the violations per invariant, in catalogue order.
   *
   * @return a copy of the counts
   */
  public long[] violationsByInvariant() {
    return violationsByInvariant.clone();
  }

  /**
   * Returns the total number of violations, engine failures included.
   *
   * @return violations
   */
  public long violations() {
    return Arrays.stream(violationsByInvariant).sum() + engineFailures;
  }

  /**
   * Returns the first violations, in index order.
   *
   * @return the violations kept in full
   */
  public List<Violation> reported() {
    return List.copyOf(reported);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VerifyTally t
        && patients == t.patients
        && ok == t.ok
        && refused == t.refused
        && checks == t.checks
        && engineFailures == t.engineFailures
        && Arrays.equals(rulesFired, t.rulesFired)
        && Arrays.equals(violationsByInvariant, t.violationsByInvariant)
        && reported.equals(t.reported);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(patients) * 31 + Arrays.hashCode(violationsByInvariant);
  }
}
