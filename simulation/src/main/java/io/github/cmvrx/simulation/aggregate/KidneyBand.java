package io.github.cmvrx.simulation.aggregate;

import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.rule.ClinicalThresholds;

/**
 * The kidney band of a case, for grouping results: kidney replacement modality, children
 * (no Cockcroft-Gault under 18), or the ganciclovir label's Cockcroft-Gault band on actual
 * weight (clinical basis §3.1; half-open, lower edge included).
 */
public enum KidneyBand {
  /** Intermittent haemodialysis. */
  INTERMITTENT_HEMODIALYSIS,
  /** Continuous renal replacement. */
  CONTINUOUS_RENAL_REPLACEMENT,
  /** Peritoneal dialysis. */
  PERITONEAL_DIALYSIS,
  /** Under 18: kidney function by Schwartz. */
  PAEDIATRIC,
  /** CrCl &gt;= 70 mL/min. */
  CRCL_70_PLUS,
  /** CrCl 50 to under 70. */
  CRCL_50_70,
  /** CrCl 25 to under 50. */
  CRCL_25_50,
  /** CrCl 10 to under 25. */
  CRCL_10_25,
  /** CrCl under 10. */
  CRCL_BELOW_10;

  private static final KidneyBand[] ALL = values();

  /** The ganciclovir band edges, mL/min (clinical basis §3.1). */
  private static final double[] EDGES = {70, 50, 25, 10};

  /**
   * Returns the band of a case.
   *
   * @param c the case
   * @return the band
   */
  public static KidneyBand of(PatientCase c) {
    Patient p = c.patient();
    switch (p.renalReplacement()) {
      case INTERMITTENT_HEMODIALYSIS:
        return INTERMITTENT_HEMODIALYSIS;
      case CONTINUOUS_RENAL_REPLACEMENT:
        return CONTINUOUS_RENAL_REPLACEMENT;
      case PERITONEAL_DIALYSIS:
        return PERITONEAL_DIALYSIS;
      default:
        break;
    }
    if (p.age().years() < ClinicalThresholds.ADULT_AGE_YEARS) {
      return PAEDIATRIC;
    }
    double crcl =
        io.github.cmvrx.dosing.renal.CockcroftGault.creatinineClearance(
                p.age(), p.sex(), p.weight(), p.serumCreatinine().orElseThrow())
            .mlPerMin();
    for (int i = 0; i < EDGES.length; i++) {
      if (crcl >= EDGES[i]) {
        return ALL[CRCL_70_PLUS.ordinal() + i];
      }
    }
    return CRCL_BELOW_10;
  }

  /**
   * Returns the band with the given ordinal.
   *
   * @param ordinal the ordinal
   * @return the band
   */
  public static KidneyBand byOrdinal(int ordinal) {
    return ALL[ordinal];
  }
}
