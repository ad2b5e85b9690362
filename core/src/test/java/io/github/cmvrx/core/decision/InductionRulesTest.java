package io.github.cmvrx.core.decision;

import static io.github.cmvrx.core.decision.Recs.alert;
import static io.github.cmvrx.core.decision.Recs.alertCodes;
import static io.github.cmvrx.core.decision.Recs.decide;
import static io.github.cmvrx.core.decision.Recs.drugs;
import static io.github.cmvrx.core.decision.Recs.excluded;
import static io.github.cmvrx.core.decision.Recs.rules;
import static io.github.cmvrx.core.decision.Recs.why;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * Induction rules 1 to 7 of clinical basis §4: the rationale each rule records, the
 * remaining days after an IV-to-oral switch, and which dose decisions (their alerts and
 * rationale) reach the recommendation: those of the drugs given and of the drugs ruled out by
 * the dosing, never those of a drug that is usable but not chosen (docs/decisions/0006).
 */
class InductionRulesTest {

  private static CaseDraft ivToOral(int daysIv) {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = daysIv;
    d.improving = true;
    return d;
  }

  private static CaseDraft thirdLine(HostCategory host) {
    CaseDraft d = CaseDraft.adult();
    d.host = host;
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
    return d;
  }

  // Rule 1.

  @Test
  void choose_cnsCombination_rationaleNamesBothDrugsFor21Days() {
    Recommendation r = decide(CaseDraft.adult().cns());
    assertThat(why(r, RuleId.REG_CNS_COMBINATION).orElseThrow())
        .contains("ganciclovir ", " plus foscarnet ")
        .contains("21 days");
  }

  @Test
  void choose_cnsCombination_bothDrugsDoseNotesReachTheRecommendation() {
    Recommendation r = decide(CaseDraft.adult().cns(), new FakeDosing().withNotes());
    assertThat(alertCodes(r))
        .contains(FakeDosing.noteCode(Drug.GANCICLOVIR), FakeDosing.noteCode(Drug.FOSCARNET));
    assertThat(rules(r))
        .contains(FakeDosing.noteRule(Drug.GANCICLOVIR), FakeDosing.noteRule(Drug.FOSCARNET));
  }

  // Rules 3 and 4.

  @Test
  void choose_severeNonCns_ganciclovirNoteCarriedButUnusedValganciclovirNoteNot() {
    Recommendation r = decide(CaseDraft.adult(), new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.GANCICLOVIR));
    assertThat(alertCodes(r)).doesNotContain(FakeDosing.noteCode(Drug.VALGANCICLOVIR));
    assertThat(rules(r)).doesNotContain(FakeDosing.noteRule(Drug.VALGANCICLOVIR));
    assertThat(excluded(r, Drug.VALGANCICLOVIR)).isEmpty();
  }

  @Test
  void choose_mildModerateOral_valganciclovirNoteCarried() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    Recommendation r = decide(d, new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.VALGANCICLOVIR));
    assertThat(why(r, RuleId.REG_NONCNS_ORAL).orElseThrow()).contains("valganciclovir");
  }

  // Rule 5: switch after at least 3 days of IV, to complete the planned 21 days (decision 0002).

  @Test
  void choose_ivToOralAfter20Days_valganciclovirForTheRemainingDay() {
    Recommendation r = decide(ivToOral(20), new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).hasValue(1);
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.VALGANCICLOVIR));
    assertThat(why(r, RuleId.REG_IV_TO_ORAL).orElseThrow()).contains("after 20 days");
  }

  @Test
  void choose_ivToOralAfter21Days_noPlannedDaysLeft_openEnded() {
    Recommendation r = decide(ivToOral(21));
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).isEmpty();
  }

  @Test
  void choose_ivToOralAfter3Days_18DaysLeft() {
    Recommendation r = decide(ivToOral(3));
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).hasValue(18);
  }

  // Rule 6.

  @Test
  void choose_ganciclovirCytopenia_foscarnetWithGcvAlternativeRationale() {
    CaseDraft d = CaseDraft.adult();
    d.anc = 400;
    Recommendation r = decide(d, new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(rules(r)).contains(RuleId.REG_GCV_ALTERNATIVE);
    assertThat(why(r, RuleId.REG_GCV_ALTERNATIVE).orElseThrow()).contains("foscarnet");
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.FOSCARNET));
  }

  // Rule 7.

  @Test
  void choose_thirdLineMaribavir_doseNoteCarriedAndContraindicatedCidofovirListed() {
    CaseDraft d = thirdLine(HostCategory.HSCT);
    d.refractory = true;
    Recommendation r =
        decide(d, new FakeDosing().withNotes().exclude(Drug.CIDOFOVIR, "CrCl <= 55"));
    assertThat(drugs(r)).containsExactly(Drug.MARIBAVIR);
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.MARIBAVIR));
    assertThat(excluded(r, Drug.CIDOFOVIR).orElseThrow().reason()).isEqualTo("CrCl <= 55");
    assertThat(why(r, RuleId.REG_THIRD_LINE).orElseThrow()).contains("maribavir");
  }

  @Test
  void choose_thirdLineCidofovir_warningDoseNoteAndRationale() {
    // Transplant and resistant, but resistant to maribavir too: cidofovir is the third line.
    CaseDraft d = thirdLine(HostCategory.SOLID_ORGAN_TRANSPLANT);
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.MARIBAVIR);
    Recommendation r = decide(d, new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.CIDOFOVIR);
    assertThat(r.regimen().get(0).durationDays()).hasValue(14);
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.CIDOFOVIR));
    assertThat(why(r, RuleId.REG_THIRD_LINE).orElseThrow()).contains("cidofovir");
    assertThat(alert(r, "cidofovir_third_line").orElseThrow().severity())
        .isEqualTo(AlertSeverity.WARNING);
    assertThat(excluded(r, Drug.MARIBAVIR).orElseThrow().ruleId()).isEqualTo(RuleId.REG_REFRACTORY);
  }

  // Clinical basis §3.1 and rule 9: a dose that is not computable carries its critical alert.

  @Test
  void choose_ganciclovirNotComputable_itsCriticalAlertReachesTheRecommendation() {
    Recommendation r =
        decide(CaseDraft.adult(), new FakeDosing().withNotes().notComputable(Drug.GANCICLOVIR));
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(alert(r, FakeDosing.noteCode(Drug.GANCICLOVIR)).orElseThrow().severity())
        .isEqualTo(AlertSeverity.CRITICAL);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.DOSE_NO_LABEL_DOSE);
  }

  @Test
  void choose_ganciclovirRuledOutByIntolerance_itsDoseIsNotConsulted() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().withNotes().notComputable(Drug.GANCICLOVIR));
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_GCV_ALTERNATIVE);
    assertThat(alertCodes(r)).doesNotContain(FakeDosing.noteCode(Drug.GANCICLOVIR));
  }
}
