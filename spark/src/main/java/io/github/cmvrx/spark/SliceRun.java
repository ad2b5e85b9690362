package io.github.cmvrx.spark;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function2;

/**
 * The one way cmvrx runs a cohort on Spark: the index range is cut into contiguous slices
 * ({@link Partitions}), each partition runs the single-JVM engine on its slice and returns one
 * small tally, and the driver collects only the tallies (never patients) and merges them in
 * partition order, which is index order.
 */
final class SliceRun {
  private SliceRun() {}

  /**
   * What one partition does with its slice; sent to the executors, so serializable.
   *
   * @param <T> the tally
   */
  interface Work<T> extends Serializable {
    /**
     * Runs the slice {@code [first, first + count)} on one thread.
     *
     * @param first the first patient index
     * @param count the number of patients, possibly 0
     * @return the slice's tally
     */
    T run(long first, long count);
  }

  /**
   * Runs {@code work} over the cohort's index range in {@code partitions} slices.
   *
   * @param jsc the Spark context
   * @param cohort the cohort and index range
   * @param partitions the number of partitions, &gt;= 1
   * @param work what each partition does
   * @param empty the tally of no patients
   * @param merge merges a tally with the next slice's (on the driver)
   * @param <T> the tally
   * @return the merged tally
   */
  static <T> T run(
      JavaSparkContext jsc,
      CohortRun cohort,
      int partitions,
      Work<T> work,
      T empty,
      BinaryOperator<T> merge) {
    List<T> parts =
        jsc.parallelize(IntStream.range(0, partitions).boxed().collect(Collectors.toList()), partitions)
            .mapPartitionsWithIndex(new Part<>(cohort, partitions, work), true)
            .collect();
    T total = empty;
    for (T t : parts) {
      total = merge.apply(total, t);
    }
    return total;
  }

  /** The work of one partition: its slice of the range, then {@link Work#run}. */
  private static final class Part<T> implements Function2<Integer, Iterator<Integer>, Iterator<T>> {
    private static final long serialVersionUID = 1L;

    private final CohortRun cohort;
    private final int partitions;
    private final Work<T> work;

    Part(CohortRun cohort, int partitions, Work<T> work) {
      this.cohort = cohort;
      this.partitions = partitions;
      this.work = work;
    }

    @Override
    public Iterator<T> call(Integer p, Iterator<Integer> ignored) {
      long from = Partitions.start(cohort.first(), cohort.patients(), partitions, p);
      long to = Partitions.start(cohort.first(), cohort.patients(), partitions, p + 1);
      return List.of(work.run(from, to - from)).iterator();
    }
  }
}
