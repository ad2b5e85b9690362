package io.github.cmvrx.dosing.calc;

import org.jspecify.annotations.Nullable;

/**
 * Boxed doubles for the arguments of dose messages, shared for the values that recur: table
 * amounts (5, 2.5, 1.25 mg/kg), tablet strengths and most amounts to give are multiples of
 * 1/8 below {@value #LIMIT}, and a {@code Double} is an immutable value, so one instance per
 * such value serves every dose, as {@code Integer.valueOf} does for small integers. Any other
 * value is boxed anew. Equal to {@code Double.valueOf(value)} in every case.
 */
final class Boxes {
  private Boxes() {}

  /** Values from 0 (inclusive) up to this (exclusive) may be shared. */
  private static final int LIMIT = 512;

  /** The grid of shared values: eighths, exact in binary. */
  private static final int PER_UNIT = 8;

  // Filled on first use; a race boxes a value twice, and either box is equal to the other.
  private static final @Nullable Double[] SHARED = new Double[LIMIT * PER_UNIT];

  /**
   * Returns {@code value} boxed, shared when it is a multiple of 1/8 in [0, {@value #LIMIT}).
   *
   * @param value any double
   * @return a {@code Double} equal to {@code Double.valueOf(value)}
   */
  static Double of(double value) {
    double scaled = value * PER_UNIT;
    // value > 0 leaves out -0.0 (whose box is not equal to that of 0.0) and NaN.
    if (value > 0 && value < LIMIT && scaled == Math.rint(scaled)) {
      int i = (int) scaled;
      Double shared = SHARED[i];
      if (shared == null) {
        shared = Double.valueOf(value);
        SHARED[i] = shared;
      }
      return shared;
    }
    return Double.valueOf(value);
  }
}
