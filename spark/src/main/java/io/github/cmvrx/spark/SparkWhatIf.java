package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.whatif.WhatIf;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code whatif} on Spark: each partition compares the two policies on its slice of the index
 * range with the single-JVM {@link WhatIf} and returns its {@link WhatIfTally}; the driver
 * collects the tallies only and merges them in partition (index) order. The tally's merge is
 * exact (counts and exactly kept sums), so any partition count gives the single-JVM tally.
 */
public final class SparkWhatIf {
  private SparkWhatIf() {}

  /**
   * Compares the policies.
   *
   * @param jsc the Spark context
   * @param cohort the cohort and index range
   * @param a policy A
   * @param b policy B
   * @param partitions the number of partitions, &gt;= 1
   * @param engines the engine recipe
   * @return the merged tally
   */
  public static WhatIfTally run(
      JavaSparkContext jsc,
      CohortRun cohort,
      PolicyText a,
      PolicyText b,
      int partitions,
      EngineSource engines) {
    return SliceRun.run(
        jsc,
        cohort,
        partitions,
        (first, count) ->
            new WhatIf(cohort.generator(), a.policy(), b.policy(), engines.engine())
                .run(first, count, 1, done -> {}),
        new WhatIfTally(),
        WhatIfTally::merge);
  }
}
