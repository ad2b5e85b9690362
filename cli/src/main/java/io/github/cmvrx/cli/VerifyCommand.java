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
import io.github.cmvrx.simulation.verify.VerifySummary;
import io.github.cmvrx.simulation.verify.VerifyTally;
import io.github.cmvrx.simulation.verify.Violation;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin VerifyOptions verify = new VerifyOptions();

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
    int maxReported = verify.maxReported(cl);
    Path policyFile = verify.policyFile().orElse(null);
    Policy policy = PolicyFiles.readOrUsageError(cl, policyFile, "--policy");
    List<Invariant> invariants = Invariants.catalogue();
    Verifier verifier =
        new Verifier(
            new CohortGenerator(cohortSpec, cohort.seed(), policy), policy, engine, invariants, maxReported);
    PrintWriter out = cl.getOut();
    VerifyTally t =
        verifier.run(
            cohort.firstIndex(), n, cohort.threads(), Progress.forTerminal(n, cl.getErr()));
    out.print(
        VerifySummary.text(
            Escape.text(cohortSpec.name()),
            cohort.seed(),
            cohort.firstIndex(),
            policyFile,
            invariants,
            t));
    out.flush();
    return t.violations() > 0 ? EXIT_VIOLATION : 0;
  }
}
