package io.github.cmvrx.simulation.aggregate;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A mergeable histogram of non-negative values on fixed logarithmic bins (100 per decade from
 * 0.01 to 10^7, so a percentile is within 2.3% of the true value), plus exact count, zero
 * count, minimum, maximum and sum. {@link #merge} is associative and gives bit-for-bit the same
 * result however the values were partitioned: the sum is kept exactly ({@link ExactSum}) and
 * rounded once when read, so chunks of any size, threads or Spark partitions agree.
 *
 * <p>Mutable; confined to one thread until merged. Serializable, so a partial result can travel
 * from a Spark executor to the driver.
 */
public final class Histogram implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Bins per decade. */
  static final int BINS_PER_DECADE = 100;

  /** The lower edge of the first bin. */
  static final double LOWEST = 0.01;

  /** Decades covered, 0.01 to 10^7. */
  static final int DECADES = 9;

  static final int BINS = BINS_PER_DECADE * DECADES;

  private final long[] counts = new long[BINS + 1];
  private long zeros;
  private long count;
  private final ExactSum sum = new ExactSum();
  private double min = Double.POSITIVE_INFINITY;
  private double max = Double.NEGATIVE_INFINITY;

  /**
   * Adds a value.
   *
   * @param value a finite value &gt;= 0
   * @throws IllegalArgumentException if the value is negative or not finite
   */
  public void add(double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException("histogram value (" + value + ") must be finite and >= 0");
    }
    count++;
    sum.add(value);
    min = Math.min(min, value);
    max = Math.max(max, value);
    if (value < LOWEST) {
      zeros++;
      return;
    }
    int bin = (int) Math.floor(Math.log10(value / LOWEST) * BINS_PER_DECADE);
    counts[Math.min(bin, BINS)]++;
  }

  /**
   * Adds every value of {@code other} to this histogram.
   *
   * @param other the histogram to add
   * @return this histogram
   */
  @CanIgnoreReturnValue
  public Histogram merge(Histogram other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    zeros += other.zeros;
    count += other.count;
    sum.add(other.sum);
    min = Math.min(min, other.min);
    max = Math.max(max, other.max);
    return this;
  }

  /**
   * Returns the number of values.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the sum of the values, correctly rounded.
   *
   * @return the sum
   */
  public double sum() {
    return sum.value();
  }

  /**
   * Returns the mean.
   *
   * @return the mean, NaN if empty
   */
  public double mean() {
    return count == 0 ? Double.NaN : sum.value() / count;
  }

  /**
   * Returns the smallest value.
   *
   * @return the minimum, NaN if empty
   */
  public double min() {
    return count == 0 ? Double.NaN : min;
  }

  /**
   * Returns the largest value.
   *
   * @return the maximum, NaN if empty
   */
  public double max() {
    return count == 0 ? Double.NaN : max;
  }

  /**
   * Returns the {@code p}-th percentile: the geometric centre of the bin holding it, kept inside
   * [min, max].
   *
   * @param p the percentile, in [0, 100]
   * @return the value, NaN if empty
   * @throws IllegalArgumentException if {@code p} is outside [0, 100]
   */
  public double percentile(double p) {
    if (!(p >= 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile (" + p + ") must be in [0, 100]");
    }
    if (count == 0) {
      return Double.NaN;
    }
    long rank = Math.max(1, (long) Math.ceil(p / 100 * count));
    long seen = zeros;
    if (seen >= rank) {
      return min;
    }
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        double centre = LOWEST * Math.pow(10, (i + 0.5) / BINS_PER_DECADE);
        return Math.max(min, Math.min(max, centre));
      }
    }
    return max;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Histogram h
        && Arrays.equals(counts, h.counts)
        && zeros == h.zeros
        && count == h.count
        && Double.compare(sum.value(), h.sum.value()) == 0
        && Double.compare(min, h.min) == 0
        && Double.compare(max, h.max) == 0;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts) * 31 + Long.hashCode(count) + Double.hashCode(sum.value());
  }
}
