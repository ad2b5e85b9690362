package io.github.cmvrx.core.decision;

import io.github.cmvrx.core.rule.CutOff;
import io.github.cmvrx.core.rule.CutOffs;
import static io.github.cmvrx.core.decision.Recs.alert;
import static io.github.cmvrx.core.decision.Recs.alertCodes;
import static io.github.cmvrx.core.decision.Recs.decide;
import static io.github.cmvrx.core.decision.Recs.drugs;
import static io.github.cmvrx.core.decision.Recs.excludedDrugs;
import static io.github.cmvrx.core.decision.Recs.why;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.rule.RuleId;
import org.junit.jupiter.api.Test;

/**
 * Clinical basis §5: the maintenance regimen (PHASE-MAINTENANCE), the HIV stopping and
 * lifelong rules with the edges of docs/decisions/0007, and what happens when the three
 * maintenance drugs are all ruled out (rules 7 and 9 of section 4).
 */
class MaintenanceRulesTest {

  private static CaseDraft maintenance() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    return d;
  }

  private static Host hiv(double cd4, boolean onArt, boolean suppressed, double months) {
    return Host.builder()
        .category(HostCategory.HIV)
        .cd4(CellCount.perMicrolitre(cd4))
        .onAntiretroviralTherapy(onArt)
        .hivRnaSuppressed(suppressed)
        .monthsCd4Above100(months)
        .build();
  }

  // PHASE-HIV-STOP, decision 0007: every criterion known and met; >= 6 stop, 3 to < 6 consider.

  @Test
  void hivStop_allCriteriaForSixMonths_stop() {
    assertThat(MaintenanceRules.hivStop(hiv(150, true, true, 6), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.STOP);
  }

  @Test
  void hivStop_threeToUnderSixMonths_consider() {
    assertThat(MaintenanceRules.hivStop(hiv(150, true, true, 3), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONSIDER);
    assertThat(MaintenanceRules.hivStop(hiv(150, true, true, 5.9), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONSIDER);
  }

  @Test
  void hivStop_underThreeMonths_continue() {
    assertThat(MaintenanceRules.hivStop(hiv(150, true, true, 2.9), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONTINUE);
  }

  @Test
  void hivStop_anyCriterionNotMet_continue() {
    assertThat(MaintenanceRules.hivStop(hiv(100, true, true, 12), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONTINUE);
    assertThat(MaintenanceRules.hivStop(hiv(150, false, true, 12), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONTINUE);
    assertThat(MaintenanceRules.hivStop(hiv(150, true, false, 12), CutOffs.defaults()))
        .isEqualTo(MaintenanceRules.HivStop.CONTINUE);
  }

  @Test
  void hivStop_criterionUnknown_continue() {
    Host noMonths =
        Host.builder()
            .category(HostCategory.HIV)
            .cd4(CellCount.perMicrolitre(150))
            .onAntiretroviralTherapy(true)
            .hivRnaSuppressed(true)
            .build();
    Host noCd4 =
        Host.builder()
            .category(HostCategory.HIV)
            .onAntiretroviralTherapy(true)
            .hivRnaSuppressed(true)
            .monthsCd4Above100(12)
            .build();
    assertThat(MaintenanceRules.hivStop(noMonths, CutOffs.defaults())).isEqualTo(MaintenanceRules.HivStop.CONTINUE);
    assertThat(MaintenanceRules.hivStop(noCd4, CutOffs.defaults())).isEqualTo(MaintenanceRules.HivStop.CONTINUE);
  }

  @Test
  void hivStop_notHiv_continueEvenWithEveryHivField() {
    Host transplant =
        Host.builder()
            .category(HostCategory.SOLID_ORGAN_TRANSPLANT)
            .cd4(CellCount.perMicrolitre(500))
            .onAntiretroviralTherapy(true)
            .hivRnaSuppressed(true)
            .monthsCd4Above100(12)
            .build();
    assertThat(MaintenanceRules.hivStop(transplant, CutOffs.defaults())).isEqualTo(MaintenanceRules.HivStop.CONTINUE);
  }

  // PHASE-HIV-LIFELONG: CD4 < 50.

  @Test
  void choose_hivCd4Below50_lifelongInfo_at50_none() {
    CaseDraft d = maintenance();
    d.host = HostCategory.HIV;
    d.cd4 = 49.0;
    assertThat(alert(decide(d), "hiv_lifelong_maintenance").orElseThrow().ruleId())
        .isEqualTo(RuleId.PHASE_HIV_LIFELONG);
    d.cd4 = 50.0;
    assertThat(alert(decide(d), "hiv_lifelong_maintenance")).isEmpty();
  }

  // PHASE-TRANSPLANT-SECONDARY.

  @Test
  void choose_transplant_secondaryProphylaxisInfo_hivNone() {
    Recommendation transplant = decide(maintenance());
    assertThat(alert(transplant, "transplant_secondary_prophylaxis").orElseThrow().severity())
        .isEqualTo(AlertSeverity.INFO);
    CaseDraft d = maintenance();
    d.host = HostCategory.HIV;
    assertThat(alert(decide(d), "transplant_secondary_prophylaxis")).isEmpty();
  }

  // PHASE-MAINTENANCE.

  @Test
  void choose_oralNotPossible_ganciclovirWithMaintenanceRationaleAndDoseNote() {
    CaseDraft d = maintenance();
    d.canTakeOral = false;
    Recommendation r = decide(d, new FakeDosing().withNotes());
    assertThat(r.phase()).contains(RecommendationPhase.MAINTENANCE);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).isEmpty();
    assertThat(why(r, RuleId.PHASE_MAINTENANCE).orElseThrow()).contains("ganciclovir 100 mg IV once daily");
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.GANCICLOVIR));
    assertThat(alertCodes(r)).doesNotContain(FakeDosing.noteCode(Drug.VALGANCICLOVIR));
  }

  @Test
  void choose_ganciclovirIntolerance_foscarnetWithBothGanciclovirsExcluded() {
    CaseDraft d = maintenance();
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().withNotes());
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(excludedDrugs(r)).contains(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR);
    assertThat(why(r, RuleId.PHASE_MAINTENANCE).orElseThrow()).contains("foscarnet");
    assertThat(alertCodes(r)).contains(FakeDosing.noteCode(Drug.FOSCARNET));
  }

  @Test
  void choose_nonCnsAllThreeRuledOut_thirdLineCidofovirOpenEnded() {
    CaseDraft d = maintenance();
    d.host = HostCategory.IMMUNOCOMPETENT;
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().exclude(Drug.FOSCARNET, "CrCl < 0.4"));
    assertThat(drugs(r)).containsExactly(Drug.CIDOFOVIR);
    assertThat(r.regimen().get(0).durationDays()).isEmpty();
    assertThat(excludedDrugs(r))
        .contains(Drug.GANCICLOVIR, Drug.VALGANCICLOVIR, Drug.FOSCARNET, Drug.MARIBAVIR);
  }

  @Test
  void choose_cnsAllThreeRuledOut_noSafeRegimenNeverCidofovirOrMaribavir() {
    CaseDraft d = maintenance().cns();
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().exclude(Drug.FOSCARNET, "CrCl < 0.4"));
    assertThat(r.regimen()).isEmpty();
    assertThat(alert(r, "no_safe_regimen").orElseThrow().severity())
        .isEqualTo(AlertSeverity.CRITICAL);
    assertThat(excludedDrugs(r))
        .contains(
            Drug.GANCICLOVIR,
            Drug.VALGANCICLOVIR,
            Drug.FOSCARNET,
            Drug.CIDOFOVIR,
            Drug.MARIBAVIR);
  }
}
