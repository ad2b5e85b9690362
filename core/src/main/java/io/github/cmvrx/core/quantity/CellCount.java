package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A blood cell count in cells per microlitre (ANC, platelets, CD4).
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param perMicrolitre the amount in cells/uL
 * @since 0.2.0
 */
public record CellCount(double perMicrolitre) implements Comparable<CellCount> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code perMicrolitre} is NaN, infinite or negative
   */
  public CellCount {
    Checks.checkFiniteNonNegative("cell count (cells/uL)", perMicrolitre);
  }

  /**
   * Returns the value for {@code perMicrolitre} cells/uL.
   *
   * @param perMicrolitre the amount in cells/uL
   * @return the value
   * @throws IllegalArgumentException if {@code perMicrolitre} is NaN, infinite or negative
   */
  public static CellCount perMicrolitre(double perMicrolitre) {
    return new CellCount(perMicrolitre);
  }

  @Override
  public int compareTo(CellCount other) {
    return Double.compare(perMicrolitre, other.perMicrolitre);
  }
}
