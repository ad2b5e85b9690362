package io.github.cmvrx.dosing.policy;

/**
 * The foscarnet induction regimen at full renal function (FOS-PI Table 13).
 *
 * @since 0.2.0
 */
public enum FoscarnetInductionScheme {
  /** 60 mg/kg every 8 hours (the default, SEED). JSON {@code "60q8h"}. */
  MG60_Q8H("60q8h"),
  /** 90 mg/kg every 12 hours. JSON {@code "90q12h"}. */
  MG90_Q12H("90q12h");

  private final String jsonName;

  FoscarnetInductionScheme(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the name as the policy JSON writes it.
   *
   * @return {@code "60q8h"} or {@code "90q12h"}
   */
  public String jsonName() {
    return jsonName;
  }
}
