package io.github.cmvrx.simulation.text;

import io.github.cmvrx.core.text.NumberText;

/**
 * The decimals {@code explain} shows each quantity with (display only), written by {@link
 * NumberText#upTo}: the one number formatter and its one rounding rule (the shortest decimal,
 * half up, trailing zeros dropped, never an exponent, never the machine's locale).
 */
final class DisplayNumbers {
  private DisplayNumbers() {}

  /** Decimals for mg doses: 77.875 mg shows as 77.88 mg (display only). */
  static final int DOSE_MG_DECIMALS = 2;

  /** Decimals for mg/kg: the label tables go down to 0.625 mg/kg (GCV-PI), so three. */
  static final int DOSE_MG_PER_KG_DECIMALS = 3;

  /** Decimals for body weights in kg. */
  static final int WEIGHT_DECIMALS = 1;

  /** Decimals for clearance and eGFR in mL/min: the convention of the labels' examples. */
  static final int CLEARANCE_DECIMALS = 1;

  /** Decimals for foscarnet clearance per kg: its bands are tenths (FOS-PI Table 13), so three. */
  static final int CLEARANCE_PER_KG_DECIMALS = 3;

  /** Decimals for body surface area in m2. */
  static final int BSA_DECIMALS = 2;

  /**
   * Returns {@code value} rounded half up to at most {@code maxDecimals} decimals ({@link
   * NumberText#upTo}).
   *
   * @param value a finite number
   * @param maxDecimals the most decimals to show
   * @return e.g. {@code "350"}, {@code "87.5"}, {@code "0.625"}
   * @throws IllegalArgumentException if {@code value} is not finite
   */
  static String format(double value, int maxDecimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot display a non-finite number (" + value + ")");
    }
    return NumberText.upTo(value, maxDecimals);
  }
}
