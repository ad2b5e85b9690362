package io.github.cmvrx.benchmarks.cql;

import io.github.cmvrx.core.internal.Checks;

/**
 * A ganciclovir IV induction dose as the CQL rule returns it: milligrams per kilogram per dose
 * and the dosing interval (clinical basis §3.1, induction column).
 *
 * <p>Equality compares both components exactly; the label doses (5, 2.5, 1.25 mg/kg) are exact
 * in binary floating point.
 *
 * @param mgPerKg the dose in mg/kg per administration, finite and &gt; 0
 * @param intervalHours the interval between doses in hours, &gt; 0
 */
public record CqlInductionDose(double mgPerKg, int intervalHours) {
  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code mgPerKg} is not finite and above zero, or {@code
   *     intervalHours} is not above zero
   */
  public CqlInductionDose {
    Checks.checkFinitePositive("ganciclovir induction dose (mg/kg)", mgPerKg);
    Checks.checkFinitePositive("ganciclovir induction interval (h)", intervalHours);
  }
}
