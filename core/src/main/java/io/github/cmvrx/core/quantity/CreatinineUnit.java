package io.github.cmvrx.core.quantity;

/**
 * The unit in which a serum creatinine is reported.
 *
 * @since 0.2.0
 */
public enum CreatinineUnit {
  /** Milligrams per decilitre (US convention); the unit of every formula in the labels. */
  MG_PER_DL("mg/dL"),
  /** Micromoles per litre (SI). */
  UMOL_PER_L("umol/L");

  private final String symbol;

  CreatinineUnit(String symbol) {
    this.symbol = symbol;
  }

  /**
   * Returns the unit as written in the JSON contract, {@code "mg/dL"} or {@code "umol/L"}.
   *
   * @return the unit symbol
   */
  public String symbol() {
    return symbol;
  }
}
