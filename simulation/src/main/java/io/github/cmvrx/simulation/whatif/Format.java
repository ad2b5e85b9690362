package io.github.cmvrx.simulation.whatif;

import io.github.cmvrx.simulation.report.Numbers;

/**
 * Number text for the report: percentages and doses at a stated precision, written by {@link
 * Numbers#format(double, int)} (the one number formatter and its rounding rule).
 */
final class Format {
  private Format() {}

  /** Daily doses: 0.1 mg/day (a whole-mg dose given 3 times a week is a tenth-of-mg a day). */
  static final int DOSE_DECIMALS = 1;

  /** Percentages in CSV/JSON: 0.01 percentage points. */
  static final int PERCENT_DECIMALS = 2;

  static String fixed(double v, int decimals) {
    return Numbers.format(v, decimals);
  }

  /** A share of {@code whole} as a percentage, 2 decimals; empty when there is no whole. */
  static String percent(long part, long whole) {
    return whole == 0 ? "" : fixed(100.0 * part / whole, PERCENT_DECIMALS);
  }

  /** A percentage for a person: one decimal and a {@code %} sign. */
  static String percentText(double p) {
    return Double.isNaN(p) ? "" : fixed(p, 1) + "%";
  }

  static double percentValue(long part, long whole) {
    return whole == 0 ? Double.NaN : 100.0 * part / whole;
  }

  static String mg(double v) {
    return fixed(v, DOSE_DECIMALS);
  }

  static String signedMg(double v) {
    String s = mg(v);
    return v > 0 ? "+" + s : s;
  }
}
