package io.github.cmvrx.simulation.invariant;

import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.Set;

/**
 * The label maxima the dose invariants check against, each from the clinical basis. A maximum
 * is per administration (mg/kg for weight-based drugs, mg for fixed-dose drugs) and per day.
 */
public final class LabelMaxima {
  private LabelMaxima() {}

  /** Ganciclovir: 5 mg/kg per dose (clinical basis §3.1, GCV-PI). */
  public static final double GANCICLOVIR_MG_PER_KG = 5;

  /** Ganciclovir induction: 5 mg/kg q12h, 10 mg/kg a day (clinical basis §3.1). */
  public static final double GANCICLOVIR_INDUCTION_MG_PER_KG_DAY = 10;

  /** Ganciclovir maintenance: 5 mg/kg q24h (clinical basis §3.1). */
  public static final double GANCICLOVIR_MAINTENANCE_MG_PER_KG_DAY = 5;

  /** Valganciclovir: 900 mg per dose (clinical basis §3.2, VGC-PI). */
  public static final double VALGANCICLOVIR_MG = 900;

  /** Valganciclovir induction: 900 mg twice daily (clinical basis §3.2). */
  public static final double VALGANCICLOVIR_INDUCTION_MG_DAY = 1800;

  /** Valganciclovir maintenance: 900 mg once daily (clinical basis §3.2). */
  public static final double VALGANCICLOVIR_MAINTENANCE_MG_DAY = 900;

  /** Foscarnet "60 mg/kg q8h" induction: 60 mg/kg per dose (clinical basis §3.3, Table 13). */
  public static final double FOSCARNET_60Q8H_MG_PER_KG = 60;

  /** Foscarnet "90 mg/kg q12h" induction: 90 mg/kg per dose (clinical basis §3.3). */
  public static final double FOSCARNET_90Q12H_MG_PER_KG = 90;

  /** Foscarnet induction, either scheme: 180 mg/kg a day (60 q8h or 90 q12h, clinical basis §3.3). */
  public static final double FOSCARNET_INDUCTION_MG_PER_KG_DAY = 180;

  /** Foscarnet "90 mg/kg/day" maintenance: 90 mg/kg per dose and per day (clinical basis §3.3). */
  public static final double FOSCARNET_MAINT_90_MG_PER_KG = 90;

  /** Foscarnet "120 mg/kg/day" maintenance: 120 mg/kg per dose and per day (clinical basis §3.3). */
  public static final double FOSCARNET_MAINT_120_MG_PER_KG = 120;

  /** Cidofovir: 5 mg/kg per dose, at most once weekly (clinical basis §3.4, CDV-PI). */
  public static final double CIDOFOVIR_MG_PER_KG = 5;

  /** Cidofovir: one dose a week at most, so 5/7 mg/kg a day (clinical basis §3.4). */
  public static final double CIDOFOVIR_MG_PER_KG_DAY = CIDOFOVIR_MG_PER_KG / 7;

  /** Maribavir: 400 mg twice daily without inducers (clinical basis §3.5, MBV-PI). */
  public static final double MARIBAVIR_MG = 400;

  /** Maribavir with carbamazepine: 800 mg twice daily (clinical basis §3.5). */
  public static final double MARIBAVIR_CARBAMAZEPINE_MG = 800;

  /** Maribavir with phenytoin or phenobarbital: 1200 mg twice daily (clinical basis §3.5). */
  public static final double MARIBAVIR_PHENYTOIN_MG = 1200;

  /** Maribavir: twice daily (clinical basis §3.5). */
  public static final double MARIBAVIR_DOSES_PER_DAY = 2;

  /** Letermovir: 480 mg once daily (clinical basis §3.5, LTV-PI); never a treatment regimen. */
  public static final double LETERMOVIR_MG = 480;

  /** Foscarnet: never faster than 1 mg/kg/min (clinical basis §3.3, FOS-PI). */
  public static final double FOSCARNET_MAX_RATE_MG_PER_KG_MIN = 1;

