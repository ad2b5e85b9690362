package io.github.cmvrx.dosing.policy;

/**
 * The foscarnet maintenance regimen at full renal function (FOS-PI Table 13).
 *
 * @since 0.2.0
 */
public enum FoscarnetMaintenanceScheme {
  /** 90 mg/kg/day (the default). JSON {@code "90"}. */
  MG90_PER_DAY("90"),
  /** 120 mg/kg/day. JSON {@code "120"}. */
  MG120_PER_DAY("120");

  private final String jsonName;

  FoscarnetMaintenanceScheme(String jsonName) {
    this.jsonName = jsonName;
  }

  /**
   * Returns the name as the policy JSON writes it.
   *
   * @return {@code "90"} or {@code "120"}
   */
  public String jsonName() {
    return jsonName;
  }
}
