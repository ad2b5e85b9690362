package io.github.cmvrx.dosing.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rounds an IV dose to the policy's increment without ever going above the computed dose
 * (docs/decisions/0204).
 */
public final class Rounding {
  private Rounding() {}

  /**
   * Returns {@code exactMg} rounded to the nearest multiple of {@code incrementMg}; when the
   * nearest multiple lies above {@code exactMg} the next lower multiple is taken; when that is zero
   * the exact dose is kept. An increment of 0 means no rounding.
   *
   * @param exactMg the computed dose, mg, finite and >= 0
   * @param incrementMg the increment, mg, finite and >= 0
   * @return the rounded dose, never above {@code exactMg}, and within one increment of it
   * @throws IllegalArgumentException if an argument is negative or not finite
   */
  public static double roundNotAbove(double exactMg, double incrementMg) {
    if (!Double.isFinite(exactMg) || exactMg < 0) {
      throw new IllegalArgumentException("dose (" + exactMg + " mg) must be a finite number >= 0");
    }
    if (!Double.isFinite(incrementMg) || incrementMg < 0) {
      throw new IllegalArgumentException(
          "rounding increment (" + incrementMg + " mg) must be a finite number >= 0");
    }
    if (incrementMg == 0) {
      return exactMg;
    }
    BigDecimal exact = BigDecimal.valueOf(exactMg);
    BigDecimal step = BigDecimal.valueOf(incrementMg);
    BigDecimal steps = exact.divide(step, 0, RoundingMode.HALF_UP);
    BigDecimal nearest = steps.multiply(step);
    if (nearest.compareTo(exact) > 0) {
      nearest = exact.divide(step, 0, RoundingMode.FLOOR).multiply(step);
    }
    if (nearest.signum() == 0) {
      return exactMg;
    }
    return nearest.doubleValue();
  }
}
