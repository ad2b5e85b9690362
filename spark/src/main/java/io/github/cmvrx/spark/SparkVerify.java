package io.github.cmvrx.spark;

import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.simulation.invariant.Invariant;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.verify.Verifier;
import io.github.cmvrx.simulation.verify.VerifyTally;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;

/**
 * {@code verify} on Spark: each partition verifies its slice of the index range with the
 * single-JVM {@link Verifier} and returns its {@link VerifyTally}; the driver collects the
 * tallies only (counts and at most {@code maxReported} violations each, never patients) and
 * merges them in partition order, which is index order.
 */
public final class SparkVerify {
  private SparkVerify() {}

  /**
   * Verifies the cohort.
   *
   * @param jsc the Spark context
   * @param cohort the cohort and index range
   * @param policy the policy
   * @param maxReported violations kept in full
   * @param partitions the number of partitions, &gt;= 1
   * @param engines the engine recipe
   * @return the merged tally, equal to the single-JVM tally of the same range
   */
  public static VerifyTally run(
      JavaSparkContext jsc,
      CohortRun cohort,
      PolicyText policy,
      int maxReported,
      int partitions,
      EngineSource engines) {
    int invariants = Invariants.catalogue().size();
    List<VerifyTally> parts =
        jsc.parallelize(IntStream.range(0, partitions).boxed().collect(Collectors.toList()), partitions)
            .mapPartitionsWithIndex(new Part(cohort, policy, maxReported, partitions, engines), true)
            .collect();
    VerifyTally total = new VerifyTally(invariants, maxReported);
    for (VerifyTally t : parts) {
      total = total.merge(t);
    }
    return total;
  }

  /** The work of one partition. */
  private static final class Part
      implements Function2<Integer, Iterator<Integer>, Iterator<VerifyTally>> {
    private static final long serialVersionUID = 1L;

    private final CohortRun cohort;
    private final PolicyText policy;
    private final int maxReported;
    private final int partitions;
    private final EngineSource engines;

    Part(CohortRun cohort, PolicyText policy, int maxReported, int partitions, EngineSource engines) {
      this.cohort = cohort;
      this.policy = policy;
      this.maxReported = maxReported;
      this.partitions = partitions;
      this.engines = engines;
    }

    @Override
    public Iterator<VerifyTally> call(Integer p, Iterator<Integer> ignored) {
      long from = Partitions.start(cohort.first(), cohort.patients(), partitions, p);
      long to = Partitions.start(cohort.first(), cohort.patients(), partitions, p + 1);
      Policy parsed = policy.policy();
      List<Invariant> invariants = Invariants.catalogue();
      Verifier verifier =
          new Verifier(cohort.generator(), parsed, engines.engine(), invariants, maxReported);
      VerifyTally t = verifier.run(from, to - from, 1, done -> {});
      return List.of(t).iterator();
    }
  }
}
