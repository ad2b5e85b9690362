package io.github.cmvrx.core.rule;

/**
 * The clinical thresholds and durations the decision rules use, each with its source (clinical
 * basis §3 to §5): their one home, read by the rules, the dosing and the boundary runs of the
 * simulation. A policy may change the few that are {@link CutOff}s; the others are fixed.
 *
 * @since 0.3.0
 */
public final class ClinicalThresholds {
  private ClinicalThresholds() {}

  /** Do not start or hold (val)ganciclovir below this ANC, cells/uL (GCV-PI §5.1; clinical basis §3.1). */
  public static final double GCV_MIN_ANC_PER_UL = 500;

  /** Do not start or hold (val)ganciclovir below this platelet count, /uL (GCV-PI §5.1). */
  public static final double GCV_MIN_PLATELETS_PER_UL = 25_000;

  /** Do not start or hold (val)ganciclovir below this haemoglobin, g/dL (GCV-PI §5.1). */
  public static final double GCV_MIN_HEMOGLOBIN_G_PER_DL = 8;

  /** CNS combination induction: 3 weeks, in days (SEED; clinical basis §4.1). */
  public static final int CNS_INDUCTION_DAYS = 21;

  /**
   * Non-CNS induction, planned: 14-21 days; the plan uses the upper end, 21 days (SEED "2-3
   * weeks"; clinical basis §4.3 and §4.6; docs/decisions/0002).
   */
  public static final int NON_CNS_INDUCTION_DAYS = 21;

  /** Non-CNS induction lasts at least 14 days (SEED, KOTTON-2025; clinical basis §4.3, clinical basis §5). */
  public static final int MIN_INDUCTION_DAYS = 14;

  /** IV-to-oral switch after at least 3 days of IV ganciclovir (SEED "3-5 days"; clinical basis §4.5). */
  public static final int IV_TO_ORAL_MIN_IV_DAYS = 3;

  /** Cidofovir induction: 5 mg/kg once weekly for 2 weeks, in days (CDV-PI; clinical basis §3.4). */
  public static final int CIDOFOVIR_INDUCTION_DAYS = 14;

  /** HIV: maintenance is lifelong below this CD4 count, /uL, unless immune reconstitution (SEED). */
  public static final double HIV_LIFELONG_CD4_PER_UL = 50;

  /** HIV: maintenance may stop with CD4 above this count, /uL (NIH-OI; clinical basis §5.3 PHASE-HIV-STOP). */
  public static final double HIV_STOP_CD4_PER_UL = 100;

  /** HIV: months of CD4 above 100 /uL after which maintenance stops (clinical basis §5, decision). */
  public static final double HIV_STOP_MONTHS = 6;

  /** HIV: months of CD4 above 100 /uL from which stopping may be considered (SEED, NIH-OI). */
  public static final double HIV_CONSIDER_STOP_MONTHS = 3;

  /**
   * The adult age, years, defined here once: adult doses of valganciclovir tablets and cidofovir
   * apply from it (clinical basis §4), and so do the Cockcroft-Gault equation and the adult
   * kidney-function bands (clinical basis §2.11); under it the dosing is paediatric.
   */
  public static final double ADULT_AGE_YEARS = 18;

  /** Maribavir from this age, years (MBV-PI §1; clinical basis §3.5.2). */
  public static final double MARIBAVIR_MIN_AGE_YEARS = 12;

  /** Maribavir from this weight, kg (MBV-PI §1; clinical basis §3.5.2). */
  public static final double MARIBAVIR_MIN_WEIGHT_KG = 35;

  /**
   * On cidofovir, a serum creatinine rise from the baseline of this much or more stops it, mg/dL
   * (CDV-PI; clinical basis §3.4, DOSE-CDV-ON-THERAPY).
   */
  public static final double CIDOFOVIR_STOP_RISE_MG_DL = 0.5;

  /**
   * On cidofovir, proteinuria of 3+, read as this urine protein or more, stops it, mg/dL (CDV-PI;
   * clinical basis §3.4, DOSE-CDV-ON-THERAPY).
   */
  public static final double CIDOFOVIR_STOP_URINE_PROTEIN_MG_DL = 300;
}
