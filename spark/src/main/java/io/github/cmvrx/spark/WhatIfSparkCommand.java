package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.cli.CohortOptions;
import io.github.cmvrx.cli.WhatIfOptions;
import io.github.cmvrx.simulation.whatif.WhatIfReport;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

  @Mixin WhatIfOptions whatIf = new WhatIfOptions();

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
    List<Path> policyFiles = whatIf.checked(cl);
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
    whatIf.print(
        cl, new WhatIfReport(whatIf.describe(cohortSpec, cohort, n, a.policy(), b.policy(), false), t));
    return 0;
  }
}
