package io.github.cmvrx.dosing.renal;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Egfr;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.rule.ClinicalThresholds;
import io.github.cmvrx.dosing.internal.Domain;

/**
 * The Schwartz equations for children: the bedside eGFR (SCHWARTZ-2009) used as the kidney function
 * of a child, and the label form used by the valganciclovir paediatric formula (VGC-PI §2.3).
 * Clinical basis §2.
 */
public final class Schwartz {
  private Schwartz() {}

  /** The bedside Schwartz constant, 0.413 (SCHWARTZ-2009). */
  static final double BEDSIDE_K = 0.413;

  /** Youngest age for the bedside equation, years (clinical basis §2.7: "age 1-17"). */
  public static final double BEDSIDE_MIN_AGE_YEARS = 1;

  /**
   * First age at which the bedside equation no longer applies, years (clinical basis §2.7): the
   * adult age, whose one home is {@link ClinicalThresholds#ADULT_AGE_YEARS} (from it the
   * Cockcroft-Gault equation applies instead, §2.11).
   */
  public static final double BEDSIDE_MAX_AGE_EXCLUSIVE_YEARS = ClinicalThresholds.ADULT_AGE_YEARS;

  /** Label k for infants under 1 year with low birth weight for gestational age (VGC-PI §2.3). */
  static final double LABEL_K_LOW_BIRTH_WEIGHT_INFANT = 0.33;

  /** Label k for infants under 2 years (VGC-PI §2.3). */
  static final double LABEL_K_INFANT = 0.45;

  /** Label k for boys 2 to 12 and girls 2 to 16 years (VGC-PI §2.3). */
  static final double LABEL_K_CHILD = 0.55;

  /** Label k for boys 13 to 16 years (VGC-PI §2.3). */
  static final double LABEL_K_ADOLESCENT_BOY = 0.7;

  /** The cap on the label Schwartz clearance, mL/min/1.73 m2 (VGC-PI §2.3). */
  public static final double LABEL_CAP = 150;

  /** Age from which the label uses the child k, years (VGC-PI §2.3: "2 to"). */
  static final double LABEL_CHILD_FROM_YEARS = 2;

  /** Age from which boys take the adolescent k, years (VGC-PI §2.3: "boys 13 to 16"). */
  static final double LABEL_ADOLESCENT_BOY_FROM_YEARS = 13;

  /** First age the label k values no longer cover, years (VGC-PI §2.3: "to 16 years"). */
  public static final double LABEL_MAX_AGE_EXCLUSIVE_YEARS = 17;

  /** First age at which "under 1 year" no longer holds, years (VGC-PI §2.3). */
  static final double LABEL_INFANT_UNDER_YEARS = 1;

  /**
   * Returns the bedside Schwartz eGFR {@code 0.413 x height(cm) / SCr(mg/dL)}.
   *
   * @param age the age, 1 to under 18 years
   * @param height the height
   * @param creatinine the serum creatinine
   * @return the eGFR in mL/min/1.73 m2
   * @throws IllegalArgumentException if age or creatinine is outside its domain
   */
  public static Egfr bedside(Age age, Length height, SerumCreatinine creatinine) {
    requireNonNull(age, "age");
    Domain.checkHalfOpen(
        "age (years)",
        age.years(),
        BEDSIDE_MIN_AGE_YEARS,
        BEDSIDE_MAX_AGE_EXCLUSIVE_YEARS,
        "bedside Schwartz, clinical basis §2.7");
    return Egfr.mlPerMinPer173(BEDSIDE_K * height.centimetres() / mgPerDl(creatinine));
  }

  /**
   * Returns the label Schwartz clearance {@code k x height(cm) / SCr(mg/dL)}, capped at 150, with k
   * by age and sex as VGC-PI §2.3 prints it.
   *
   * @param age the age, under 17 years (Age is always above 0) (the label covers children to 16 years)
   * @param sex the sex
   * @param lowBirthWeightInfant whether the child is under 1 year with low birth weight for
   *     gestational age (ignored from 1 year)
   * @param height the height
   * @param creatinine the serum creatinine
   * @return the clearance in mL/min/1.73 m2, at most 150
   * @throws IllegalArgumentException if age or creatinine is outside its domain
   */
  public static CreatinineClearance label(
      Age age, Sex sex, boolean lowBirthWeightInfant, Length height, SerumCreatinine creatinine) {
    requireNonNull(age, "age");
    requireNonNull(sex, "sex");
    double years =
        Domain.checkHalfOpen(
            "age (years)",
            age.years(),
            0,
            LABEL_MAX_AGE_EXCLUSIVE_YEARS,
            "label Schwartz, VGC-PI §2.3");
    double value =
        labelK(years, sex, lowBirthWeightInfant) * height.centimetres() / mgPerDl(creatinine);
    return CreatinineClearance.mlPerMin(Math.min(value, LABEL_CAP));
  }

  static double labelK(double years, Sex sex, boolean lowBirthWeightInfant) {
    if (years < LABEL_INFANT_UNDER_YEARS && lowBirthWeightInfant) {
      return LABEL_K_LOW_BIRTH_WEIGHT_INFANT;
    }
    if (years < LABEL_CHILD_FROM_YEARS) {
      return LABEL_K_INFANT;
    }
    if (sex == Sex.MALE && years >= LABEL_ADOLESCENT_BOY_FROM_YEARS) {
      return LABEL_K_ADOLESCENT_BOY;
    }
    return LABEL_K_CHILD;
  }

  private static double mgPerDl(SerumCreatinine creatinine) {
    requireNonNull(creatinine, "creatinine");
    return Domain.creatinineMgPerDl(creatinine);
  }
}
