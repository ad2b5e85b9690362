package io.github.cmvrx.dosing.table;

import java.util.Locale;

/** What a table row is keyed on. The CSV form is the constant's name in lower case. */
public enum Basis {
  /** A band of creatinine clearance in mL/min (ganciclovir, valganciclovir). */
  CRCL_ML_MIN,
  /** A band of creatinine clearance per kg in mL/min/kg (foscarnet). */
  CRCL_ML_MIN_KG,
  /** The intermittent haemodialysis row. */
  INTERMITTENT_HEMODIALYSIS,
  /** The continuous renal replacement row (off-label). */
  CONTINUOUS_RENAL_REPLACEMENT;

  /**
   * Returns whether rows of this basis are bands of kidney function.
   *
   * @return true for the two clearance bases
   */
  public boolean isBand() {
    return this == CRCL_ML_MIN || this == CRCL_ML_MIN_KG;
  }

  /**
   * Returns the constant for a CSV word.
   *
   * @param word e.g. {@code "crcl_ml_min"}
   * @return the basis
   * @throws IllegalArgumentException if no basis has that name
   */
  static Basis parse(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
