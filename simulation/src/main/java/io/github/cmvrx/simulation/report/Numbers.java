package io.github.cmvrx.simulation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Number formatting for reports: locale-independent, deterministic, at most six decimals,
 * no exponent; NaN is written as an empty string.
 */
public final class Numbers {
  private Numbers() {}

  private static final int DECIMALS = 6;

  /**
   * Formats a number.
   *
   * @param value the number
   * @return e.g. {@code "12.5"}, {@code "0.333333"}, {@code ""} for NaN
   */
  public static String format(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return "";
    }
    BigDecimal d = BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /**
   * Returns {@code part / whole}, or NaN when {@code whole} is 0.
   *
   * @param part the numerator
   * @param whole the denominator
   * @return the share
   */
  public static double share(long part, long whole) {
    return whole == 0 ? Double.NaN : (double) part / whole;
  }
}
