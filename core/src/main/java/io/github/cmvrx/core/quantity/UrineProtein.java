package io.github.cmvrx.core.quantity;

import io.github.cmvrx.core.internal.Checks;

/**
 * A urine protein concentration in mg/dL (dipstick 2+ is 100 mg/dL).
 *
 * <p>Equality is that of the record: two values are equal when their {@code double}
 * components are bitwise equal ({@link Double#compare}).
 *
 * @param mgPerDecilitre the amount in mg/dL
 * @since 0.2.0
 */
public record UrineProtein(double mgPerDecilitre) implements Comparable<UrineProtein> {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code mgPerDecilitre} is NaN, infinite or negative
   */
  public UrineProtein {
    Checks.checkFiniteNonNegative("urine protein (mg/dL)", mgPerDecilitre);
  }

  /**
   * Returns the value for {@code mgPerDecilitre} mg/dL.
   *
   * @param mgPerDecilitre the amount in mg/dL
   * @return the value
   * @throws IllegalArgumentException if {@code mgPerDecilitre} is NaN, infinite or negative
   */
  public static UrineProtein mgPerDecilitre(double mgPerDecilitre) {
    return new UrineProtein(mgPerDecilitre);
  }

  @Override
  public int compareTo(UrineProtein other) {
    return Double.compare(mgPerDecilitre, other.mgPerDecilitre);
  }
}
