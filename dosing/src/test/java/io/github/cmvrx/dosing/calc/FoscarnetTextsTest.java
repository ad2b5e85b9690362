package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import org.junit.jupiter.api.Test;

/**
 * The instructions of a foscarnet dose from a label table are the same for every dose: made once,
 * shared, and stating the saline before the first infusion and the maximum rate (FOS-PI).
 */
class FoscarnetTextsTest {

  private static RegimenComponent foscarnet(double weightKg, DosePhase phase) {
    DoseDecision d =
        CaseDosing.of(CaseDraft.unitCockcroftGault().weight(weightKg).build(), Policy.defaults())
            .dose(Drug.FOSCARNET, phase);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    return ((DoseDecision.Dosed) d).component();
  }

  @Test
  void twoDoses_shareTheirInstructions() {
    RegimenComponent induction = foscarnet(70, DosePhase.INDUCTION);
    RegimenComponent maintenance = foscarnet(55, DosePhase.MAINTENANCE);

    assertThat(induction.instructionMessages()).isSameAs(maintenance.instructionMessages());
    assertThat(induction.instructions())
        .containsExactly(
            "750-1000 mL normal saline before the first infusion (FOS-PI)",
            "infuse no faster than 1 mg/kg/min (FOS-PI)");
  }
}
