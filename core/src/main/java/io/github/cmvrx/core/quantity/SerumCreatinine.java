package io.github.cmvrx.core.quantity;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.internal.Checks;

/**
 * A serum creatinine concentration as it was reported, with its unit.
 *
 * <p>Conversion: mg/dL = umol/L / 88.4 (standard conversion; creatinine molar mass 113.12
 * g/mol, clinical basis §2). Equality compares the reported value and unit, so 1.0 mg/dL
 * and 88.4 umol/L are not {@code equals}; compare {@link #mgPerDl()} for the concentration.
 *
 * @param value the reported value, finite and &gt; 0
 * @param unit the reported unit
 * @since 0.2.0
 */
public record SerumCreatinine(double value, CreatinineUnit unit) {
  /** Micromoles per litre in one mg/dL of creatinine (standard conversion, clinical basis §2). */
  public static final double UMOL_PER_L_PER_MG_PER_DL = 88.4;

  /**
   * Creates the value.
   *
   * @throws IllegalArgumentException if {@code value} is NaN, infinite or not above zero
   * @throws NullPointerException if {@code unit} is null
   */
  public SerumCreatinine {
    requireNonNull(unit, "unit");
    if (!(Double.isFinite(value) && value > 0)) {
      // The role names the unit; built only when the check fails, not on every creatinine.
      Checks.checkFinitePositive("serum creatinine (" + unit.symbol() + ")", value);
    }
  }

  /**
   * Returns a serum creatinine in mg/dL.
   *
   * @param mgPerDl the concentration in mg/dL
   * @return the value
   * @throws IllegalArgumentException if not finite or not above zero
   */
  public static SerumCreatinine mgPerDl(double mgPerDl) {
    return new SerumCreatinine(mgPerDl, CreatinineUnit.MG_PER_DL);
  }

  /**
   * Returns a serum creatinine in umol/L.
   *
   * @param umolPerL the concentration in umol/L
   * @return the value
   * @throws IllegalArgumentException if not finite or not above zero
   */
  public static SerumCreatinine umolPerL(double umolPerL) {
    return new SerumCreatinine(umolPerL, CreatinineUnit.UMOL_PER_L);
  }

  /**
   * Returns the concentration in mg/dL, converting from umol/L when needed.
   *
   * @return the concentration in mg/dL
   */
  public double mgPerDl() {
    return unit == CreatinineUnit.MG_PER_DL ? value : value / UMOL_PER_L_PER_MG_PER_DL;
  }

  /**
   * Returns the concentration in umol/L, converting from mg/dL when needed.
   *
   * @return the concentration in umol/L
   */
  public double umolPerL() {
    return unit == CreatinineUnit.UMOL_PER_L ? value : value * UMOL_PER_L_PER_MG_PER_DL;
  }
}
