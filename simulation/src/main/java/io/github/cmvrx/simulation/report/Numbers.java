package io.github.cmvrx.simulation.report;

import io.github.cmvrx.core.text.NumberText;

/**
 * Number text for reports: {@link NumberText#upTo}, the project's one number formatter and its
 * one rounding rule (the shortest decimal of the value, rounded half up, trailing zeros dropped,
 * never an exponent, never the machine's locale; decision record {@code
 * docs/decisions/1441-one-number-formatter.md}); a number that is not finite is written as an
 * empty cell.
 */
public final class Numbers {
  private Numbers() {}

  /** Decimals of a report number unless a column asks for fewer. */
  private static final int DECIMALS = 6;

  /**
   * Formats a number with at most six decimals.
   *
   * @param value the number
   * @return e.g. {@code "12.5"}, {@code "0.333333"}, {@code ""} for NaN
   */
  public static String format(double value) {
    return format(value, DECIMALS);
  }

  /**
   * Formats a number with at most {@code decimals} decimals.
   *
   * @param value the number
   * @param decimals the most decimals to show, 0 to 18
   * @return e.g. {@code "12.5"}, {@code ""} for NaN or an infinity
   */
  public static String format(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return "";
    }
    return NumberText.upTo(value, decimals);
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
