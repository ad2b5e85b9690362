package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A body length (height) in centimetres.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param centimetres the amount in cm
 * @since 0.2.0
 */
public record Length(double centimetres) implements Comparable<Length> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code centimetres} is NaN, infinite or not above zero
   */
  public Length {
    Checks.checkFinitePositive("length (cm)", centimetres);
  }

  /**
   * Returns the value for {@code centimetres} cm.
   *
   * @param centimetres the amount in cm
   * @return the value
   * @throws IllegalArgumentException if {@code centimetres} is NaN, infinite or not above zero
   */
  public static Length centimetres(double centimetres) {
    return new Length(centimetres);
  }

  /** Centimetres in one inch (exact, by the 1959 international yard and pound agreement). */
  public static final double CENTIMETRES_PER_INCH = 2.54;

  /**
   * Returns the value for {@code inches} in, converted to centimetres (1 in = 2.54 cm).
   *
   * @param inches the amount in inches
   * @return the value, in cm
   * @throws IllegalArgumentException if {@code inches} is NaN, infinite or not above zero
   */
  public static Length inches(double inches) {
    Checks.checkFinitePositive("length (in)", inches);
    return new Length(inches * CENTIMETRES_PER_INCH);
  }

  /**
   * Returns the length in inches.
   *
   * @return centimetres / 2.54
   */
  public double inches() {
    return centimetres / CENTIMETRES_PER_INCH;
  }

  @Override
  public int compareTo(Length other) {
    return Double.compare(centimetres, other.centimetres);
  }
}
