package io.github.cmvrx.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.testing.CaseDraft;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * One test or more per decision rule of clinical basis §4, §5 and §7. Expected regimens,
 * durations and exclusions are the spec's; the dosing port is a fake (doses are the dosing
 * module's concern), so these tests check only which drugs, for how long, and why.
 */
class TreatmentDeciderTest {

  private static Recommendation decide(CaseDraft draft) {
    return Recs.decide(draft);
  }

  private static Recommendation decide(CaseDraft draft, FakeDosing dosing) {
    return Recs.decide(draft, dosing);
  }

  private static List<Drug> drugs(Recommendation r) {
    return r.regimen().stream().map(RegimenComponent::drug).toList();
  }

  private static List<RuleId> rules(Recommendation r) {
    return r.rationale().stream().map(RationaleEntry::ruleId).toList();
  }

  private static Optional<Exclusion> excluded(Recommendation r, Drug drug) {
    return r.excluded().stream().filter(e -> e.drug() == drug).findFirst();
  }

  private static Optional<Alert> alert(Recommendation r, String code) {
    return r.alerts().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  private static Optional<String> why(Recommendation r, RuleId rule) {
    return Recs.why(r, rule);
  }

  private static List<MonitoringTest> tests(Recommendation r) {
    return r.monitoring().stream().map(MonitoringItem::test).toList();
  }

  // Rule 1: REG-CNS-COMBINATION.

  @Test
  void cnsDisease_bothUsable_getsGanciclovirPlusFoscarnetFor21Days() {
    Recommendation r = decide(CaseDraft.adult().cns());
    assertThat(r.status()).isEqualTo(Status.OK);
    assertThat(r.phase()).contains(RecommendationPhase.INDUCTION);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    assertThat(r.regimen()).allSatisfy(c -> assertThat(c.durationDays()).hasValue(21));
    assertThat(rules(r)).contains(RuleId.REG_CNS_COMBINATION, RuleId.ADV_CSF_PENETRATION);
    assertThat(alert(r, "cns_continue_until_pcr_negative")).isPresent();
    assertThat(tests(r)).contains(MonitoringTest.CSF_CMV_PCR, MonitoringTest.ELECTROLYTES);
  }

  @Test
  void everyCnsSite_triggersTheCombination() {
    for (DiseaseSite site : EnumSet.of(DiseaseSite.ENCEPHALITIS, DiseaseSite.VENTRICULITIS,
        DiseaseSite.MYELITIS, DiseaseSite.POLYRADICULOPATHY)) {
      CaseDraft d = CaseDraft.adult();
      d.sites = EnumSet.of(site, DiseaseSite.RETINITIS);
      assertThat(drugs(decide(d))).as(site.name()).containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    }
  }

  @Test
  void cnsDisease_neverValganciclovirDuringInduction_evenWhenImprovingOnIv() {
    CaseDraft d = CaseDraft.adult().cns();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = 10;
    d.improving = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR, Drug.FOSCARNET);
    assertThat(excluded(r, Drug.VALGANCICLOVIR)).isPresent();
  }

  // Rule 2: REG-CNS-PARTIAL.

  @Test
  void cnsDisease_foscarnetExcludedByKidneys_ganciclovirAloneWithCriticalAlert() {
    Recommendation r =
        decide(CaseDraft.adult().cns(), new FakeDosing().exclude(Drug.FOSCARNET, "CrCl <= 0.4"));
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    Alert a = alert(r, "cns_combination_not_possible").orElseThrow();
    assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(a.ruleId()).isEqualTo(RuleId.REG_CNS_PARTIAL);
    assertThat(a.message()).contains("foscarnet").contains("CrCl <= 0.4");
    assertThat(excluded(r, Drug.FOSCARNET)).isPresent();
  }

