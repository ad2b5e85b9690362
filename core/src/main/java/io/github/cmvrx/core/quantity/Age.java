package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * An age in years (decimals allowed: 0.5 is six months).
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param years the amount in years
 * @since 0.2.0
 */
public record Age(double years) implements Comparable<Age> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code years} is NaN, infinite or not above zero
   */
  public Age {
    Checks.checkFinitePositive("age (years)", years);
  }

  /**
   * Returns the value for {@code years} years.
   *
   * @param years the amount in years
   * @return the value
   * @throws IllegalArgumentException if {@code years} is NaN, infinite or not above zero
   */
  public static Age years(double years) {
    return new Age(years);
  }

  @Override
  public int compareTo(Age other) {
    return Double.compare(years, other.years);
  }
}
