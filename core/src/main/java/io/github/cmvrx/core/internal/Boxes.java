package io.github.cmvrx.core.internal;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Boxed doubles for the arguments of dose messages, and the {@code OptionalDouble} of a per-kg
 * dose, shared for the values that recur: table amounts (5, 2.5, 1.25 mg/kg), tablet strengths
 * and the amounts to give, which are multiples of 1/8 below {@value #EIGHTHS_LIMIT} or whole
 * milligrams below {@value #WHOLE_LIMIT} (a foscarnet dose reaches several grams). A {@code
 * Double} and an {@code OptionalDouble} are immutable values, so one instance per such value
 * serves every dose, as {@code Integer.valueOf} does for small integers. Any other value (a
 * weight, a computed dose before rounding) is boxed anew. Equal to {@code Double.valueOf(value)}
 * (and {@code OptionalDouble.of(value)}) in every case.
 */
public final class Boxes {
  private Boxes() {}

  /** Multiples of 1/8 from 0 (exclusive) up to this (exclusive) are shared. */
  static final int EIGHTHS_LIMIT = 512;

  /** Whole numbers from {@link #EIGHTHS_LIMIT} up to this (exclusive) are shared. */
  static final int WHOLE_LIMIT = 16384;

  /** The grid below {@link #EIGHTHS_LIMIT}: eighths, exact in binary. */
  private static final int PER_UNIT = 8;

  private static final int EIGHTHS = EIGHTHS_LIMIT * PER_UNIT;

  /** The number of shared values: the slots of {@link #slot}. */
  public static final int SLOTS = EIGHTHS + WHOLE_LIMIT - EIGHTHS_LIMIT;

  // Filled on first use; a race boxes a value twice, and either box is equal to the other.
  private static final @Nullable Double[] SHARED = new Double[SLOTS];
  private static final @Nullable OptionalDouble[] OPTIONAL = new OptionalDouble[SLOTS];

  /** Whole numbers from 0 to this (exclusive) share their {@code OptionalInt}. */
  static final int SMALL_INT_LIMIT = 1024;

  private static final OptionalInt[] SMALL_INT = new OptionalInt[SMALL_INT_LIMIT];

  static {
    for (int i = 0; i < SMALL_INT.length; i++) {
      SMALL_INT[i] = OptionalInt.of(i);
    }
  }

  /**
   * Returns the slot of {@code value} among the shared values, or -1 when it is not one: a
   * multiple of 1/8 in (0, {@value #EIGHTHS_LIMIT}) or a whole number in [{@value
   * #EIGHTHS_LIMIT}, {@value #WHOLE_LIMIT}). Zero is not shared, so that -0.0 never becomes 0.0.
   *
   * @param value any double
   * @return the slot in [0, {@link #SLOTS}), or -1
   */
  public static int slot(double value) {
    // value > 0 leaves out -0.0 (whose box is not equal to that of 0.0) and NaN.
    if (value > 0 && value < EIGHTHS_LIMIT) {
      double scaled = value * PER_UNIT;
      return scaled == Math.rint(scaled) ? (int) scaled : -1;
    }
    if (value >= EIGHTHS_LIMIT && value < WHOLE_LIMIT && value == Math.rint(value)) {
      return EIGHTHS + (int) value - EIGHTHS_LIMIT;
    }
    return -1;
  }

  /**
   * Returns {@code value} boxed, shared when it has a {@link #slot}.
   *
   * @param value any double
   * @return a {@code Double} equal to {@code Double.valueOf(value)}
   */
  public static Double of(double value) {
    int i = slot(value);
    if (i < 0) {
      return Double.valueOf(value);
    }
    Double box = SHARED[i];
    if (box == null) {
      box = Double.valueOf(value);
      SHARED[i] = box;
    }
    return box;
  }

  /**
   * Returns {@code OptionalDouble.of(value)}, shared when {@code value} has a {@link #slot}.
   *
   * @param value any double
   * @return an optional equal to {@code OptionalDouble.of(value)}
   */
  public static OptionalDouble optional(double value) {
    int i = slot(value);
    if (i < 0) {
      return OptionalDouble.of(value);
    }
    OptionalDouble o = OPTIONAL[i];
    if (o == null) {
      o = OptionalDouble.of(value);
      OPTIONAL[i] = o;
    }
    return o;
  }

  /**
   * Returns {@code OptionalInt.of(value)}, shared for the numbers from 0 to {@value
   * #SMALL_INT_LIMIT} (exclusive): hours, minutes, days, doses a week.
   *
   * @param value any int
   * @return an optional equal to {@code OptionalInt.of(value)}
   */
  public static OptionalInt optionalInt(int value) {
    return value >= 0 && value < SMALL_INT_LIMIT ? SMALL_INT[value] : OptionalInt.of(value);
  }
}
