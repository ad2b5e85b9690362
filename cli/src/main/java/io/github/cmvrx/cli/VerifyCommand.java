package io.github.cmvrx.cli;

import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.simulation.invariant.Invariant;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.report.Progress;
import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.verify.Verifier;
import io.github.cmvrx.simulation.verify.VerifyTally;
import io.github.cmvrx.simulation.verify.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code verify}: streams N synthetic patients through the engine and every invariant and
 * prints a summary; each violation is reported with its invariant, seed, index and the case as
 * JSON. Exit code 1 on any violation, 0 otherwise, 2 on usage errors.
 *
 * <pre>{@code
 * cmvrx verify --cohort mixed --patients 1000000 --seed 7 --threads 2
 * }</pre>
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Check every invariant on a synthetic cohort; exit 1 on any violation.")
public final class VerifyCommand implements Callable<Integer> {
  /** Exit code when an invariant is violated. */
  public static final int EXIT_VIOLATION = 1;

  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  @Mixin CohortOptions cohort = new CohortOptions();

  @Option(names = "--policy", paramLabel = "FILE", description = "Policy JSON file (default: {}).")
  @Nullable Path policyFile;

  @Option(
      names = "--max-reported",
      paramLabel = "K",
      description = "Violations printed in full (default: 20).",
      defaultValue = "20")
  int maxReported = 20;

  private final Engine engine;

  /** Creates the command with the real engine. */
  public VerifyCommand() {
    this(Engine.ADVISOR);
  }

  /**
   * Creates the command with the given engine.
   *
   * @param engine the engine
   */
  public VerifyCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    CohortSpec cohortSpec = cohort.spec(cl);
    long n = cohort.patients(cl, cohortSpec);
    if (maxReported < 0) {
      throw new CommandLine.ParameterException(cl, "--max-reported: value " + maxReported + " must be >= 0");
    }
    Policy policy = PolicyFiles.readOrUsageError(cl, policyFile, "--policy");
    List<Invariant> invariants = Invariants.catalogue();
    Verifier verifier =
        new Verifier(
            new CohortGenerator(cohortSpec, cohort.seed()), policy, engine, invariants, maxReported);
    PrintWriter out = cl.getOut();
    VerifyTally t =
        verifier.run(
            cohort.firstIndex(), n, cohort.threads(), Progress.forTerminal(n, cl.getErr()));
    out.print(summary(Escape.text(cohortSpec.name()), cohort.seed(), cohort.firstIndex(), policyFile, invariants, t));
    out.flush();
    return t.violations() > 0 ? EXIT_VIOLATION : 0;
  }

  static String summary(
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
    s.append(
        String.format(
            Locale.ROOT,
            "invariants    %d%n",
            invariants.size()));
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
