package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import org.junit.jupiter.api.Test;

/**
 * The instructions of a valganciclovir dose from a label table are made once per number of
 * tablets and shared between doses: equal to those made anew, and stating the tablets as the label
 * does (900 mg = 2 x 450 mg tablets, 450 mg = 1 tablet).
 */
class ValganciclovirTextsTest {

  private static RegimenComponent valganciclovir(double crcl, DosePhase phase) {
    DoseDecision d =
        CaseDosing.of(CaseDraft.unitCockcroftGault().weight(crcl).build(), Policy.defaults())
            .dose(Drug.VALGANCICLOVIR, phase);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    return ((DoseDecision.Dosed) d).component();
  }

  /** Induction, CrCl 60 and 80 mL/min: both 900 mg twice daily, the same instructions. */
  @Test
  void twoDosesOfTwoTablets_shareTheirInstructions() {
    RegimenComponent a = valganciclovir(60, DosePhase.INDUCTION);
    RegimenComponent b = valganciclovir(80, DosePhase.INDUCTION);

    assertThat(a.dose().value()).isEqualTo(900.0);
    assertThat(a.instructionMessages()).isSameAs(b.instructionMessages());
    assertThat(a.instructions())
        .containsExactly("2 x 450 mg tablets per dose", "take with food (VGC-PI)");
  }

  /** Maintenance, CrCl 50 mL/min: 450 mg once daily, one tablet. */
  @Test
  void oneTablet_statedInTheSingular() {
    RegimenComponent c = valganciclovir(50, DosePhase.MAINTENANCE);

    assertThat(c.dose().value()).isEqualTo(450.0);
    assertThat(c.instructions())
        .containsExactly("1 x 450 mg tablet per dose", "take with food (VGC-PI)");
    assertThat(c.instructionMessages())
        .isEqualTo(
            DoseContext.instructions(
                Message.of(MessageKey.TABLETS_PER_DOSE, DoseContext.tabletText(450, 450)),
                Message.of(MessageKey.VGC_TAKE_WITH_FOOD),
                null));
  }
}
