package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A creatinine clearance in mL/min (Cockcroft-Gault).
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param mlPerMin the amount in mL/min
 * @since 0.2.0
 */
public record CreatinineClearance(double mlPerMin) implements Comparable<CreatinineClearance> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code mlPerMin} is NaN, infinite or negative
   */
  public CreatinineClearance {
    Checks.checkFiniteNonNegative("creatinine clearance (mL/min)", mlPerMin);
  }

  /**
   * Returns the value for {@code mlPerMin} mL/min.
   *
   * @param mlPerMin the amount in mL/min
   * @return the value
   * @throws IllegalArgumentException if {@code mlPerMin} is NaN, infinite or negative
   */
  public static CreatinineClearance mlPerMin(double mlPerMin) {
    return new CreatinineClearance(mlPerMin);
  }

  @Override
  public int compareTo(CreatinineClearance other) {
    return Double.compare(mlPerMin, other.mlPerMin);
  }
}
