package io.github.cmvrx.core.decision;

import static io.github.cmvrx.core.decision.Recs.decide;
import static io.github.cmvrx.core.decision.Recs.drugs;
import static io.github.cmvrx.core.decision.Recs.monitoring;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The monitoring list of clinical basis §6, test by test, with the schedule the table
 * gives for the drugs in the regimen and the phase.
 */
class MonitoringRulesTest {

  private static MonitoringItem item(Recommendation r, MonitoringTest test) {
    return monitoring(r, test).orElseThrow();
  }

  @Test
  void list_foscarnetInduction_creatinineTwoToThreeTimesAWeekAndElectrolytes_noCbc() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).frequency()).contains("2-3 times a week");
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).ruleId())
        .isEqualTo(RuleId.MON_FOS_TOXICITY);
    assertThat(item(r, MonitoringTest.ELECTROLYTES).ruleId()).isEqualTo(RuleId.MON_FOS_TOXICITY);
    assertThat(monitoring(r, MonitoringTest.CBC)).isEmpty();
  }

  @Test
  void list_foscarnetMaintenance_creatinineWeekly() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).frequency()).contains("weekly");
  }

  @Test
  void list_cidofovir_creatinineAndUrineProteinWithin48hAndCbcBeforeEachDose() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.IMMUNOCOMPETENT;
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.CIDOFOVIR);
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).frequency())
        .isEqualTo("within 48 h before each dose");
    assertThat(item(r, MonitoringTest.URINE_PROTEIN).frequency())
        .isEqualTo("within 48 h before each dose");
    assertThat(item(r, MonitoringTest.CBC).frequency()).isEqualTo("before each dose");
    assertThat(item(r, MonitoringTest.CBC).ruleId()).isEqualTo(RuleId.MON_CDV_TOXICITY);
    assertThat(monitoring(r, MonitoringTest.ELECTROLYTES)).isEmpty();
  }

  @Test
  void list_valganciclovirInduction_cbcEveryTwoDaysAndCreatinineWeekly() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(item(r, MonitoringTest.CBC).frequency()).contains("every 2 days");
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).frequency()).isEqualTo("at least weekly");
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).ruleId())
        .isEqualTo(RuleId.MON_GCV_TOXICITY);
  }

  @Test
  void list_ganciclovirMaintenance_cbcWeekly() {
    CaseDraft d = CaseDraft.adult();
    d.canTakeOral = false;
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(item(r, MonitoringTest.CBC).frequency()).contains("weekly");
    assertThat(item(r, MonitoringTest.CBC).frequency()).doesNotContain("2 days");
  }

  @Test
  void list_cnsCombination_foscarnetCreatinineScheduleWinsOverGanciclovir() {
    Recommendation r = decide(CaseDraft.adult().cns());
    assertThat(item(r, MonitoringTest.SERUM_CREATININE).ruleId())
        .isEqualTo(RuleId.MON_FOS_TOXICITY);
    assertThat(item(r, MonitoringTest.CBC).ruleId()).isEqualTo(RuleId.MON_GCV_TOXICITY);
    assertThat(item(r, MonitoringTest.CSF_CMV_PCR).frequency()).isEqualTo("at the end of induction");
  }

  @Test
  void list_always_weeklyPlasmaPcr() {
    Recommendation r = decide(CaseDraft.adult());
    assertThat(item(r, MonitoringTest.CMV_PCR).frequency()).startsWith("weekly");
    assertThat(item(r, MonitoringTest.CMV_PCR).ruleId()).isEqualTo(RuleId.MON_CMV_PCR);
  }

  @Test
  void list_retinitisStillOnMaintenance_ophthalmologyAtBaselineNotQuarterly() {
    CaseDraft d = CaseDraft.adult();
    d.sites = EnumSet.of(DiseaseSite.RETINITIS);
    Recommendation r = decide(d);
    assertThat(item(r, MonitoringTest.OPHTHALMOLOGY_EXAM).frequency()).contains("baseline");
  }
}
