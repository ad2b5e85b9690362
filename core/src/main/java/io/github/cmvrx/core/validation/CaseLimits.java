package io.github.cmvrx.core.validation;

import io.github.cmvrx.core.quantity.SerumCreatinine;

/**
 * The accepted range of every numeric input of a case. Ranges marked "clinical basis §8" are
 * the spec's; the others are plausibility limits chosen where the spec gives only "&gt;= 0"
 * (decision record {@code docs/decisions/0003-plausibility-limits.md}): a value outside them is
 * far more likely a unit or typing error than a patient, so the case is refused, not guessed.
 *
 * @since 0.2.0
 */
public final class CaseLimits {
  private CaseLimits() {}

  private static final String SPEC_8 = "clinical basis §8";
  private static final String PLAUSIBILITY = "plausibility limit, docs/decisions/0003";
  private static final String PHYSIOLOGY = "physiological limit, docs/decisions/0900";

  /**
   * The lowest serum creatinine accepted, mg/dL: 0.1 (docs/decisions/0900). Below it no assay
   * reports a value and no living patient has one; the spec's "&gt; 0" let 1e-304 mg/dL through,
   * which overflowed Cockcroft-Gault.
   */
  public static final double MIN_SERUM_CREATININE_MG_DL = 0.1;

  /**
   * The lowest serum creatinine accepted, umol/L: 0.1 mg/dL x 88.4 = 8.84, written as the
   * decimal so that 8.84 itself is accepted (the double product is a hair above it).
   */
  public static final double MIN_SERUM_CREATININE_UMOL_L = 8.84;

  /** Age in years: (0, 120] (clinical basis §8). */
  public static final FieldRange AGE_YEARS =
      new FieldRange("patient.ageYears", "years", 0, false, 120, true, SPEC_8);

  /**
   * The youngest age in scope: 28 days, in years (28 / 365.25). Younger is congenital or
   * neonatal CMV, out of scope (clinical basis §0).
   */
  public static final double MIN_AGE_IN_SCOPE_YEARS = 28.0 / 365.25;

  /**
   * Weight in kg: [0.3, 400]. The spec's (0, 400] (clinical basis §8) with a physiological floor:
   * no patient in scope (28 days or older) weighs under 0.3 kg (docs/decisions/0900). Limits that
   * depend on age are in {@link Physiology}.
   */
  public static final FieldRange WEIGHT_KG =
      new FieldRange("patient.weightKg", "kg", 0.3, true, 400, true, PHYSIOLOGY);

  /** Height in cm: (30, 250] (clinical basis §8). */
  public static final FieldRange HEIGHT_CM =
      new FieldRange("patient.heightCm", "cm", 30, false, 250, true, SPEC_8);

  /**
   * Serum creatinine in mg/dL: [0.1, 20]. The spec's (0, 20] (clinical basis §8) with the
   * physiological floor {@link #MIN_SERUM_CREATININE_MG_DL} (docs/decisions/0900).
   */
  public static final FieldRange SERUM_CREATININE_MG_DL =
      new FieldRange(
          "patient.serumCreatinine.value",
          "mg/dL",
          MIN_SERUM_CREATININE_MG_DL,
          true,
          20,
          true,
          PHYSIOLOGY);

  /** Serum creatinine in umol/L: the mg/dL range times 88.4, [8.84, 1768]. */
  public static final FieldRange SERUM_CREATININE_UMOL_L =
      new FieldRange(
          "patient.serumCreatinine.value",
          "umol/L",
          MIN_SERUM_CREATININE_UMOL_L,
          true,
          20 * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL,
          true,
          PHYSIOLOGY);

  /** CD4 count in cells/uL: [0, 5000]. */
  public static final FieldRange CD4_PER_UL =
      new FieldRange("host.cd4PerUl", "cells/uL", 0, true, 5000, true, PLAUSIBILITY);

  /** Months with CD4 above 100 /uL: [0, 1440] (120 years). */
  public static final FieldRange MONTHS_CD4_ABOVE_100 =
      new FieldRange("host.monthsCd4Above100", "months", 0, true, 1440, true, PLAUSIBILITY);

  /** Absolute neutrophil count in cells/uL: [0, 100,000]. */
  public static final FieldRange ANC_PER_UL =
      new FieldRange("labs.ancPerUl", "cells/uL", 0, true, 100_000, true, PLAUSIBILITY);

  /** Platelets in cells/uL: [0, 2,000,000]. */
  public static final FieldRange PLATELETS_PER_UL =
      new FieldRange("labs.plateletsPerUl", "cells/uL", 0, true, 2_000_000, true, PLAUSIBILITY);

  /**
   * Haemoglobin in g/dL: [0.5, 25]. Below 0.5 g/dL is below the lowest value any survivor has
   * been reported with (docs/decisions/0900).
   */
  public static final FieldRange HEMOGLOBIN_G_PER_DL =
      new FieldRange("labs.hemoglobinGPerDl", "g/dL", 0.5, true, 25, true, PHYSIOLOGY);

  /** Urine protein in mg/dL: [0, 5000]. */
  public static final FieldRange URINE_PROTEIN_MG_PER_DL =
      new FieldRange(
          "labs.urineProteinMgPerDl", "mg/dL", 0, true, 5000, true, PLAUSIBILITY);

  /** Baseline serum creatinine in mg/dL, for the cidofovir on-therapy rule: as serum creatinine. */
  public static final FieldRange BASELINE_CREATININE_MG_DL =
      new FieldRange(
          "labs.baselineSerumCreatinine.value",
          "mg/dL",
          MIN_SERUM_CREATININE_MG_DL,
          true,
          20,
          true,
          PHYSIOLOGY);

  /** Baseline serum creatinine in umol/L. */
  public static final FieldRange BASELINE_CREATININE_UMOL_L =
      new FieldRange(
          "labs.baselineSerumCreatinine.value",
          "umol/L",
          MIN_SERUM_CREATININE_UMOL_L,
          true,
          20 * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL,
          true,
          PHYSIOLOGY);

  /** Days of IV therapy so far: [0, 3650] whole days. */
  public static final FieldRange DAYS_OF_IV_THERAPY =
      new FieldRange("treatment.daysOfIvTherapy", "days", 0, true, 3650, true, PLAUSIBILITY);

  /** Days of induction so far: [0, 3650] whole days. */
  public static final FieldRange DAYS_OF_INDUCTION =
      new FieldRange("treatment.daysOfInduction", "days", 0, true, 3650, true, PLAUSIBILITY);
}
