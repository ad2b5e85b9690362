package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A creatinine clearance per kilogram of body weight in mL/min/kg, as the foscarnet label uses it.
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param mlPerMinPerKg the amount in mL/min/kg
 * @since 0.2.0
 */
public record WeightNormalisedClearance(double mlPerMinPerKg) implements Comparable<WeightNormalisedClearance> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code mlPerMinPerKg} is NaN, infinite or negative
   */
  public WeightNormalisedClearance {
    Checks.checkFiniteNonNegative("creatinine clearance per kg (mL/min/kg)", mlPerMinPerKg);
  }

  /**
   * Returns the value for {@code mlPerMinPerKg} mL/min/kg.
   *
   * @param mlPerMinPerKg the amount in mL/min/kg
   * @return the value
   * @throws IllegalArgumentException if {@code mlPerMinPerKg} is NaN, infinite or negative
   */
  public static WeightNormalisedClearance mlPerMinPerKg(double mlPerMinPerKg) {
    return new WeightNormalisedClearance(mlPerMinPerKg);
  }

  @Override
  public int compareTo(WeightNormalisedClearance other) {
    return Double.compare(mlPerMinPerKg, other.mlPerMinPerKg);
  }
}
