package io.github.cmvrx.dosing.table;

/**
 * The numbers of the drugs without kidney-function bands: cidofovir, letermovir, maribavir, and the
 * valganciclovir paediatric formula (clinical basis §3.2, §3.4, §3.5). Each constant names its source.
 */
public final class FixedDoses {
  private FixedDoses() {}

  // Cidofovir (CDV-PI, clinical basis §3.4).

  /** Cidofovir dose, 5 mg/kg (CDV-PI). */
  public static final double CIDOFOVIR_MG_PER_KG = 5;

  /** Cidofovir reduced dose after a creatinine rise of 0.3-0.4 mg/dL, 3 mg/kg (CDV-PI). */
  public static final double CIDOFOVIR_REDUCED_MG_PER_KG = 3;

  /** Cidofovir induction: once weekly (CDV-PI). */
  public static final int CIDOFOVIR_INDUCTION_TIMES_PER_WEEK = 1;

  /** Cidofovir maintenance: every 2 weeks, in hours (CDV-PI). */
  public static final int CIDOFOVIR_MAINTENANCE_INTERVAL_HOURS = 14 * 24;

  /** Cidofovir infusion time, minutes (CDV-PI). */
  public static final int CIDOFOVIR_INFUSION_MINUTES = 60;

  /** Cidofovir pre-hydration, 1 L normal saline over 1-2 h before each dose, mL (CDV-PI). */
  public static final int CIDOFOVIR_SALINE_ML = 1000;

  /** Cidofovir contraindicated above this serum creatinine, mg/dL (CDV-PI). */
  public static final double CIDOFOVIR_MAX_CREATININE_MG_DL = 1.5;

  /** Cidofovir contraindicated at or below this Cockcroft-Gault CrCl, mL/min (CDV-PI). */
  public static final double CIDOFOVIR_MIN_CRCL_EXCLUSIVE_ML_MIN = 55;

  /** Cidofovir contraindicated at or above this urine protein (2+), mg/dL (CDV-PI). */
  public static final double CIDOFOVIR_MAX_URINE_PROTEIN_EXCLUSIVE_MG_DL = 100;

  /** On therapy: a creatinine rise from this value reduces the dose to 3 mg/kg, mg/dL (CDV-PI). */
  public static final double CIDOFOVIR_REDUCE_RISE_MG_DL = 0.3;

  // Letermovir (LTV-PI, clinical basis §3.5).

  /** Letermovir prophylaxis, 480 mg once daily (LTV-PI §2.2). */
  public static final double LETERMOVIR_MG = 480;

  /** Letermovir prophylaxis with ciclosporin, 240 mg once daily (LTV-PI §2.3). */
  public static final double LETERMOVIR_WITH_CICLOSPORIN_MG = 240;

  // Maribavir (MBV-PI, clinical basis §3.5).

  /** Maribavir 400 mg twice daily (MBV-PI §2). */
  public static final double MARIBAVIR_MG = 400;

  /** Maribavir with carbamazepine, 800 mg twice daily (MBV-PI §2, §7). */
  public static final double MARIBAVIR_WITH_CARBAMAZEPINE_MG = 800;

  /** Maribavir with phenytoin or phenobarbital, 1200 mg twice daily (MBV-PI §2, §7). */
  public static final double MARIBAVIR_WITH_PHENYTOIN_OR_PHENOBARBITAL_MG = 1200;

  /** Maribavir interval, twice daily, hours (MBV-PI §2). */
  public static final int MARIBAVIR_INTERVAL_HOURS = 12;

  // Valganciclovir paediatric prophylaxis (VGC-PI §2.3, clinical basis §3.2).

  /** The factor of the paediatric formula, 7 (mg = 7 x BSA x CrCl; VGC-PI §2.3). */
  public static final double VGC_PAEDIATRIC_FACTOR = 7;

  /** The paediatric dose cap, 900 mg (VGC-PI §2.3). */
  public static final double VGC_PAEDIATRIC_MAX_MG = 900;

  /** The paediatric dose is rounded to the nearest 25 mg (VGC-PI §2.3). */
  public static final double VGC_PAEDIATRIC_STEP_MG = 25;

  // Ganciclovir and foscarnet administration.

  /** Valganciclovir oral solution on intermittent haemodialysis, treatment: 200 mg (KOTTON-2025). */
  public static final double VGC_SOLUTION_HD_TREATMENT_MG = 200;

  /** Valganciclovir oral solution on intermittent haemodialysis, maintenance: 100 mg (KOTTON-2025). */
  public static final double VGC_SOLUTION_HD_MAINTENANCE_MG = 100;

  /** Valganciclovir oral solution on haemodialysis: 3 times a week, after dialysis (KOTTON-2025). */
  public static final int VGC_SOLUTION_HD_TIMES_PER_WEEK = 3;

  /** Ganciclovir infusion time, 60 minutes, never bolus (GCV-PI, clinical basis §3.1). */
  public static final int GANCICLOVIR_INFUSION_MINUTES = 60;

  /** Foscarnet default infusion time, 120 minutes (SEED "over 2 hours", clinical basis §3.3). */
  public static final int FOSCARNET_DEFAULT_INFUSION_MINUTES = 120;

  /** Foscarnet maximum infusion rate, 1 mg/kg/min (FOS-PI). */
  public static final double FOSCARNET_MAX_RATE_MG_PER_KG_PER_MIN = 1;

  /** Foscarnet hydration with each infusion for 40-60 mg/kg, 500 mL (FOS-PI). */
  public static final int FOSCARNET_SALINE_LOW_ML = 500;

  /** Foscarnet hydration range for 90-120 mg/kg and before the first infusion, 750 mL (FOS-PI). */
  public static final int FOSCARNET_SALINE_HIGH_MIN_ML = 750;

  /** Foscarnet hydration range upper end, 1000 mL (FOS-PI). */
  public static final int FOSCARNET_SALINE_HIGH_MAX_ML = 1000;

  /**
   * Foscarnet doses above this get 750-1000 mL with each infusion, mg/kg (FOS-PI; clinical basis §3.3
   * Decision: doses above 60 mg/kg).
   */
  public static final double FOSCARNET_HIGH_HYDRATION_ABOVE_MG_PER_KG = 60;

  /** Foscarnet in a child only with eGFR at or above this, mL/min/1.73 m2 (clinical basis §3.3 Decision). */
  public static final double FOSCARNET_CHILD_MIN_EGFR = 90;
}
