package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * An estimated glomerular filtration rate in mL/min/1.73 m2.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param mlPerMinPer173 the amount in mL/min/1.73 m2
 * @since 0.2.0
 */
public record Egfr(double mlPerMinPer173) implements Comparable<Egfr> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code mlPerMinPer173} is NaN, infinite or negative
   */
  public Egfr {
    Checks.checkFiniteNonNegative("eGFR (mL/min/1.73 m2)", mlPerMinPer173);
  }

  /**
   * Returns the value for {@code mlPerMinPer173} mL/min/1.73 m2.
   *
   * @param mlPerMinPer173 the amount in mL/min/1.73 m2
   * @return the value
   * @throws IllegalArgumentException if {@code mlPerMinPer173} is NaN, infinite or negative
   */
  public static Egfr mlPerMinPer173(double mlPerMinPer173) {
    return new Egfr(mlPerMinPer173);
  }

  @Override
  public int compareTo(Egfr other) {
    return Double.compare(mlPerMinPer173, other.mlPerMinPer173);
  }
}
