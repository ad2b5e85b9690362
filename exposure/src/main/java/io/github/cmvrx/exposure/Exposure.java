package io.github.cmvrx.exposure;

/**
 * Steady-state ganciclovir exposure over one dosing interval.
 *
 * @param auc24MgHPerL area under the concentration-time curve over 24 hours at steady state
 *     (the interval's AUC x 24 / interval), mg.h/L
 * @param cmaxMgPerL highest concentration in the interval, mg/L
 * @param cminMgPerL lowest concentration in the interval (the trough), mg/L
 */
public record Exposure(double auc24MgHPerL, double cmaxMgPerL, double cminMgPerL) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a value is negative or not finite, or Cmin exceeds Cmax
   */
  public Exposure {
    for (double v : new double[] {auc24MgHPerL, cmaxMgPerL, cminMgPerL}) {
      if (!(v >= 0) || !Double.isFinite(v)) {
        throw new IllegalArgumentException(
            "exposure (" + auc24MgHPerL + ", " + cmaxMgPerL + ", " + cminMgPerL
                + ") must be finite and >= 0");
      }
    }
    if (cminMgPerL > cmaxMgPerL) {
      throw new IllegalArgumentException(
          "Cmin (" + cminMgPerL + " mg/L) must not exceed Cmax (" + cmaxMgPerL + " mg/L)");
    }
  }
}
