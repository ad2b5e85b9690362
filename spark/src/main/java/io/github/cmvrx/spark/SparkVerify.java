package io.github.cmvrx.spark;

import io.github.cmvrx.simulation.invariant.Invariant;
import io.github.cmvrx.simulation.invariant.Invariants;
import io.github.cmvrx.simulation.verify.Verifier;
import io.github.cmvrx.simulation.verify.VerifyTally;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;

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
    return SliceRun.run(
        jsc,
        cohort,
        partitions,
        (first, count) -> {
          List<Invariant> invariants = Invariants.catalogue();
          Verifier verifier =
              new Verifier(
                  cohort.generator(), policy.policy(), engines.engine(), invariants, maxReported);
          return verifier.run(first, count, 1, done -> {});
        },
        new VerifyTally(Invariants.catalogue().size(), maxReported),
        VerifyTally::merge);
  }
}
