package io.github.cmvrx.simulation.whatif;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How often each distinct value occurred: exact percentiles (nearest rank) of values that take
 * few distinct values, as doses do after practical rounding. Merging adds counts, so it is exact
 * and order-free; the mean is summed over the sorted values, so it does not depend on how the run
 * was split either.
 */
final class ExactCounts implements Serializable {
  private static final long serialVersionUID = 1L;

  private final TreeMap<Double, long[]> counts = new TreeMap<>();
  private long n;

  void add(double value) {
    counts.computeIfAbsent(value == 0 ? 0.0 : value, k -> new long[1])[0]++;
    n++;
  }

  void merge(ExactCounts other) {
    for (Map.Entry<Double, long[]> e : other.counts.entrySet()) {
      counts.computeIfAbsent(e.getKey(), k -> new long[1])[0] += e.getValue()[0];
    }
    n += other.n;
  }

  long count() {
    return n;
  }

  int distinct() {
    return counts.size();
  }

  double min() {
    return n == 0 ? Double.NaN : counts.firstKey();
  }

  double max() {
    return n == 0 ? Double.NaN : counts.lastKey();
  }

  double mean() {
    if (n == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (Map.Entry<Double, long[]> e : counts.entrySet()) {
      sum += e.getKey() * e.getValue()[0];
    }
    return sum / n;
  }

  /**
   * Returns the nearest-rank percentile: the smallest value with at least {@code p}% of the values
   * at or below it; always a value that occurred.
   *
   * @param p the percentile, (0, 100]
   * @return the value, or NaN when empty
   */
  double percentile(double p) {
    if (n == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(p / 100 * n));
    long seen = 0;
    for (Map.Entry<Double, long[]> e : counts.entrySet()) {
      seen += e.getValue()[0];
      if (seen >= rank) {
        return e.getKey();
      }
    }
    return counts.lastKey();
  }

  /**
   * Returns how many values lie in {@code [lo, hi)}.
   *
   * @param lo the lower edge, included
   * @param hi the upper edge, excluded
   * @return the count
   */
  long countIn(double lo, double hi) {
    long c = 0;
    for (long[] v : counts.subMap(lo, true, hi, false).values()) {
      c += v[0];
    }
    return c;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ExactCounts other) || n != other.n || !counts.keySet().equals(other.counts.keySet())) {
      return false;
    }
    for (Map.Entry<Double, long[]> e : counts.entrySet()) {
      if (e.getValue()[0] != java.util.Objects.requireNonNull(other.counts.get(e.getKey()))[0]) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(n) * 31 + counts.size();
  }
}
