package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DoseFacts;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.rule.CutOffs;
import io.github.cmvrx.testing.CaseDraft;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The first-line drugs whose facts are gathered first (decision 1403), and the signal a decision
 * raises when it reads a drug whose facts were not gathered.
 */
class FirstLineFactsTest {

  @Test
  void nonCnsDisease_ganciclovirFamilyFirst() {
    Eligibility e = Eligibility.of(CaseDraft.adult().build(), CutOffs.defaults());
    assertThat(TreatmentDecider.drugsToAssessFirst(e))
        .containsExactlyInAnyOrder(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR);
  }

  @Test
  void cnsDisease_foscarnetToo_rulesOneAndTwoReadBoth() {
    Eligibility e = Eligibility.of(CaseDraft.adult().cns().build(), CutOffs.defaults());
    assertThat(TreatmentDecider.drugsToAssessFirst(e))
        .containsExactlyInAnyOrder(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET);
  }

  @Test
  void ganciclovirRuledOut_everyDrugToAssessAtOnce() {
    // ANC 400 /uL is below the GCV-PI §5.1 threshold of 500 /uL (clinical basis §3.1): the
    // ganciclovir family is ruled out, so there is no first line to try.
    PatientCase adult = CaseDraft.adult().build();
    PatientCase neutropenic =
        PatientCase.builder()
            .patient(adult.patient())
            .host(adult.host())
            .disease(adult.disease())
            .treatment(adult.treatment())
            .labs(Labs.builder().anc(CellCount.perMicrolitre(400)).build())
            .build();
    Eligibility e = Eligibility.of(neutropenic, CutOffs.defaults());
    assertThat(e.drugsToAssess()).doesNotContain(Drug.GANCICLOVIR).contains(Drug.FOSCARNET);
    assertThat(TreatmentDecider.drugsToAssessFirst(e)).isEqualTo(e.drugsToAssess());
  }

  @Test
  void firstLineSuffices_onlyWhenGanciclovirCanBeGiven() {
    Eligibility e = Eligibility.of(CaseDraft.adult().build(), CutOffs.defaults());
    var first = TreatmentDecider.drugsToAssessFirst(e);
    DoseFacts usable =
        DoseFacts.assess(new FakeDosing(), e.dosePhase(), first);
    DoseFacts excluded =
        DoseFacts.assess(
            new FakeDosing().exclude(Drug.GANCICLOVIR, "not this time"), e.dosePhase(), first);
    assertThat(TreatmentDecider.firstLineSuffices(usable, e)).isTrue();
    assertThat(TreatmentDecider.firstLineSuffices(excluded, e)).isFalse();
  }

  @Test
  void readingADrugNotGathered_raisesTheSignalNamingIt_untilItIsGathered() {
    FakeDosing dosing = new FakeDosing();
    Eligibility e = Eligibility.of(CaseDraft.adult().build(), CutOffs.defaults());
    DoseFacts first = DoseFacts.assess(dosing, e.dosePhase(), EnumSet.of(Drug.GANCICLOVIR));
    assertThatThrownBy(() -> first.dose(Drug.FOSCARNET))
        .isInstanceOfSatisfying(
            DoseFacts.NotGathered.class, x -> assertThat(x.drug()).isEqualTo(Drug.FOSCARNET))
        .hasMessageContaining("FOSCARNET");
    DoseFacts more = first.withAvailability(dosing, EnumSet.of(Drug.FOSCARNET));
    assertThat(more.dose(Drug.FOSCARNET)).isInstanceOf(DoseDecision.Available.class);
    assertThat(more.dose(Drug.GANCICLOVIR)).isSameAs(first.dose(Drug.GANCICLOVIR));
  }
}
