package io.github.cmvrx.simulation.edge;

import io.github.cmvrx.core.model.Sex;

/**
 * Cockcroft-Gault and the foscarnet clearance per kg (clinical basis §2; CG-1976, FOS-PI)
 * solved for the serum creatinine that gives a target clearance, so that the simulation can aim
 * patients at band edges. The forward formula is the engine's own, {@link
 * io.github.cmvrx.dosing.renal.CockcroftGault}; only its inverse lives here.
 */
public final class CockcroftGault {
  private CockcroftGault() {}

  /** The age constant of Cockcroft-Gault: (140 - age) (CG-1976). */
  public static final double AGE_CONSTANT = 140;

  /** The divisor 72 of Cockcroft-Gault (CG-1976). */
  public static final double DIVISOR = 72;

  /** The factor for women, 0.85 (CG-1976). */
  public static final double FEMALE_FACTOR = 0.85;

  private static double sexFactor(Sex sex) {
    return sex == Sex.FEMALE ? FEMALE_FACTOR : 1.0;
  }

  /**
   * Returns the serum creatinine that gives the target clearance.
   *
   * @param ageYears age, years, below 140
   * @param weightKg weight, kg
   * @param sex sex
   * @param targetMlMin the clearance wanted, mL/min, &gt; 0
   * @return the serum creatinine, mg/dL
   */
  public static double creatinineForClearance(
      double ageYears, double weightKg, Sex sex, double targetMlMin) {
    return (AGE_CONSTANT - ageYears) * weightKg * sexFactor(sex) / (DIVISOR * targetMlMin);
  }

  /**
   * Returns the serum creatinine that gives the target foscarnet clearance per kg.
   *
   * @param ageYears age, years, below 140
   * @param sex sex
   * @param targetMlMinKg the clearance wanted, mL/min/kg, &gt; 0
   * @return the serum creatinine, mg/dL
   */
  public static double creatinineForClearancePerKg(
      double ageYears, Sex sex, double targetMlMinKg) {
    return (AGE_CONSTANT - ageYears) * sexFactor(sex) / (DIVISOR * targetMlMinKg);
  }
}
