package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.cli.CohortOptions;
import io.github.cmvrx.cli.VerifyOptions;
import io.github.cmvrx.simulation.text.Escape;
import io.github.cmvrx.simulation.verify.VerifySummary;
import io.github.cmvrx.simulation.verify.VerifyTally;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code verify} on Spark: the options of {@code cmvrx verify} plus {@code --master} and {@code
 * --partitions}; prints the same summary, byte for byte. Exit 1 on any violation.
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Check every invariant on a synthetic cohort on Spark; exit 1 on any violation.")
public final class VerifySparkCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  @Mixin CohortOptions cohort = new CohortOptions();

  @Mixin SparkOptions sparkOptions = new SparkOptions();

  @Mixin VerifyOptions verify = new VerifyOptions();

  private final EngineSource engines;

  /** Creates the command with the real engine. */
  public VerifySparkCommand() {
    this(EngineSource.ADVISOR);
  }

  /**
   * Creates the command with the given engine recipe (tests force violations with it).
   *
   * @param engines the engine recipe
   */
  public VerifySparkCommand(EngineSource engines) {
    this.engines = engines;
  }

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    CohortSpec cohortSpec = cohort.spec(cl);
    long n = cohort.patients(cl, cohortSpec);
    int maxReported = verify.maxReported(cl);
    Path policyFile = verify.policyFile().orElse(null);
    PolicyText policy = Inputs.policy(cl, policyFile);
    CohortRun run = Inputs.cohort(cl, cohort, cohortSpec, n);
    sparkOptions.checkedPartitions(cl);
    Inputs.warnThreads(cl, cohort);
    SparkSession session = sparkOptions.session("cmvrx verify");
    VerifyTally t =
        SparkVerify.run(
            JavaSparkContext.fromSparkContext(session.sparkContext()),
            run,
            policy,
            maxReported,
            sparkOptions.partitions(cl, session),
            engines);
    PrintWriter out = cl.getOut();
    out.print(
        VerifySummary.text(
            Escape.text(cohortSpec.name()),
            cohort.seed(),
            cohort.firstIndex(),
            policyFile,
            Invariants.catalogue(),
            t));
    out.flush();
    return t.violations() > 0 ? 1 : 0;
  }
}
