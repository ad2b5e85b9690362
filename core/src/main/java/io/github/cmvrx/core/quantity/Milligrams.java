package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Boxes;
import io.github.cmvrx.core.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * An amount of drug in milligrams.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param value the amount in mg
 * @since 0.2.0
 */
public record Milligrams(double value) implements Comparable<Milligrams> {
  // The amounts that recur (table amounts, doses rounded to whole mg), one value each, filled on
  // first use; a race makes a value twice, and either is equal to the other.
  private static final @Nullable Milligrams[] SHARED = new Milligrams[Boxes.SLOTS];

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public Milligrams {
    Checks.checkFiniteNonNegative("amount (mg)", value);
  }

  /**
   * Returns the value for {@code value} mg: one shared instance for each amount that recurs in
   * doses (multiples of 1/8 mg below 512 mg, whole milligrams below 16,384 mg), a new one for
   * any other amount; equal to {@code new Milligrams(value)} either way.
   *
   * @param value the amount in mg
   * @return the value
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public static Milligrams of(double value) {
    int i = Boxes.slot(value);
    if (i < 0) {
      return new Milligrams(value);
    }
    Milligrams shared = SHARED[i];
    if (shared == null) {
      shared = new Milligrams(value);
      SHARED[i] = shared;
    }
    return shared;
  }

  @Override
  public int compareTo(Milligrams other) {
    return Double.compare(value, other.value);
  }
}
