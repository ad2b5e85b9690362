package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A body surface area in square metres.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param squareMetres the amount in m2
 * @since 0.2.0
 */
public record BodySurfaceArea(double squareMetres) implements Comparable<BodySurfaceArea> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code squareMetres} is NaN, infinite or not above zero
   */
  public BodySurfaceArea {
    Checks.checkFinitePositive("body surface area (m2)", squareMetres);
  }

  /**
   * Returns the value for {@code squareMetres} m2.
   *
   * @param squareMetres the amount in m2
   * @return the value
   * @throws IllegalArgumentException if {@code squareMetres} is NaN, infinite or not above zero
   */
  public static BodySurfaceArea squareMetres(double squareMetres) {
    return new BodySurfaceArea(squareMetres);
  }

  @Override
  public int compareTo(BodySurfaceArea other) {
    return Double.compare(squareMetres, other.squareMetres);
  }
}
