package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Patients whose kidney function is exactly on a band edge in decimal arithmetic but not in
 * binary floating point (docs/decisions/0209). Each expected band is the spec's ("lower edge
 * included", clinical basis §3.1; cidofovir "> 1.5 mg/dL", "<= 55 mL/min", 3.4), worked by hand.
 */
class BandEdgeArithmeticTest {

  private static DoseDecision gcvInduction(CaseDraft spec) {
    return CaseDosing.of(spec.build(), Policy.defaults()).dose(Drug.GANCICLOVIR, DosePhase.INDUCTION);
  }

  @Test
  void cockcroftGault_exactlySeventy_isInTheFullDoseBand() {
    // Man, 77 y, 88.8 kg, SCr 1.11: (140-77) x 88.8 / (72 x 1.11) = 5594.4 / 79.92 = 70
    // exactly; in double it computes as 69.99999999999999.
    CaseDraft spec = CaseDraft.unitCockcroftGault().sex(Sex.MALE).age(77).weight(88.8).scr(1.11);
    DoseDecision d = gcvInduction(spec);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    assertThat(((DoseDecision.Dosed) d).component().doseMgPerKg()).hasValue(5.0);
    assertThat(((DoseDecision.Dosed) d).component().intervalHours()).hasValue(12);
  }

  @Test
  void cockcroftGault_exactlySeventyForAWoman_isInTheFullDoseBand() {
    // Woman, 56 y, 72 kg, SCr 1.02: (140-56) x 72 / (72 x 1.02) x 0.85 = 84 x 0.85 / 1.02 = 70
    // exactly; in double it computes as 69.99999999999999.
    CaseDraft spec = CaseDraft.unitCockcroftGault().sex(Sex.FEMALE).age(56).weight(72).scr(1.02);
    DoseDecision d = gcvInduction(spec);
    assertThat(((DoseDecision.Dosed) d).component().doseMgPerKg()).hasValue(5.0);
  }

  @Test
  void cidofovir_creatinineExactly1point5InUmolPerL_isNotAbove1point5() {
    // 132.6 umol/L / 88.4 = 1.5 mg/dL exactly: not "> 1.5", so not a contraindication by
    // creatinine. Man, 30 y, 100 kg: CrCl = 110 x 100 / (72 x 1.5) = 101.9 mL/min > 55.
    CaseDraft spec =
        CaseDraft.unitCockcroftGault()
            .age(30)
            .weight(100)
            .scr(SerumCreatinine.umolPerL(132.6))
            .urineProtein(Optional.of(10.0))
            .nephrotoxic(Optional.of(false));
    DoseDecision d =
        CaseDosing.of(spec.build(), Policy.defaults()).dose(Drug.CIDOFOVIR, DosePhase.INDUCTION);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
  }

  @Test
  void cidofovir_creatinineRiseExactly0point3_reducesTo3MgPerKg() {
    // 1.4 - 1.1 = 0.3 mg/dL exactly (0.2999999999999998 in double): "rise 0.3-0.4: reduce to
    // 3 mg/kg" (CDV-PI). Man, 30 y, 100 kg, SCr 1.4: CrCl = 110 x 100 / (72 x 1.4) = 109 > 55.
    CaseDraft spec =
        CaseDraft.unitCockcroftGault()
            .age(30)
            .weight(100)
            .scr(1.4)
            .baselineScr(1.1)
            .urineProtein(Optional.of(10.0))
            .nephrotoxic(Optional.of(false));
    DoseDecision d =
        CaseDosing.of(spec.build(), Policy.defaults()).dose(Drug.CIDOFOVIR, DosePhase.INDUCTION);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    assertThat(((DoseDecision.Dosed) d).component().doseMgPerKg()).hasValue(3.0);
  }
}