  @Test
  void cnsDisease_ganciclovirResistant_foscarnetAloneAndBothGanciclovirsExcluded() {
    CaseDraft d = CaseDraft.adult().cns();
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR);
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(alert(r, "cns_combination_not_possible").orElseThrow().severity())
        .isEqualTo(AlertSeverity.CRITICAL);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_REFRACTORY);
    assertThat(excluded(r, Drug.VALGANCICLOVIR)).isPresent();
    // Resistance known from genotyping: no advice to genotype (decision 0808).
    assertThat(alert(r, "send_genotyping")).isEmpty();
  }

  @Test
  void cnsDisease_ganciclovirCytopenia_foscarnetAlone() {
    CaseDraft d = CaseDraft.adult().cns();
    d.platelets = 24_999;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.DOSE_GCV_CYTOPENIA);
  }

  @Test
  void cnsDisease_bothExcluded_noSafeRegimenAndNeverCidofovirOrMaribavir() {
    CaseDraft d = CaseDraft.adult().cns();
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().exclude(Drug.FOSCARNET, "on haemodialysis"));
    assertThat(r.regimen()).isEmpty();
    Alert a = alert(r, "no_safe_regimen").orElseThrow();
    assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(a.message()).contains("ganciclovir").contains("foscarnet").contains("cidofovir");
    assertThat(excluded(r, Drug.CIDOFOVIR).orElseThrow().reason()).contains("CNS");
    assertThat(excluded(r, Drug.MARIBAVIR).orElseThrow().reason()).contains("CNS");
  }

  // Rule 3: REG-NONCNS-GCV.

  @Test
  void severeNonCns_getsGanciclovirIvFor21Days() {
    Recommendation r = decide(CaseDraft.adult());
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).hasValue(21);
    assertThat(rules(r)).contains(RuleId.REG_NONCNS_GCV);
  }

  // Rule 4: REG-NONCNS-ORAL.

  @Test
  void mildModerateNonCns_oralPossible_getsValganciclovir() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(rules(r)).contains(RuleId.REG_NONCNS_ORAL);
  }

  @Test
  void mildModerateNonCns_onHaemodialysis_getsGanciclovirIv() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    d.renal = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void mildModerateNonCns_oralAbilityUnknown_getsGanciclovirIvWithAlert() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    d.canTakeOral = null;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(alert(r, "oral_ability_unknown")).isPresent();
  }

  @Test
  void mildModerateNonCns_cannotTakeOral_getsGanciclovirIv() {
    CaseDraft d = CaseDraft.adult();
    d.severity = Severity.MILD_MODERATE;
    d.canTakeOral = false;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  // Rule 5: REG-IV-TO-ORAL.

  @Test
  void ivToOral_afterThreeDaysImproving_switchesToValganciclovirToCompleteTheCourse() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = 3;
    d.improving = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).isEqualTo(OptionalInt.of(18));
    assertThat(rules(r)).contains(RuleId.REG_IV_TO_ORAL);
  }

  @Test
  void ivToOral_afterTwoDays_staysOnGanciclovir() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = 2;
    d.improving = true;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void ivToOral_notImproving_staysOnGanciclovir() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = 5;
    d.improving = false;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void ivToOral_onHaemodialysis_staysOnGanciclovir() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.INDUCTION;
    d.daysIv = 5;
    d.improving = true;
    d.renal = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  // Rule 6: REG-GCV-ALTERNATIVE.

  @Test
  void ganciclovirIntolerance_getsFoscarnetAndExcludesBothGanciclovirs() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(r.regimen().get(0).durationDays()).hasValue(21);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_GCV_ALTERNATIVE);
    assertThat(excluded(r, Drug.VALGANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_GCV_ALTERNATIVE);
    assertThat(rules(r)).contains(RuleId.REG_GCV_ALTERNATIVE);
  }

  @Test
  void cytopenia_belowEachThreshold_getsFoscarnetAndGcsfAdvice() {
    CaseDraft anc = CaseDraft.adult();
    anc.anc = 499;
    CaseDraft plt = CaseDraft.adult();
    plt.platelets = 24_000;
    CaseDraft hb = CaseDraft.adult();
    hb.hb = 7.9;
    for (CaseDraft d : List.of(anc, plt, hb)) {
      Recommendation r = decide(d);
      assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    }
    // G-CSF only for neutropenia with (val)ganciclovir as the likely cause (spec 7, decision
    // 0804): not for thrombocytopenia or anaemia; for ANC < 500 only with ganciclovir given.
    assertThat(alert(decide(plt), "consider_g_csf")).isEmpty();
    assertThat(alert(decide(hb), "consider_g_csf")).isEmpty();
    anc.daysIv = 5;
    assertThat(alert(decide(anc), "consider_g_csf").orElseThrow().ruleId())
        .isEqualTo(RuleId.ADV_G_CSF);
  }

  @Test
  void cytopenia_exactlyAtThresholds_isNotBelowThem() {
    CaseDraft d = CaseDraft.adult();
    d.anc = 500;
    d.platelets = 25_000;
    d.hb = 8;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void labsUnknown_ganciclovirGivenWithCbcWarning() {
    CaseDraft d = CaseDraft.adult();
    d.labsKnown = false;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(alert(r, "cbc_unknown").orElseThrow().severity()).isEqualTo(AlertSeverity.WARNING);
  }

  // Rule 7: REG-THIRD-LINE.

  @Test
  void thirdLine_transplantResistantToGanciclovirAndFoscarnet_getsMaribavir() {
    CaseDraft d = CaseDraft.adult();
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.MARIBAVIR);
    assertThat(rules(r)).contains(RuleId.REG_THIRD_LINE);
  }

  @Test
  void thirdLine_notTransplant_getsCidofovirFor14Days() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.OTHER_IMMUNOCOMPROMISED;
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().exclude(Drug.FOSCARNET, "CrCl <= 0.4"));
    assertThat(drugs(r)).containsExactly(Drug.CIDOFOVIR);
    assertThat(r.regimen().get(0).durationDays()).hasValue(14);
    assertThat(excluded(r, Drug.MARIBAVIR).orElseThrow().reason()).contains("post-transplant");
  }

  @Test
  void thirdLine_transplantButNotRefractory_maribavirNotIndicatedSoCidofovir() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    Recommendation r = decide(d, new FakeDosing().exclude(Drug.FOSCARNET, "CrCl <= 0.4"));
    assertThat(drugs(r)).containsExactly(Drug.CIDOFOVIR);
    assertThat(excluded(r, Drug.MARIBAVIR).orElseThrow().reason()).contains("refractory");
  }

  @Test
  void thirdLine_maribavirNeverForRetinitis() {
    CaseDraft d = CaseDraft.adult();
    d.sites = EnumSet.of(DiseaseSite.RETINITIS);
    d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
    Recommendation r = decide(d);
    assertThat(drugs(r)).doesNotContain(Drug.MARIBAVIR);
    assertThat(excluded(r, Drug.MARIBAVIR).orElseThrow().reason()).contains("retinitis");
  }

  // Rule 8: REG-REFRACTORY.

  @Test
  void refractory_excludesGanciclovirFamily_alertsGenotyping_listsMaribavirAlternative() {
    CaseDraft d = CaseDraft.adult();
    d.refractory = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().reason()).contains("refractory");
    assertThat(excluded(r, Drug.VALGANCICLOVIR).orElseThrow().reason()).contains("refractory");
    assertThat(alert(r, "send_genotyping").orElseThrow().ruleId()).isEqualTo(RuleId.REG_REFRACTORY);
    assertThat(r.alternatives()).extracting(RegimenComponent::drug).containsExactly(Drug.MARIBAVIR);
  }

  @Test
  void refractory_hivHost_noMaribavirAlternative() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.refractory = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(r.alternatives()).isEmpty();
  }

  @Test
  void valganciclovirResistance_excludesGanciclovirToo() {
    CaseDraft d = CaseDraft.adult();
    d.resistantTo = EnumSet.of(Drug.VALGANCICLOVIR);
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(excluded(r, Drug.GANCICLOVIR)).isPresent();
  }

  // Rule 9: REG-NO-SAFE-REGIMEN.

  @Test
  void noDrugUsable_emptyRegimenWithCriticalAlertListingExclusions() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.intolerance = true;
    Recommendation r =
        decide(
            d,
            new FakeDosing()
                .exclude(Drug.FOSCARNET, "CrCl <= 0.4")
                .notComputable(Drug.CIDOFOVIR));
    assertThat(r.regimen()).isEmpty();
    Alert a = alert(r, "no_safe_regimen").orElseThrow();
    assertThat(a.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(a.message())
        .contains("ganciclovir (not tolerated)")
        .contains("foscarnet (CrCl <= 0.4)")
        .contains("cidofovir (dose not computable: no label dose)")
        .contains("maribavir")
        // Clinical basis §4.9: the alert lists every exclusion, letermovir's too.
        .contains("letermovir (for prophylaxis only");
  }

  @Test
  void notComputableDose_countsAsNotUsable() {
    Recommendation r = decide(CaseDraft.adult(), new FakeDosing().notComputable(Drug.GANCICLOVIR));
    assertThat(drugs(r)).containsExactly(Drug.FOSCARNET);
    assertThat(excluded(r, Drug.GANCICLOVIR).orElseThrow().reason())
        .startsWith("dose not computable");
  }

  // Rule 10: REG-LETERMOVIR-PROPHYLAXIS-ONLY.

  @Test
  void letermovir_alwaysExcludedNeverGiven() {
    CaseDraft d = CaseDraft.adult();
    d.onLetermovir = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).doesNotContain(Drug.LETERMOVIR);
    Exclusion e = excluded(r, Drug.LETERMOVIR).orElseThrow();
    assertThat(e.ruleId()).isEqualTo(RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY);
    assertThat(e.reason()).contains("prophylaxis only").contains("on it as prophylaxis");
    assertThat(alert(r, "letermovir_resistance")).isPresent();
    assertThat(excluded(decide(CaseDraft.adult()), Drug.LETERMOVIR)).isPresent();
  }

  // Children (clinical basis §4 decision).

  @Test
  void child_mildModerateOral_getsGanciclovirIvNotTablets() {
    CaseDraft d = CaseDraft.adult();
    d.age = 10;
    d.severity = Severity.MILD_MODERATE;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(excluded(r, Drug.VALGANCICLOVIR).orElseThrow().ruleId())
        .isEqualTo(RuleId.REG_PAEDIATRIC_NO_TABLETS);
    Alert a = alert(r, "paediatric_oral_step_down").orElseThrow();
    assertThat(a.severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(a.ruleId()).isEqualTo(RuleId.REG_PAEDIATRIC_NO_TABLETS);
  }

  @Test
  void child_cannotTakeOral_noStepDownAlert() {
    CaseDraft d = CaseDraft.adult();
    d.age = 10;
    d.canTakeOral = false;
    assertThat(alert(decide(d), "paediatric_oral_step_down")).isEmpty();
  }

  @Test
  void child_cnsInduction_noStepDownAlert() {
    CaseDraft d = CaseDraft.adult().cns();
    d.age = 10;
    assertThat(alert(decide(d), "paediatric_oral_step_down")).isEmpty();
  }

  @Test
  void seventeenYearsOld_isStillAChild_eighteenIsAnAdult() {
    CaseDraft child = CaseDraft.adult();
    child.age = 17.99;
    child.severity = Severity.MILD_MODERATE;
    CaseDraft adult = CaseDraft.adult();
    adult.age = 18;
    adult.severity = Severity.MILD_MODERATE;
    assertThat(drugs(decide(child))).containsExactly(Drug.GANCICLOVIR);
    assertThat(drugs(decide(adult))).containsExactly(Drug.VALGANCICLOVIR);
  }

  // Section 5: phases.

  @Test
  void maintenance_oralPossible_valganciclovirOpenEnded() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    Recommendation r = decide(d);
    assertThat(r.phase()).contains(RecommendationPhase.MAINTENANCE);
    assertThat(drugs(r)).containsExactly(Drug.VALGANCICLOVIR);
    assertThat(r.regimen().get(0).durationDays()).isEmpty();
    assertThat(rules(r)).contains(RuleId.PHASE_MAINTENANCE, RuleId.PHASE_TRANSPLANT_SECONDARY);
  }

  @Test
  void maintenance_onHaemodialysis_ganciclovirIv() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    d.renal = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    assertThat(drugs(decide(d))).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void maintenance_ganciclovirNotUsable_foscarnet() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    d.intolerance = true;
    assertThat(drugs(decide(d))).containsExactly(Drug.FOSCARNET);
  }

  @Test
  void maintenance_beforeFourteenDaysOfInduction_continuesInductionWithWarning() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 13;
    Recommendation r = decide(d);
    assertThat(r.phase()).contains(RecommendationPhase.INDUCTION);
    assertThat(alert(r, "premature_maintenance").orElseThrow().ruleId())
        .isEqualTo(RuleId.PHASE_PREMATURE_STOP);
    CaseDraft fourteen = CaseDraft.adult();
    fourteen.phase = TreatmentPhase.MAINTENANCE;
    fourteen.daysInduction = 14;
    assertThat(decide(fourteen).phase()).contains(RecommendationPhase.MAINTENANCE);
  }

  private static CaseDraft hivOnMaintenance(double cd4, double months) {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.sites = EnumSet.of(DiseaseSite.RETINITIS);
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    d.cd4 = cd4;
    d.onArt = true;
    d.suppressed = true;
    d.monthsCd4Above100 = months;
    return d;
  }

  @Test
  void hivStop_cd4Above100ForSixMonths_stopMaintenanceWithQuarterlyEyeExams() {
    Recommendation r = decide(hivOnMaintenance(150, 6));
    assertThat(r.phase()).contains(RecommendationPhase.STOP_MAINTENANCE);
    assertThat(r.regimen()).isEmpty();
    assertThat(alert(r, "no_safe_regimen")).isEmpty();
    assertThat(rules(r)).contains(RuleId.PHASE_HIV_STOP);
    assertThat(r.monitoring())
        .filteredOn(m -> m.test() == MonitoringTest.OPHTHALMOLOGY_EXAM)
        .singleElement()
        .satisfies(m -> assertThat(m.frequency()).contains("quarterly"));
  }

  @Test
  void hivStop_threeToSixMonths_continuesWithConsiderAlert() {
    Recommendation r = decide(hivOnMaintenance(150, 3));
    assertThat(r.phase()).contains(RecommendationPhase.MAINTENANCE);
    assertThat(r.regimen()).isNotEmpty();
    assertThat(alert(r, "hiv_consider_stopping_maintenance")).isPresent();
    Recommendation under3 = decide(hivOnMaintenance(150, 2.9));
    assertThat(alert(under3, "hiv_consider_stopping_maintenance")).isEmpty();
  }

  @Test
  void hivStop_cd4Exactly100_isNotAbove100() {
    assertThat(decide(hivOnMaintenance(100, 12)).phase()).contains(RecommendationPhase.MAINTENANCE);
  }

  @Test
  void hivStop_notSuppressed_continues() {
    CaseDraft d = hivOnMaintenance(150, 12);
    d.suppressed = false;
    assertThat(decide(d).phase()).contains(RecommendationPhase.MAINTENANCE);
  }

  @Test
  void hivLifelong_cd4Below50_infoAlert() {
    CaseDraft d = hivOnMaintenance(35, 0);
    d.suppressed = false;
    Recommendation r = decide(d);
    assertThat(alert(r, "hiv_lifelong_maintenance").orElseThrow().ruleId())
        .isEqualTo(RuleId.PHASE_HIV_LIFELONG);
    assertThat(decide(hivOnMaintenance(50, 0)).alerts())
        .extracting(Alert::code)
        .doesNotContain("hiv_lifelong_maintenance");
  }

  // Section 7: advice.

  @Test
  void advice_transplantReduceImmunosuppression_hivOptimiseArt() {
    assertThat(rules(decide(CaseDraft.adult()))).contains(RuleId.ADV_IMMUNOSUPPRESSION);
    CaseDraft hiv = CaseDraft.adult();
    hiv.host = HostCategory.HIV;
    Recommendation r = decide(hiv);
    assertThat(rules(r)).contains(RuleId.ADV_HIV_ART).doesNotContain(RuleId.ADV_IMMUNOSUPPRESSION);
    CaseDraft competent = CaseDraft.adult();
    competent.host = HostCategory.IMMUNOCOMPETENT;
    assertThat(rules(decide(competent)))
        .doesNotContain(RuleId.ADV_IMMUNOSUPPRESSION, RuleId.ADV_HIV_ART);
  }

  @Test
  void advice_longTermGanciclovirInMaintenance_resistanceEmergence() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    assertThat(rules(decide(d))).contains(RuleId.ADV_RESISTANCE_EMERGENCE);
  }

  // Section 6: monitoring.

  @Test
  void monitoring_ganciclovir_pcrCbcCreatinine() {
    Recommendation r = decide(CaseDraft.adult());
    assertThat(tests(r))
        .containsExactly(MonitoringTest.CMV_PCR, MonitoringTest.CBC, MonitoringTest.SERUM_CREATININE);
    assertThat(r.monitoring().get(1).frequency()).contains("every 2 days");
  }

  @Test
  void monitoring_foscarnet_creatinineTwoToThreeTimesAWeekAndElectrolytes() {
    CaseDraft d = CaseDraft.adult();
    d.intolerance = true;
    Recommendation r = decide(d);
    assertThat(tests(r)).contains(MonitoringTest.ELECTROLYTES);
    assertThat(r.monitoring())
        .filteredOn(m -> m.test() == MonitoringTest.SERUM_CREATININE)
        .singleElement()
        .satisfies(m -> assertThat(m.frequency()).contains("2-3 times a week"));
  }

  @Test
  void monitoring_retinitis_ophthalmology() {
    CaseDraft d = CaseDraft.adult();
    d.sites = EnumSet.of(DiseaseSite.RETINITIS);
    assertThat(tests(decide(d))).contains(MonitoringTest.OPHTHALMOLOGY_EXAM);
  }

  // Scope and rationale.

  @Test
  void neonate_underTwentyEightDays_refusedAsOutOfScope() {
    CaseDraft d = CaseDraft.adult();
    d.age = 27.0 / 365.25;
    Recommendation r = decide(d);
    assertThat(r.status()).isEqualTo(Status.REFUSED);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.field()).isEqualTo("patient.ageYears");
      assertThat(e.message()).contains("out of scope");
    });
  }

  @Test
  void everyRecommendation_hasRationaleWithOneEntryPerRule() {
    Recommendation r = decide(CaseDraft.adult().cns());
    assertThat(r.rationale()).isNotEmpty();
    assertThat(rules(r)).doesNotHaveDuplicates();
    assertThat(r.assessment()).isPresent();
  }

  // Clinical basis §3.2: on haemodialysis the valganciclovir oral solution (KOTTON-2025) is an alternative
  // to IV ganciclovir, never the default: adults able to take oral drugs, not in CNS induction.

  private static CaseDraft onHaemodialysis() {
    CaseDraft d = CaseDraft.adult();
    d.renal = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
    return d;
  }

  @Test
  void decide_haemodialysisAdultOral_ganciclovirWithOralSolutionAlternative() {
    Recommendation r = decide(onHaemodialysis());
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(r.alternatives()).hasSize(1);
    RegimenComponent alt = r.alternatives().get(0);
    assertThat(alt.drug()).isEqualTo(Drug.VALGANCICLOVIR);
    assertThat(alt.afterDialysis()).isTrue();
    assertThat(rules(r)).contains(RuleId.DOSE_VGC_HEMODIALYSIS);
  }

  @Test
  void decide_haemodialysisCannotTakeOral_noAlternative() {
    CaseDraft d = onHaemodialysis();
    d.canTakeOral = false;
    Recommendation r = decide(d);
    assertThat(r.alternatives()).isEmpty();
    assertThat(rules(r)).doesNotContain(RuleId.DOSE_VGC_HEMODIALYSIS);
  }

  @Test
  void decide_haemodialysisGiAbsorptionImpaired_noAlternative() {
    CaseDraft d = onHaemodialysis();
    d.giImpaired = true;
    assertThat(decide(d).alternatives()).isEmpty();
  }

  @Test
  void decide_haemodialysisCnsInduction_noAlternative() {
    Recommendation r = decide(onHaemodialysis().cns());
    assertThat(drugs(r)).contains(Drug.GANCICLOVIR);
    assertThat(r.alternatives()).isEmpty();
  }

  @Test
  void decide_haemodialysisCnsMaintenance_oralSolutionAlternative() {
    CaseDraft d = onHaemodialysis().cns();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    Recommendation r = decide(d);
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
    assertThat(r.alternatives()).extracting(RegimenComponent::drug)
        .containsExactly(Drug.VALGANCICLOVIR);
  }

  @Test
  void decide_haemodialysisAge17_noAlternative_age18_alternative() {
    CaseDraft child = onHaemodialysis();
    child.age = 17;
    assertThat(decide(child).alternatives()).isEmpty();
    CaseDraft adult = onHaemodialysis();
    adult.age = 18;
    assertThat(decide(adult).alternatives()).hasSize(1);
  }

  @Test
  void decide_haemodialysisGanciclovirNotGiven_noAlternative() {
    CaseDraft d = onHaemodialysis();
    d.intolerance = true;
    Recommendation r = decide(d);
    assertThat(drugs(r)).doesNotContain(Drug.GANCICLOVIR);
    assertThat(r.alternatives()).isEmpty();
  }

  @Test
  void decide_notOnHaemodialysis_noOralSolutionAlternative() {
    CaseDraft d = CaseDraft.adult();
    d.canTakeOral = false;
    assertThat(decide(d).alternatives()).isEmpty();
  }

  // Decision 0004: maintenance with the days of induction unknown asks for confirmation.

  @Test
  void decide_maintenanceDaysOfInductionUnknown_confirmInfo() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    Recommendation r = decide(d);
    assertThat(r.phase()).contains(RecommendationPhase.MAINTENANCE);
    Alert a = alert(r, "confirm_induction_completed").orElseThrow();
    assertThat(a.severity()).isEqualTo(AlertSeverity.INFO);
    assertThat(a.ruleId()).isEqualTo(RuleId.PHASE_PREMATURE_STOP);
  }

  @Test
  void decide_maintenanceAfter14DaysOfInduction_noConfirmOrPrematureAlert() {
    CaseDraft d = CaseDraft.adult();
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 14;
    Recommendation r = decide(d);
    assertThat(r.phase()).contains(RecommendationPhase.MAINTENANCE);
    assertThat(alert(r, "confirm_induction_completed")).isEmpty();
    assertThat(alert(r, "premature_maintenance")).isEmpty();
  }

  // PHASE-HIV-STOP (clinical basis §5, decision 0007).

  private static CaseDraft hivStop() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.HIV;
    d.cd4 = 150.0;
    d.onArt = true;
    d.suppressed = true;
    d.monthsCd4Above100 = 6.0;
    d.phase = TreatmentPhase.MAINTENANCE;
    d.daysInduction = 21;
    d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
    return d;
  }

  @Test
  void decide_hivStopNonCnsNoRetinitis_stopWithRationaleAndNoStopAlerts() {
    Recommendation r = decide(hivStop());
    assertThat(r.phase()).contains(RecommendationPhase.STOP_MAINTENANCE);
    assertThat(r.regimen()).isEmpty();
    assertThat(why(r, RuleId.PHASE_HIV_STOP).orElseThrow()).contains("stop");
    assertThat(alert(r, "stop_after_cns_disease")).isEmpty();
    assertThat(alert(r, "retinal_exams_after_stop")).isEmpty();
    assertThat(alert(r, "no_safe_regimen")).isEmpty();
  }

  @Test
  void decide_hivStopAfterCnsDisease_specialistWarning() {
    Recommendation r = decide(hivStop().cns());
    assertThat(r.phase()).contains(RecommendationPhase.STOP_MAINTENANCE);
    assertThat(alert(r, "stop_after_cns_disease").orElseThrow().severity())
        .isEqualTo(AlertSeverity.WARNING);
  }

  @Test
  void decide_hivStopWithRetinitis_quarterlyRetinalExams() {
    CaseDraft d = hivStop();
    d.sites = EnumSet.of(DiseaseSite.RETINITIS);
    Recommendation r = decide(d);
    assertThat(alert(r, "retinal_exams_after_stop").orElseThrow().message())
        .contains("every 3 months");
  }

  // Rule 8: genotyping only for refractory or resistant CMV.

  @Test
  void decide_neitherRefractoryNorResistant_noGenotypingAlert() {
    CaseDraft d = CaseDraft.adult();
    d.refractory = false;
    assertThat(alert(decide(d), "send_genotyping")).isEmpty();
  }

  @Test
  void decide_resistantOnly_noGenotypingAlertRationaleNamesTheDrug() {
    CaseDraft d = CaseDraft.adult();
    d.resistantTo = EnumSet.of(Drug.FOSCARNET);
    Recommendation r = decide(d);
    assertThat(alert(r, "send_genotyping")).isEmpty();
    assertThat(
            r.rationale().stream()
                .filter(e -> e.ruleId() == RuleId.REG_REFRACTORY)
                .findFirst()
                .orElseThrow()
                .text())
        .contains("foscarnet");
    assertThat(drugs(r)).containsExactly(Drug.GANCICLOVIR);
  }

  @Test
  void decide_refractoryOnly_genotypingAlertSaysRefractory() {
    CaseDraft d = CaseDraft.adult();
    d.refractory = true;
    Recommendation r = decide(d);
    assertThat(alert(r, "send_genotyping").orElseThrow().message()).startsWith("Refractory CMV");
  }

  @Test
  void decide_noSafeRegimen_alertListsEachExcludedDrugWithItsReason() {
    CaseDraft d = CaseDraft.adult();
    d.host = HostCategory.IMMUNOCOMPETENT;
    d.intolerance = true;
    Recommendation r =
        decide(
            d,
            new FakeDosing()
                .exclude(Drug.FOSCARNET, "CrCl <= 0.4")
                .exclude(Drug.CIDOFOVIR, "CrCl <= 55"));
    assertThat(r.regimen()).isEmpty();
    assertThat(alert(r, "no_safe_regimen").orElseThrow().message())
        .contains("foscarnet (CrCl <= 0.4)")
        .contains("cidofovir (CrCl <= 55)");
  }
}
