package io.github.cmvrx.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Hand-computed checks of the typical values (working in the comments). */
class WorkedExampleTest {

  private static final PopulationModel MODEL = PopulationModel.CALDES_2009;

  @Test
  void ganciclovir350MgIvQ12hAtCrcl57() {
    // CL = 7.49 x 57/57 = 7.49 L/h (CALDES-2009); daily dose 2 x 350 = 700 mg; F = 1 (IV)
    // AUC24 = 700 / 7.49 = 93.458 mg.h/L
    Exposure e = SteadyState.infusion(MODEL.typical(57), 350, 12, 1);
    assertThat(e.auc24MgHPerL()).isCloseTo(93.458, within(0.001));
    assertThat(e.cmaxMgPerL()).isGreaterThan(e.cminMgPerL());
  }

  @Test
  void clearanceIsLinearInCreatinineClearance() {
    // CL = 7.49 x CrCl / 57: at 28.5 mL/min half of 7.49 = 3.745 L/h; at 100: 13.140 L/h
    assertThat(MODEL.typicalClearanceLPerH(28.5)).isCloseTo(3.745, within(1e-9));
    assertThat(MODEL.typicalClearanceLPerH(100)).isCloseTo(13.1404, within(1e-4));
  }

  @Test
  void valganciclovir900MgQ12hAtCrcl57() {
    // ganciclovir equivalent 900 x 0.720 = 648 mg per dose, 1296 mg a day; F 0.825 applies to it
    // AUC24 = 1296 x 0.825 / 7.49 = 1069.2 / 7.49 = 142.75 mg.h/L
    double ganciclovirMg = 900 * MODEL.ganciclovirPerValganciclovir();
    Exposure e = SteadyState.oral(MODEL.typical(57), ganciclovirMg, 12);
    assertThat(e.auc24MgHPerL()).isCloseTo(142.75, within(0.01));
  }

  @Test
  void ganciclovir2point5MgPerKgQ24hAtCrcl30For70Kg() {
    // 175 mg q24h; CL = 7.49 x 30/57 = 3.9421 L/h; AUC24 = 175 / 3.9421 = 44.39 mg.h/L
    Exposure e = SteadyState.infusion(MODEL.typical(30), 175, 24, 1);
    assertThat(e.auc24MgHPerL()).isCloseTo(44.39, within(0.01));
  }

  @Test
  void constantInfusionHasNoPeakOrTrough() {
    // infusion as long as the interval: a constant rate D/tau, so C = (D/tau) / CL throughout
    // 350 mg over 12 h at CL 7.49 L/h: 29.1667 / 7.49 = 3.894 mg/L
    Exposure e = SteadyState.infusion(MODEL.typical(57), 350, 12, 12);
    assertThat(e.cmaxMgPerL()).isCloseTo(3.894, within(0.001));
    assertThat(e.cminMgPerL()).isCloseTo(3.894, within(0.001));
  }

  @Test
  void profileFunctionsMatchTheSummaries() {
    PkParameters p = MODEL.typical(57);
    Exposure iv = SteadyState.infusion(p, 350, 12, 1);
    assertThat(SteadyState.infusionConcentration(p, 350, 12, 1, 1.0))
        .isCloseTo(iv.cmaxMgPerL(), within(1e-12));
    assertThat(SteadyState.infusionConcentration(p, 350, 12, 1, 0.0))
        .isCloseTo(iv.cminMgPerL(), within(1e-12));
    assertThat(SteadyState.infusionConcentration(p, 350, 12, 1, 12.0))
        .isCloseTo(iv.cminMgPerL(), within(1e-12));
    Exposure oral = SteadyState.oral(p, 648, 12);
    // the trough is at the end of the lag (0.382 h), where absorption of the new dose begins
    assertThat(SteadyState.oralConcentration(p, 648, 12, 0.382))
        .isCloseTo(oral.cminMgPerL(), within(1e-12));
    double highest = 0;
    for (int k = 0; k <= 12_000; k++) {
      highest = Math.max(highest, SteadyState.oralConcentration(p, 648, 12, k * 0.001));
    }
    assertThat(oral.cmaxMgPerL()).isCloseTo(highest, within(1e-6)).isGreaterThanOrEqualTo(highest);
  }
}
