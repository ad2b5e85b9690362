package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.cli.CohortOptions;
import io.github.cmvrx.simulation.whatif.WhatIfReport;
import io.github.cmvrx.simulation.whatif.WhatIfRun;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code whatif} on Spark: the options of {@code cmvrx whatif} plus {@code --master} and {@code
 * --partitions}; prints the same summary and, with {@code --out DIR}, writes the same {@code
 * whatif.json}, CSV tables and {@code report.html}, byte for byte.
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = "Compare two policies on the same synthetic patients, on Spark.")
public final class WhatIfSparkCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  @Mixin CohortOptions cohort = new CohortOptions();

  @Mixin SparkOptions sparkOptions = new SparkOptions();

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

  private final EngineSource engines;

  /** Creates the command with the real engine. */
  public WhatIfSparkCommand() {
    this(EngineSource.ADVISOR);
  }

  /**
   * Creates the command with the given engine recipe.
   *
   * @param engines the engine recipe
   */
  public WhatIfSparkCommand(EngineSource engines) {
    this.engines = engines;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    if (policyFiles.size() != 2) {
      throw new CommandLine.ParameterException(
          cl, "--policy: give exactly two policy files (was " + policyFiles.size() + ")");
    }
    CohortSpec cohortSpec = cohort.spec(cl);
    long n = cohort.patients(cl, cohortSpec);
    PolicyText a = Inputs.policy(cl, policyFiles.get(0));
    PolicyText b = Inputs.policy(cl, policyFiles.get(1));
    CohortRun run = Inputs.cohort(cl, cohort, cohortSpec, n);
    sparkOptions.checkedPartitions(cl);
    Inputs.warnThreads(cl, cohort);
    SparkSession session = sparkOptions.session("cmvrx whatif");
    WhatIfTally t =
        SparkWhatIf.run(
            JavaSparkContext.fromSparkContext(session.sparkContext()),
            run,
            a,
            b,
            sparkOptions.partitions(cl, session),
            engines);
    String nameA = policyFiles.get(0).toString();
    String nameB = policyFiles.get(1).toString();
    WhatIfRun whatIfRun =
        new WhatIfRun(
            cohortSpec.name(),
            cohort.seed(),
            cohort.firstIndex(),
            nameA,
            nameB,
            a.policy(),
            b.policy(),
            io.github.cmvrx.cli.VersionProvider.version(),
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString(),
            WhatIfRun.command(
                cohortSpec.name(), n, cohort.seed(), cohort.firstIndex(), nameA, nameB, false));
    WhatIfReport report = new WhatIfReport(whatIfRun, t);
    PrintWriter stdout = cl.getOut();
    stdout.print(report.summary());
    if (out != null) {
      report.write(out);
      stdout.println(
          "wrote " + out.resolve("whatif.json") + ", CSV tables and " + out.resolve("report.html"));
    }
    stdout.flush();
    return 0;
  }
}
