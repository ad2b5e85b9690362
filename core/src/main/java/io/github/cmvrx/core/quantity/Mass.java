package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A body mass in kilograms.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param kilograms the amount in kg
 * @since 0.2.0
 */
public record Mass(double kilograms) implements Comparable<Mass> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code kilograms} is NaN, infinite or not above zero
   */
  public Mass {
    Checks.checkFinitePositive("mass (kg)", kilograms);
  }

  /**
   * Returns the value for {@code kilograms} kg.
   *
   * @param kilograms the amount in kg
   * @return the value
   * @throws IllegalArgumentException if {@code kilograms} is NaN, infinite or not above zero
   */
  public static Mass kilograms(double kilograms) {
    return new Mass(kilograms);
  }

  /** Kilograms in one pound (exact, by the 1959 international yard and pound agreement). */
  public static final double KILOGRAMS_PER_POUND = 0.45359237;

  /**
   * Returns the value for {@code pounds} lb, converted to kilograms (1 lb = 0.45359237 kg).
   *
   * @param pounds the amount in lb
   * @return the value, in kg
   * @throws IllegalArgumentException if {@code pounds} is NaN, infinite or not above zero
   */
  public static Mass pounds(double pounds) {
    Checks.checkFinitePositive("mass (lb)", pounds);
    return new Mass(pounds * KILOGRAMS_PER_POUND);
  }

  @Override
  public int compareTo(Mass other) {
    return Double.compare(kilograms, other.kilograms);
  }
}
