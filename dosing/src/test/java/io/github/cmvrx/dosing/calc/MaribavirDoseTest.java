package io.github.cmvrx.dosing.calc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.testing.CaseDraft;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A maribavir dose depends on the strong inducers alone (clinical basis §3.5.2, MBV-PI §2.2):
 * 400 mg twice daily, 800 mg with carbamazepine, 1200 mg with phenytoin or phenobarbital, in 200
 * mg tablets; no renal or weight adjustment. So the dose of one inducer is one value, shared by
 * every patient and phase, with the same rationale and alert.
 */
class MaribavirDoseTest {

  private static DoseDecision.Dosed dose(CaseDraft draft, DosePhase phase) {
    DoseDecision d =
        CaseDosing.of(draft.build(), Policy.defaults()).dose(Drug.MARIBAVIR, phase);
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    return (DoseDecision.Dosed) d;
  }

  @Test
  void twoPatients_withoutInducer_shareOneDose_400mgTwiceDaily() {
    DoseDecision.Dosed a = dose(CaseDraft.unitCockcroftGault(), DosePhase.INDUCTION);
    DoseDecision.Dosed b =
        dose(CaseDraft.adult().weight(95).scr(2.4), DosePhase.MAINTENANCE);

    assertThat(b).isSameAs(a);
    assertThat(a.component().dose().value()).isEqualTo(400.0);
    assertThat(a.component().intervalHours().getAsInt()).isEqualTo(12);
    assertThat(a.rationale())
        .extracting(RationaleEntry::text)
        .containsExactly("400 mg twice daily (2 x 200 mg tablets)");
    assertThat(a.alerts()).hasSize(1);
    assertThat(a.alerts().get(0).code()).isEqualTo("maribavir_immunosuppressant_levels");
  }

  @Test
  void phenytoinAndCarbamazepine_givesThePhenytoinDose_sharedWithPhenytoinAlone() {
    DoseDecision.Dosed both =
        dose(
            CaseDraft.unitCockcroftGault()
                .inducers(Set.of(Inducer.PHENYTOIN, Inducer.CARBAMAZEPINE)),
            DosePhase.INDUCTION);
    DoseDecision.Dosed alone =
        dose(CaseDraft.adult().inducers(Set.of(Inducer.PHENYTOIN)), DosePhase.MAINTENANCE);

    assertThat(both).isSameAs(alone);
    // 1200 mg is 6 tablets of 200 mg.
    assertThat(both.component().dose().value()).isEqualTo(1200.0);
    assertThat(both.component().instructionMessages()).hasSize(3);
  }

  @Test
  void carbamazepine_800mg_notThePhenobarbitalDose() {
    DoseDecision.Dosed carbamazepine =
        dose(CaseDraft.adult().inducers(Set.of(Inducer.CARBAMAZEPINE)), DosePhase.INDUCTION);
    DoseDecision.Dosed phenobarbital =
        dose(CaseDraft.adult().inducers(Set.of(Inducer.PHENOBARBITAL)), DosePhase.INDUCTION);

    assertThat(carbamazepine.component().dose().value()).isEqualTo(800.0);
    assertThat(phenobarbital.component().dose().value()).isEqualTo(1200.0);
    // Same amount as with phenytoin, but the rationale and instruction name phenobarbital.
    assertThat(phenobarbital)
        .isNotEqualTo(
            dose(CaseDraft.adult().inducers(Set.of(Inducer.PHENYTOIN)), DosePhase.INDUCTION));
  }
}
