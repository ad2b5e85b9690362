package io.github.cmvrx.simulation.edge;

import io.github.cmvrx.core.model.Sex;

/**
 * The Cockcroft-Gault creatinine clearance and the foscarnet clearance per kg (clinical spec
 * section 2; CG-1976, FOS-PI), forwards and solved for the serum creatinine that gives a target
 * clearance. The simulation uses them to aim patients at band edges and to group results by
 * kidney band; the engine's own computation lives in the dosing module.
 */
public final class CockcroftGault {
  private CockcroftGault() {}

  /** The age constant of Cockcroft-Gault: (140 - age) (CG-1976). */
  public static final double AGE_CONSTANT = 140;

  /** The divisor 72 of Cockcroft-Gault (CG-1976). */
  public static final double DIVISOR = 72;

  /** The factor for women, 0.85 (CG-1976). */
  public static final double FEMALE_FACTOR = 0.85;

  /** Adults from this age get Cockcroft-Gault (clinical spec 2, Decision on age). */
  public static final double ADULT_AGE_YEARS = 18;

  private static double sexFactor(Sex sex) {
    return sex == Sex.FEMALE ? FEMALE_FACTOR : 1.0;
  }

  /**
   * Returns the creatinine clearance.
   *
   * @param ageYears age, years
   * @param weightKg weight, kg
   * @param sex sex
   * @param scrMgDl serum creatinine, mg/dL, &gt; 0
   * @return the clearance, mL/min
   */
  public static double clearance(double ageYears, double weightKg, Sex sex, double scrMgDl) {
    return (AGE_CONSTANT - ageYears) * weightKg / (DIVISOR * scrMgDl) * sexFactor(sex);
  }

  /**
   * Returns the foscarnet clearance per kg.
   *
   * @param ageYears age, years
   * @param sex sex
   * @param scrMgDl serum creatinine, mg/dL, &gt; 0
   * @return the clearance, mL/min/kg
   */
  public static double clearancePerKg(double ageYears, Sex sex, double scrMgDl) {
    return (AGE_CONSTANT - ageYears) / (DIVISOR * scrMgDl) * sexFactor(sex);
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
