package io.github.cmvrx.dosing.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.validation.CaseLimits;
import java.util.Locale;

/**
 * Domain checks for the formulas: the message names the role, the value, the unit and the range.
 */
public final class Domain {
  private Domain() {}

  /**
   * Returns {@code value} if it lies in {@code [min, max)}.
   *
   * @param role what the value is, with its unit, e.g. {@code "age (years)"}
   * @param value the value
   * @param min the smallest accepted value
   * @param maxExclusive the first value not accepted
   * @param why the source of the domain, e.g. {@code "clinical basis §2"}
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or outside the range
   */
  @CanIgnoreReturnValue
  public static double checkHalfOpen(
      String role, double value, double min, double maxExclusive, String why) {
    if (!Double.isFinite(value) || value < min || value >= maxExclusive) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s (%s) is outside the accepted range [%s, %s) (%s)",
              role,
              value,
              min,
              maxExclusive,
              why));
    }
    return value;
  }

  /**
   * Returns {@code value} if it lies in {@code [min, max]}.
   *
   * @param role what the value is, with its unit
   * @param value the value
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @param why the source of the domain
   * @return the value
   * @throws IllegalArgumentException if the value is not finite or outside the range
   */
  @CanIgnoreReturnValue
  public static double checkClosed(String role, double value, double min, double max, String why) {
    if (!Double.isFinite(value) || value < min || value > max) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s (%s) is outside the accepted range [%s, %s] (%s)",
              role,
              value,
              min,
              max,
              why));
    }
    return value;
  }

  /**
   * Returns the serum creatinine in mg/dL after checking it against the case limit of its own unit
   * (clinical basis §8), so that a value at the umol/L limit is not rejected by the rounding
   * of the conversion.
   *
   * @param creatinine the serum creatinine
   * @return the value in mg/dL
   * @throws IllegalArgumentException if the value is outside the accepted range of its unit
   */
  public static double creatinineMgPerDl(SerumCreatinine creatinine) {
    (creatinine.unit() == CreatinineUnit.MG_PER_DL
            ? CaseLimits.SERUM_CREATININE_MG_DL
            : CaseLimits.SERUM_CREATININE_UMOL_L)
        .require(creatinine.value());
    return creatinine.mgPerDl();
  }
}
