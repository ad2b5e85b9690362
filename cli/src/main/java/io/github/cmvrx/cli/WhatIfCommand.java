package io.github.cmvrx.cli;

import io.github.cmvrx.simulation.whatif.WhatIf;
import io.github.cmvrx.simulation.whatif.WhatIfReport;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.exposure.ExposureEstimator;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.invariant.Engine;
import io.github.cmvrx.simulation.report.Progress;
import io.github.cmvrx.simulation.whatif.WhatIf;
import io.github.cmvrx.simulation.whatif.WhatIfReport;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code whatif}: the same synthetic patients under two policies, with paired differences. The
 * summary goes to standard output; with {@code --out DIR}, also {@code whatif.json}, CSV tables
 * and a self-contained {@code report.html}. Exit 0, or 2 on usage errors.
 *
 * <pre>{@code
 * cmvrx whatif --cohort renal-impaired --patients 200000 --seed 3 \
 *     --policy label.json --policy ideal-weight.json --out target/whatif
 * }</pre>
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = "Compare two policies on the same synthetic patients.")
public final class WhatIfCommand implements Callable<Integer> {
  @Spec
  @SuppressWarnings("NullAway.Init") // injected by picocli before call()
  CommandSpec spec;

  @Mixin CohortOptions cohort = new CohortOptions();

  @Mixin WhatIfOptions whatIf = new WhatIfOptions();

  @Option(
      names = "--exposure",
      description = {
        "Add ganciclovir exposure per policy: individual AUC24 and Cmin (CALDES-2009 with",
        "between-subject variability), shares below/within/above the reference range by",
        "kidney and weight band, and the paired per-patient change (docs/exposure.md)."
      })
  boolean exposure;

  private final Engine engine;

  /** Creates the command with the real engine. */
  public WhatIfCommand() {
    this(Engine.ADVISOR);
  }

  /**
   * Creates the command with the given engine.
   *
   * @param engine the engine
   */
  public WhatIfCommand(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    List<Path> policyFiles = whatIf.checked(cl);
    CohortSpec cohortSpec = cohort.spec(cl);
    long n = cohort.patients(cl, cohortSpec);
    Policy a = PolicyFiles.readOrUsageError(cl, policyFiles.get(0), "--policy");
    Policy b = PolicyFiles.readOrUsageError(cl, policyFiles.get(1), "--policy");
    WhatIf engineRun =
        new WhatIf(
            new CohortGenerator(cohortSpec, cohort.seed()),
            a,
            b,
            engine,
            exposure ? ExposureEstimator.caldes2009() : null);
    WhatIfTally t =
        engineRun.run(cohort.firstIndex(), n, cohort.threads(), Progress.forTerminal(n, cl.getErr()));
    whatIf.print(cl, new WhatIfReport(whatIf.describe(cohortSpec, cohort, n, a, b, exposure), t));
    return 0;
  }
}
