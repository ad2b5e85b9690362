package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.whatif.WhatIf;
import io.github.cmvrx.simulation.whatif.WhatIfTally;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;

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
    List<WhatIfTally> parts =
        jsc.parallelize(IntStream.range(0, partitions).boxed().collect(Collectors.toList()), partitions)
            .mapPartitionsWithIndex(new Part(cohort, a, b, partitions, engines), true)
            .collect();
    WhatIfTally total = new WhatIfTally();
    for (WhatIfTally t : parts) {
      total = total.merge(t);
    }
    return total;
  }

  /** The work of one partition. */
  private static final class Part
      implements Function2<Integer, Iterator<Integer>, Iterator<WhatIfTally>> {
    private static final long serialVersionUID = 1L;

    private final CohortRun cohort;
    private final PolicyText a;
    private final PolicyText b;
    private final int partitions;
    private final EngineSource engines;

    Part(CohortRun cohort, PolicyText a, PolicyText b, int partitions, EngineSource engines) {
      this.cohort = cohort;
      this.a = a;
      this.b = b;
      this.partitions = partitions;
      this.engines = engines;
    }

    @Override
    public Iterator<WhatIfTally> call(Integer p, Iterator<Integer> ignored) {
      long from = Partitions.start(cohort.first(), cohort.patients(), partitions, p);
      long to = Partitions.start(cohort.first(), cohort.patients(), partitions, p + 1);
      WhatIf whatIf = new WhatIf(cohort.generator(), a.policy(), b.policy(), engines.engine());
      return List.of(whatIf.run(from, to - from, 1, done -> {})).iterator();
    }
  }
}
