package io.github.cmvrx.simulation.verify;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.simulation.invariant.Invariant;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The text report of a verification run, shared by every runner of {@code verify}. */
public final class VerifySummary {
  private VerifySummary() {}

  /**
   * Returns the summary that {@code verify} prints: counts, rules fired, violations by invariant
   * and the reported violations with their seed, index and case. A pure function of its
   * arguments, so the single-JVM and the Spark runner print the same bytes for the same tally.
   *
   * @param cohortName the cohort's name
   * @param seed the seed
   * @param first the first index
   * @param policyFile the policy file as given, or null for the defaults
   * @param invariants the invariants checked, in catalogue order
   * @param t the tally
   * @return the summary text
   */
  public static String text(
      String cohortName,
      long seed,
      long first,
      @Nullable Path policyFile,
      List<Invariant> invariants,
      VerifyTally t) {
    StringBuilder s = new StringBuilder();
    s.append(
        String.format(
            Locale.ROOT,
            "cmvrx verify: cohort %s, seed %d, patients %d..%d, policy %s%n",
            cohortName,
            seed,
            first,
            first + t.patients() - 1,
            policyFile == null ? "defaults" : policyFile.toString()));
    s.append(String.format(Locale.ROOT, "patients      %d%n", t.patients()));
    s.append(String.format(Locale.ROOT, "ok            %d%n", t.ok()));
    s.append(String.format(Locale.ROOT, "refused       %d%n", t.refused()));
    s.append(String.format(Locale.ROOT, "invariants    %d%n", invariants.size()));
    s.append(String.format(Locale.ROOT, "checks        %d%n", t.checks()));
    s.append(String.format(Locale.ROOT, "violations    %d%n", t.violations()));
    long[] rules = t.rulesFired();
    s.append("rules fired:").append(System.lineSeparator());
    boolean any = false;
    for (RuleId r : RuleId.values()) {
      if (rules[r.ordinal()] > 0) {
        any = true;
        s.append(String.format(Locale.ROOT, "  %-34s %d%n", r.id(), rules[r.ordinal()]));
      }
    }
    if (!any) {
      s.append("  (none)").append(System.lineSeparator());
    }
    s.append("violations by invariant:").append(System.lineSeparator());
    long[] v = t.violationsByInvariant();
    for (int i = 0; i < invariants.size(); i++) {
      s.append(String.format(Locale.ROOT, "  %-42s %d%n", invariants.get(i).name(), v[i]));
    }
    s.append(String.format(Locale.ROOT, "  %-42s %d%n", Verifier.ENGINE_TOTAL, t.engineFailures()));
    int k = 0;
    for (Violation viol : t.reported()) {
      k++;
      s.append(
          String.format(
              Locale.ROOT,
              "VIOLATION %d: invariant %s, seed %d, index %d: %s%n  case: %s%n",
              k,
              viol.invariant(),
              viol.seed(),
              viol.index(),
              viol.message(),
              viol.caseJson()));
    }
    return s.toString();
  }
}
