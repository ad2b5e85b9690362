package io.github.cmvrx.core.validation;

import io.github.cmvrx.core.quantity.SerumCreatinine;

/**
 * The accepted range of every numeric input of a case. Ranges marked "clinical spec 8" are
 * the spec's; the others are plausibility limits chosen where the spec gives only "&gt;= 0"
 * (decision record {@code docs/decisions/0003-plausibility-limits.md}): a value outside them is
 * far more likely a unit or typing error than a patient, so the case is refused, not guessed.
 *
 * @since 0.2.0
 */
public final class CaseLimits {
  private CaseLimits() {}

  private static final String SPEC_8 = "clinical spec section 8";
  private static final String PLAUSIBILITY = "plausibility limit, docs/decisions/0003";

  /** Age in years: (0, 120] (clinical spec 8). */
  public static final FieldRange AGE_YEARS =
      new FieldRange("patient.ageYears", "years", 0, false, 120, true, SPEC_8);

  /**
   * The youngest age in scope: 28 days, in years (28 / 365.25). Younger is congenital or
   * neonatal CMV, out of scope (clinical spec, Scope).
   */
  public static final double MIN_AGE_IN_SCOPE_YEARS = 28.0 / 365.25;

  /** Weight in kg: (0, 400] (clinical spec 8). */
  public static final FieldRange WEIGHT_KG =
      new FieldRange("patient.weightKg", "kg", 0, false, 400, true, SPEC_8);

  /** Height in cm: (30, 250] (clinical spec 8). */
  public static final FieldRange HEIGHT_CM =
      new FieldRange("patient.heightCm", "cm", 30, false, 250, true, SPEC_8);

  /** Serum creatinine in mg/dL: (0, 20] (clinical spec 8). */
  public static final FieldRange SERUM_CREATININE_MG_DL =
      new FieldRange("patient.serumCreatinine.value", "mg/dL", 0, false, 20, true, SPEC_8);

  /** Serum creatinine in umol/L: the mg/dL range times 88.4, (0, 1768] (clinical spec 8). */
  public static final FieldRange SERUM_CREATININE_UMOL_L =
      new FieldRange(
          "patient.serumCreatinine.value",
          "umol/L",
          0,
          false,
          20 * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL,
          true,
          SPEC_8);

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

  /** Haemoglobin in g/dL: [0, 25]. */
  public static final FieldRange HEMOGLOBIN_G_PER_DL =
      new FieldRange("labs.hemoglobinGPerDl", "g/dL", 0, true, 25, true, PLAUSIBILITY);

  /** Urine protein in mg/dL: [0, 5000]. */
  public static final FieldRange URINE_PROTEIN_MG_PER_DL =
      new FieldRange(
          "labs.urineProteinMgPerDl", "mg/dL", 0, true, 5000, true, PLAUSIBILITY);

  /** Baseline serum creatinine in mg/dL, for the cidofovir on-therapy rule: as serum creatinine. */
  public static final FieldRange BASELINE_CREATININE_MG_DL =
      new FieldRange(
          "labs.baselineSerumCreatinine.value", "mg/dL", 0, false, 20, true, SPEC_8);

  /** Baseline serum creatinine in umol/L. */
  public static final FieldRange BASELINE_CREATININE_UMOL_L =
      new FieldRange(
          "labs.baselineSerumCreatinine.value",
          "umol/L",
          0,
          false,
          20 * SerumCreatinine.UMOL_PER_L_PER_MG_PER_DL,
          true,
          SPEC_8);

  /** Days of IV therapy so far: [0, 3650] whole days. */
  public static final FieldRange DAYS_OF_IV_THERAPY =
      new FieldRange("treatment.daysOfIvTherapy", "days", 0, true, 3650, true, PLAUSIBILITY);

  /** Days of induction so far: [0, 3650] whole days. */
  public static final FieldRange DAYS_OF_INDUCTION =
      new FieldRange("treatment.daysOfInduction", "days", 0, true, 3650, true, PLAUSIBILITY);
}
