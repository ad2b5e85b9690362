package io.github.cmvrx.dosing.table;

import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import java.util.Locale;

/**
 * The dose tables of clinical basis §3. The CSV form (column {@code table}) is the constant's
 * name in lower case.
 */
public enum TableId {
  /** Ganciclovir IV induction, clinical basis §3.1. */
  GANCICLOVIR_INDUCTION,
  /** Ganciclovir IV maintenance, clinical basis §3.1. */
  GANCICLOVIR_MAINTENANCE,
  /** Valganciclovir tablets induction, clinical basis §3.2. */
  VALGANCICLOVIR_INDUCTION,
  /** Valganciclovir tablets maintenance, clinical basis §3.2. */
  VALGANCICLOVIR_MAINTENANCE,
  /** Foscarnet induction, "60 mg/kg q8h" regimen, clinical basis §3.3. */
  FOSCARNET_INDUCTION_60Q8H,
  /** Foscarnet induction, "90 mg/kg q12h" regimen, clinical basis §3.3. */
  FOSCARNET_INDUCTION_90Q12H,
  /** Foscarnet maintenance, "90 mg/kg/day" regimen, clinical basis §3.3. */
  FOSCARNET_MAINTENANCE_90,
  /** Foscarnet maintenance, "120 mg/kg/day" regimen, clinical basis §3.3. */
  FOSCARNET_MAINTENANCE_120;

  /**
   * Returns the ganciclovir IV table for a phase.
   *
   * @param phase the phase
   * @return the table id
   */
  public static TableId ganciclovir(DosePhase phase) {
    return phase == DosePhase.INDUCTION ? GANCICLOVIR_INDUCTION : GANCICLOVIR_MAINTENANCE;
  }

  /**
   * Returns the valganciclovir tablet table for a phase.
   *
   * @param phase the phase
   * @return the table id
   */
  public static TableId valganciclovir(DosePhase phase) {
    return phase == DosePhase.INDUCTION ? VALGANCICLOVIR_INDUCTION : VALGANCICLOVIR_MAINTENANCE;
  }

  /**
   * Returns the foscarnet induction table of a scheme.
   *
   * @param scheme the scheme chosen by the policy
   * @return the table id
   */
  public static TableId foscarnet(FoscarnetInductionScheme scheme) {
    return scheme == FoscarnetInductionScheme.MG60_Q8H
        ? FOSCARNET_INDUCTION_60Q8H
        : FOSCARNET_INDUCTION_90Q12H;
  }

  /**
   * Returns the foscarnet maintenance table of a scheme.
   *
   * @param scheme the scheme chosen by the policy
   * @return the table id
   */
  public static TableId foscarnet(FoscarnetMaintenanceScheme scheme) {
    return scheme == FoscarnetMaintenanceScheme.MG90_PER_DAY
        ? FOSCARNET_MAINTENANCE_90
        : FOSCARNET_MAINTENANCE_120;
  }

  /**
   * Returns the CSV word of the table.
   *
   * @return e.g. {@code "ganciclovir_induction"}
   */
  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  static TableId parse(String word) {
    return valueOf(word.toUpperCase(Locale.ROOT));
  }
}
