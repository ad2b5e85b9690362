package io.github.cmvrx.dosing.renal;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import io.github.cmvrx.dosing.internal.Domain;

/**
 * Cockcroft-Gault creatinine clearance for adults (CG-1976; printed in the GCV-PI, VGC-PI and
 * CDV-PI labels; per-kg form in FOS-PI). Clinical basis §2.
 *
 * <p>Domain: age 18 to 120 years (clinical basis §2.11, and §8), serum
 * creatinine as accepted by the case (above 0, at most 20 mg/dL). The age limit keeps {@code 140 -
 * age} positive, so the result is never negative.
 */
public final class CockcroftGault {
  private CockcroftGault() {}

  /** The age term of the equation, years (CG-1976). */
  static final double AGE_TERM_YEARS = 140;

  /** The denominator factor, 72 (CG-1976). */
  static final double DENOMINATOR_FACTOR = 72;

  /** The multiplier for women, 0.85 (CG-1976). */
  static final double FEMALE_FACTOR = 0.85;

  /**
   * The youngest age the equation is used at, years (clinical basis §2.11): the adult age, whose
   * one home is {@link ClinicalThresholds#ADULT_AGE_YEARS}.
   */
  public static final double MIN_AGE_YEARS = ClinicalThresholds.ADULT_AGE_YEARS;

  /** The oldest age accepted, years (clinical basis §8). */
  public static final double MAX_AGE_YEARS = 120;

  private static final String WHY = "Cockcroft-Gault, clinical basis §2.2";

  /**
   * Returns the creatinine clearance {@code (140 - age) x weight / (72 x SCr) x (0.85 if female)}.
   *
   * @param age the age, 18 to 120 years
   * @param sex the sex
   * @param weight the weight the policy puts in the equation, kg
   * @param creatinine the serum creatinine, converted to mg/dL
   * @return the clearance in mL/min, never negative
   * @throws IllegalArgumentException if age or creatinine is outside its domain
   */
  public static CreatinineClearance creatinineClearance(
      Age age, Sex sex, Mass weight, SerumCreatinine creatinine) {
    requireNonNull(weight, "weight");
    return CreatinineClearance.mlPerMin(perKgRaw(age, sex, creatinine) * weight.kilograms());
  }

  /**
   * Returns the creatinine clearance of a weight from the clearance per kg of {@link
   * #perKilogram}: {@code perKg x weight}, the very value {@link #creatinineClearance(Age, Sex,
   * Mass, SerumCreatinine)} gives for the same age, sex and creatinine, without checking them a
   * second time.
   *
   * @param perKg the clearance per kg
   * @param weight the weight the policy puts in the equation, kg
   * @return the clearance in mL/min, never negative
   */
  public static CreatinineClearance creatinineClearance(
      WeightNormalisedClearance perKg, Mass weight) {
    requireNonNull(perKg, "perKg");
    requireNonNull(weight, "weight");
    return CreatinineClearance.mlPerMin(perKg.mlPerMinPerKg() * weight.kilograms());
  }

  /**
   * Returns the foscarnet creatinine clearance per kg {@code (140 - age) / (72 x SCr) x (0.85 if
   * female)} (FOS-PI).
   *
   * @param age the age, 18 to 120 years
   * @param sex the sex
   * @param creatinine the serum creatinine, converted to mg/dL
   * @return the clearance in mL/min/kg, never negative
   * @throws IllegalArgumentException if age or creatinine is outside its domain
   */
  public static WeightNormalisedClearance perKilogram(
      Age age, Sex sex, SerumCreatinine creatinine) {
    return WeightNormalisedClearance.mlPerMinPerKg(perKgRaw(age, sex, creatinine));
  }

  private static double perKgRaw(Age age, Sex sex, SerumCreatinine creatinine) {
    requireNonNull(age, "age");
    requireNonNull(sex, "sex");
    requireNonNull(creatinine, "creatinine");
    double years =
        Domain.checkClosed("age (years)", age.years(), MIN_AGE_YEARS, MAX_AGE_YEARS, WHY);
    double scr = Domain.creatinineMgPerDl(creatinine);
    double value = (AGE_TERM_YEARS - years) / (DENOMINATOR_FACTOR * scr);
    return sex == Sex.FEMALE ? value * FEMALE_FACTOR : value;
  }
}
