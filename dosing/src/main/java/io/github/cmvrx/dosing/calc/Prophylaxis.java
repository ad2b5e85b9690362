package io.github.cmvrx.dosing.calc;

import static java.util.Objects.requireNonNull;

import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.dosing.renal.Schwartz;
import io.github.cmvrx.dosing.table.FixedDoses;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prophylaxis dose functions (clinical basis §3.2 and §3.5). They exist for callers that dose
 * prophylaxis; the treatment engine never recommends prophylaxis.
 */
public final class Prophylaxis {
  private Prophylaxis() {}

  /**
   * Returns the letermovir prophylaxis dose, once daily orally or IV: 480 mg, or 240 mg with
   * ciclosporin (LTV-PI §2.2-2.3).
   *
   * @param withCiclosporin whether the patient takes ciclosporin
   * @return the dose
   */
  public static Milligrams letermovir(boolean withCiclosporin) {
    return Milligrams.of(
        withCiclosporin ? FixedDoses.LETERMOVIR_WITH_CICLOSPORIN_MG : FixedDoses.LETERMOVIR_MG);
  }

  /**
   * Returns the valganciclovir paediatric prophylaxis dose {@code 7 x BSA x CrCl}, with the
   * label-Schwartz CrCl capped at 150, the dose capped at 900 mg and rounded to the nearest 25 mg
   * (VGC-PI §2.3).
   *
   * @param bodySurfaceArea the Mosteller body surface area
   * @param labelSchwartz the label Schwartz clearance ({@link Schwartz#label})
   * @return the once-daily dose, 0 to 900 mg in steps of 25 mg
   */
  public static Milligrams valganciclovirPaediatric(
      BodySurfaceArea bodySurfaceArea, CreatinineClearance labelSchwartz) {
    requireNonNull(bodySurfaceArea, "bodySurfaceArea");
    requireNonNull(labelSchwartz, "labelSchwartz");
    double crcl = Math.min(labelSchwartz.mlPerMin(), Schwartz.LABEL_CAP);
    double mg = FixedDoses.VGC_PAEDIATRIC_FACTOR * bodySurfaceArea.squareMetres() * crcl;
    BigDecimal step = BigDecimal.valueOf(FixedDoses.VGC_PAEDIATRIC_STEP_MG);
    double rounded =
        BigDecimal.valueOf(mg).divide(step, 0, RoundingMode.HALF_UP).multiply(step).doubleValue();
    return Milligrams.of(Math.min(rounded, FixedDoses.VGC_PAEDIATRIC_MAX_MG));
  }
}
