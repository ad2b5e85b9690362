package io.github.cmvrx.simulation.aggregate;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The exact sum of finite doubles, kept as non-overlapping partials (Shewchuk's algorithm, as in
 * Python's {@code math.fsum}), and read back correctly rounded. Because the partials hold the
 * exact sum, {@link #value()} does not depend on the order of the additions or on how the values
 * were split before {@link #add(ExactSum)}: a cohort split into any chunks or partitions gives
 * the same bits. A plain {@code double} sum does not ({@code (a + b) + c != a + (b + c)}).
 *
 * <p>Mutable; confined to one thread until merged.
 */
final class ExactSum implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Non-overlapping partials, smallest magnitude first; their exact sum is the total. */
  private double[] partials = new double[4];

  private int size;

  /**
   * Adds a value.
   *
   * @param value a finite value
   */
  void add(double value) {
    double x = value;
    int i = 0;
    for (int j = 0; j < size; j++) {
      double y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        double t = x;
        x = y;
        y = t;
      }
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) {
        partials[i++] = lo;
      }
      x = hi;
    }
    if (i == partials.length) {
      partials = Arrays.copyOf(partials, partials.length * 2);
    }
    partials[i] = x;
    size = i + 1;
  }

  /**
   * Adds every value of another sum.
   *
   * @param other the other sum
   */
  void add(ExactSum other) {
    double[] theirs = Arrays.copyOf(other.partials, other.size);
    for (double p : theirs) {
      add(p);
    }
  }

  /**
   * Returns the sum, correctly rounded to the nearest double (ties to even).
   *
   * @return the sum
   */
  double value() {
    int n = size;
    if (n == 0) {
      return 0.0;
    }
    double hi = partials[--n];
    double lo = 0.0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) {
        break;
      }
    }
    // Half-way case: the partials below decide which way to round (math.fsum's correction).
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      double y = lo * 2;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) {
        hi = x;
      }
    }
    return hi;
  }
}