  /**
   * Returns the most mg/kg per dose of a weight-based drug.
   *
   * @param drug the drug
   * @param phase the phase of the recommendation
   * @param policy the policy (foscarnet scheme)
   * @return the maximum, or NaN if the drug is not dosed per kg
   */
  public static double mgPerKgPerDose(Drug drug, RecommendationPhase phase, Policy policy) {
    return switch (drug) {
      case GANCICLOVIR -> GANCICLOVIR_MG_PER_KG;
      case CIDOFOVIR -> CIDOFOVIR_MG_PER_KG;
      case FOSCARNET -> phase == RecommendationPhase.INDUCTION
          ? (policy.foscarnetInduction() == FoscarnetInductionScheme.MG90_Q12H
              ? FOSCARNET_90Q12H_MG_PER_KG
              : FOSCARNET_60Q8H_MG_PER_KG)
          : (policy.foscarnetMaintenance() == FoscarnetMaintenanceScheme.MG120_PER_DAY
              ? FOSCARNET_MAINT_120_MG_PER_KG
              : FOSCARNET_MAINT_90_MG_PER_KG);
      default -> Double.NaN;
    };
  }

  /**
   * Returns the most mg/kg a day of a weight-based drug.
   *
   * @param drug the drug
   * @param phase the phase of the recommendation
   * @param policy the policy (foscarnet scheme)
   * @return the maximum, or NaN if the drug is not dosed per kg
   */
  public static double mgPerKgPerDay(Drug drug, RecommendationPhase phase, Policy policy) {
    boolean induction = phase == RecommendationPhase.INDUCTION;
    return switch (drug) {
      case GANCICLOVIR -> induction
          ? GANCICLOVIR_INDUCTION_MG_PER_KG_DAY
          : GANCICLOVIR_MAINTENANCE_MG_PER_KG_DAY;
      case CIDOFOVIR -> CIDOFOVIR_MG_PER_KG_DAY;
      case FOSCARNET -> induction
          ? FOSCARNET_INDUCTION_MG_PER_KG_DAY
          : mgPerKgPerDose(drug, phase, policy);
      default -> Double.NaN;
    };
  }

  /**
   * Returns the most mg per dose of a fixed-dose drug.
   *
   * @param drug the drug
   * @param inducers the strong inducers the patient takes (maribavir)
   * @return the maximum, or NaN if the drug is dosed per kg
   */
  public static double mgPerDose(Drug drug, Set<Inducer> inducers) {
    return switch (drug) {
      case VALGANCICLOVIR -> VALGANCICLOVIR_MG;
      case MARIBAVIR -> inducers.contains(Inducer.PHENYTOIN)
              || inducers.contains(Inducer.PHENOBARBITAL)
          ? MARIBAVIR_PHENYTOIN_MG
          : inducers.contains(Inducer.CARBAMAZEPINE) ? MARIBAVIR_CARBAMAZEPINE_MG : MARIBAVIR_MG;
      case LETERMOVIR -> LETERMOVIR_MG;
      default -> Double.NaN;
    };
  }

  /**
   * Returns the most mg a day of a fixed-dose drug.
   *
   * @param drug the drug
   * @param phase the phase of the recommendation
   * @param inducers the strong inducers the patient takes (maribavir)
   * @return the maximum, or NaN if the drug is dosed per kg
   */
  public static double mgPerDay(Drug drug, RecommendationPhase phase, Set<Inducer> inducers) {
    return switch (drug) {
      case VALGANCICLOVIR -> phase == RecommendationPhase.INDUCTION
          ? VALGANCICLOVIR_INDUCTION_MG_DAY
          : VALGANCICLOVIR_MAINTENANCE_MG_DAY;
      case MARIBAVIR -> mgPerDose(drug, inducers) * MARIBAVIR_DOSES_PER_DAY;
      case LETERMOVIR -> LETERMOVIR_MG;
      default -> Double.NaN;
    };
  }
}
