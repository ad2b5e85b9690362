package io.github.cmvrx.core.internal;

import org.jspecify.annotations.Nullable;

/**
 * Boxed doubles for the arguments of dose messages, shared for the values that recur: table
 * amounts (5, 2.5, 1.25 mg/kg), tablet strengths and the amounts to give, which are multiples of
 * 1/8 below {@value #EIGHTHS_LIMIT} or whole milligrams below {@value #WHOLE_LIMIT} (a foscarnet
 * dose reaches several grams). A {@code Double} is an immutable value, so one instance per such
 * value serves every dose, as {@code Integer.valueOf} does for small integers. Any other value
 * (a weight, a computed dose before rounding) is boxed anew. Equal to {@code Double.valueOf(value)}
 * in every case.
 */
public final class Boxes {
  private Boxes() {}

  /** Multiples of 1/8 from 0 (exclusive) up to this (exclusive) are shared. */
  static final int EIGHTHS_LIMIT = 512;

  /** Whole numbers from {@link #EIGHTHS_LIMIT} up to this (exclusive) are shared. */
  static final int WHOLE_LIMIT = 16384;

  /** The grid below {@link #EIGHTHS_LIMIT}: eighths, exact in binary. */
  private static final int PER_UNIT = 8;

  // Filled on first use; a race boxes a value twice, and either box is equal to the other.
  private static final @Nullable Double[] EIGHTHS = new Double[EIGHTHS_LIMIT * PER_UNIT];
  private static final @Nullable Double[] WHOLE = new Double[WHOLE_LIMIT - EIGHTHS_LIMIT];

  /**
   * Returns {@code value} boxed, shared when it is a multiple of 1/8 in (0, {@value
   * #EIGHTHS_LIMIT}) or a whole number in [{@value #EIGHTHS_LIMIT}, {@value #WHOLE_LIMIT}).
   *
   * @param value any double
   * @return a {@code Double} equal to {@code Double.valueOf(value)}
   */
  public static Double of(double value) {
    // value > 0 leaves out -0.0 (whose box is not equal to that of 0.0) and NaN.
    if (value > 0 && value < EIGHTHS_LIMIT) {
      double scaled = value * PER_UNIT;
      if (scaled == Math.rint(scaled)) {
        return shared(EIGHTHS, (int) scaled, value);
      }
    } else if (value >= EIGHTHS_LIMIT && value < WHOLE_LIMIT && value == Math.rint(value)) {
      return shared(WHOLE, (int) value - EIGHTHS_LIMIT, value);
    }
    return Double.valueOf(value);
  }

  private static Double shared(@Nullable Double[] boxes, int i, double value) {
    Double box = boxes[i];
    if (box == null) {
      box = Double.valueOf(value);
      boxes[i] = box;
    }
    return box;
  }
}
