package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.testing.CaseDraft;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The per-case facts the eligibility works out once and the rules read: whether oral
 * valganciclovir may be considered (clinical basis §4.4 and §4.5: able to take oral drugs, as
 * stated, absorption not impaired, no dialysis or continuous renal replacement), and the drugs no
 * decision rule rules out (letermovir never a treatment, §3.5.1; maribavir only for refractory or
 * resistant disease outside the CNS, §3.5.2; cidofovir never in CNS disease and stopped by a
 * creatinine rise of 0.5 mg/dL, §3.4). The plain adult of {@link CaseDraft#adult}: 50 years,
 * solid organ transplant, severe pneumonitis, not refractory, no resistance.
 */
class EligibilityKeptFactsTest {

  private static Eligibility of(CaseDraft d) {
    return Eligibility.of(d.build(), CutOffs.defaults());
  }

  private static CaseDraft oralAdult() {
    CaseDraft d = CaseDraft.adult();
    d.canTakeOral = true;
    d.giImpaired = false;
    return d;
  }

  @Test
  void oralPossible_statedAbleAbsorbingNoDialysis_true() {
    assertThat(of(oralAdult()).oralPossible()).isTrue();
  }

  @Test
  void oralPossible_abilityNotStated_false() {
    // Stated, not assumed: unknown ability to take oral drugs is not ability.
    CaseDraft d = oralAdult();
    d.canTakeOral = null;
    assertThat(of(d).oralPossible()).isFalse();
  }

  @Test
  void oralPossible_unableToTakeOral_false() {
    CaseDraft d = oralAdult();
    d.canTakeOral = false;
    assertThat(of(d).oralPossible()).isFalse();
  }

  @Test
  void oralPossible_absorptionImpaired_false() {
    CaseDraft d = oralAdult();
    d.giImpaired = true;
    assertThat(of(d).oralPossible()).isFalse();
  }

  @Test
  void oralPossible_onDialysisOrContinuousReplacement_false() {
    for (RenalReplacement r :
        new RenalReplacement[] {
          RenalReplacement.INTERMITTENT_HEMODIALYSIS,
          RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT,
          RenalReplacement.PERITONEAL_DIALYSIS
        }) {
      CaseDraft d = oralAdult();
      d.renal = r;
      assertThat(of(d).oralPossible()).as(r.name()).isFalse();
    }
  }

  @Test
  void drugsToAssess_plainAdult_allButLetermovirAndMaribavir() {
    Eligibility e = of(CaseDraft.adult());
    assertThat(e.drugsToAssess())
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.of(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR));
    assertThat(DrugSet.of(e.drugsToAssessMask())).isEqualTo(e.drugsToAssess());
  }

  @Test
  void drugsToAssess_cnsDisease_noCidofovir() {
    Eligibility e = of(CaseDraft.adult().sites(DiseaseSite.ENCEPHALITIS));
    assertThat(e.drugsToAssess())
        .containsExactlyInAnyOrder(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET);
  }

  @Test
  void drugsToAssess_creatinineRiseOfSixTenths_cidofovirStopped() {
    // Serum creatinine 1.0 over a baseline of 0.4 mg/dL: a rise of 0.6, at least 0.5.
    CaseDraft d = CaseDraft.adult();
    d.baselineScrMgDl = 0.4;
    Eligibility e = of(d);
    assertThat(e.drugsToAssess())
        .containsExactlyInAnyOrder(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET);
    assertThat(e.rulesOut(Drug.CIDOFOVIR)).isTrue();
  }

  @Test
  void drugsToAssess_refractoryAfterTransplant_maribavirNotGanciclovir() {
    // Refractory disease is ganciclovir failure (§4.8); maribavir is then indicated (§3.5.2).
    CaseDraft d = CaseDraft.adult();
    d.refractory = true;
    assertThat(of(d).drugsToAssess())
        .containsExactlyInAnyOrder(Drug.FOSCARNET, Drug.CIDOFOVIR, Drug.MARIBAVIR);
  }
}
