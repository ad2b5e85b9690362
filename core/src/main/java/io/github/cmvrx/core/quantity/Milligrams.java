package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

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
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public Milligrams {
    Checks.checkFiniteNonNegative("amount (mg)", value);
  }

  /**
   * Returns the value for {@code value} mg.
   *
   * @param value the amount in mg
   * @return the value
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or negative
   */
  public static Milligrams of(double value) {
    return new Milligrams(value);
  }

  @Override
  public int compareTo(Milligrams other) {
    return Double.compare(value, other.value);
  }
}
