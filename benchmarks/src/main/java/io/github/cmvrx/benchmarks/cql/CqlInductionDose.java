package io.github.cmvrx.benchmarks.cql;

import java.util.Locale;

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
    checkFinitePositive("ganciclovir induction dose (mg/kg)", mgPerKg);
    checkFinitePositive("ganciclovir induction interval (h)", intervalHours);
  }

  /** The message of core's range checks (an internal of core, so not called from here). */
  private static void checkFinitePositive(String role, double value) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "%s (%s) must be a finite number > 0", role, value));
    }
  }
}
