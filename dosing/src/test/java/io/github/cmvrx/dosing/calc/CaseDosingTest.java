package io.github.cmvrx.dosing.calc;

import io.github.cmvrx.testing.CaseDraft;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.cmvrx.core.dose.DoseDecision;
import io.github.cmvrx.core.dose.DosePhase;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.FoscarnetMaintenanceScheme;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Dose decisions against clinical basis §3. The fixture patient is a man of 68 years with SCr
 * 1 mg/dL, whose Cockcroft-Gault CrCl equals his weight in kg and whose CrCl per kg is 1 / SCr; SCr
 * = weight / CrCl places him at any CrCl. Expected doses = table mg/kg x weight, computed by hand
 * from the spec tables.
 */
class CaseDosingTest {

  private static DoseDecision dose(CaseDraft spec, Drug drug, DosePhase phase) {
    return CaseDosing.of(spec.build(), Policy.defaults()).dose(drug, phase);
  }

  private static DoseDecision dose(CaseDraft spec, Policy policy, Drug drug, DosePhase phase) {
    return CaseDosing.of(spec.build(), policy).dose(drug, phase);
  }

  @CanIgnoreReturnValue
  private static RegimenComponent dosed(DoseDecision d) {
    assertThat(d).isInstanceOf(DoseDecision.Dosed.class);
    return ((DoseDecision.Dosed) d).component();
  }

  @CanIgnoreReturnValue
  private static DoseDecision.Excluded excluded(DoseDecision d, RuleId rule) {
    assertThat(d).isInstanceOf(DoseDecision.Excluded.class);
    DoseDecision.Excluded e = (DoseDecision.Excluded) d;
    assertThat(e.exclusion().ruleId()).isEqualTo(rule);
    return e;
  }

  @CanIgnoreReturnValue
  private static DoseDecision.NotComputable notComputable(DoseDecision d, RuleId rule) {
    assertThat(d).isInstanceOf(DoseDecision.NotComputable.class);
    DoseDecision.NotComputable n = (DoseDecision.NotComputable) d;
    assertThat(n.ruleId()).isEqualTo(rule);
    assertThat(n.alerts()).anyMatch(a -> a.severity() == AlertSeverity.CRITICAL);
    return n;
  }

  /**
   * The practical dose of decision 0801 (clinical basis §3.0): the
   * computed dose rounded down to the drug's step (ganciclovir 5 mg = 0.1 mL of 50 mg/mL,
   * foscarnet 12 mg = 0.5 mL of 24 mg/mL, cidofovir 15 mg = 0.2 mL of 75 mg/mL), or to whole mg
   * when the computed dose is under 20 steps.
   */
  static double practical(double computedMg, double stepMg) {
    double step = computedMg < 20 * stepMg ? 1 : stepMg;
    return Math.floor(computedMg / step + 1e-9) * step;
  }

  private static boolean hasAlert(DoseDecision d, RuleId rule, AlertSeverity severity) {
    return d.alerts().stream().anyMatch(a -> a.ruleId() == rule && a.severity() == severity);
  }

  // -------------------------------------------------------------------------- ganciclovir

  /** Clinical basis §3.1 bands at both sides of every edge; weight 70 kg, SCr = 70 / CrCl. */
  @ParameterizedTest
  @CsvSource({
    "INDUCTION, 70, 5, 12",
    "INDUCTION, 69.9, 2.5, 12",
    "INDUCTION, 50, 2.5, 12",
    "INDUCTION, 49.9, 2.5, 24",
    "INDUCTION, 25, 2.5, 24",
    "INDUCTION, 24.9, 1.25, 24",
    "INDUCTION, 10, 1.25, 24",
    "MAINTENANCE, 70, 5, 24",
    "MAINTENANCE, 69.9, 2.5, 24",
    "MAINTENANCE, 49.9, 1.25, 24",
    "MAINTENANCE, 24.9, 0.625, 24",
    "MAINTENANCE, 10, 0.625, 24",
  })
  void ganciclovir_bands(DosePhase phase, double crcl, double mgPerKg, int hours) {
    // weight = CrCl for SCr 1; keeps IBW defined (175 cm) and the patient not obese
    RegimenComponent c = dosed(dose(CaseDraft.unitCockcroftGault().weight(crcl), Drug.GANCICLOVIR, phase));
    assertThat(c.doseMgPerKg().getAsDouble()).isEqualTo(mgPerKg);
    // computed mg/kg x weight, e.g. 2.5 x 69.9 = 174.75 -> 170 (5 mg steps); 1.25 x 24.9 =
    // 31.125 -> 31 (under 100 mg: whole mg).
    assertThat(c.dose().value()).isCloseTo(practical(mgPerKg * crcl, 5), within(1e-9));
    assertThat(c.intervalHours().getAsInt()).isEqualTo(hours);
    assertThat(c.route()).isEqualTo(Route.IV);
    assertThat(c.infusionMinutes().getAsInt()).isEqualTo(60);
    assertThat(c.ruleId()).isEqualTo(RuleId.DOSE_GCV_RENAL);
    assertThat(c.offLabel()).isFalse();
    assertThat(c.durationDays()).isEmpty();
  }

  /** 70 kg, CrCl 70: 5 mg/kg x 70 = 350 mg q12h over 60 min (clinical basis §3.1). */
  @Test
  void ganciclovir_fullDose_350mg() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault(), Drug.GANCICLOVIR, DosePhase.INDUCTION);
    assertThat(dosed(d).dose().value()).isEqualTo(350.0);
    assertThat(d.alerts()).isEmpty();
    assertThat(d.rationale()).anyMatch(r -> r.ruleId() == RuleId.DOSE_GCV_RENAL);
  }

  /** CrCl 70 / 8 = 8.75 < 10 without dialysis: not computable, critical alert (clinical basis §3.1). */
  @Test
  void ganciclovir_crclBelow10_notComputable() {
    notComputable(
        dose(CaseDraft.unitCockcroftGault().scr(8), Drug.GANCICLOVIR, DosePhase.INDUCTION),
        RuleId.DOSE_NO_LABEL_DOSE);
  }

  /** Haemodialysis: 1.25 / 0.625 mg/kg 3 times a week after dialysis; 70 kg (clinical basis §3.1). */
  @Test
  void ganciclovir_haemodialysis() {
    CaseDraft hd = CaseDraft.unitCockcroftGault().noScr().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS);
    RegimenComponent ind = dosed(dose(hd, Drug.GANCICLOVIR, DosePhase.INDUCTION));
    // 1.25 x 70 = 87.5 computed, under 100 mg so whole mg: 87 (decision 0801).
    assertThat(ind.dose().value()).isEqualTo(87.0);
    assertThat(ind.timesPerWeek().getAsInt()).isEqualTo(3);
    assertThat(ind.intervalHours()).isEmpty();
    assertThat(ind.afterDialysis()).isTrue();
    assertThat(ind.ruleId()).isEqualTo(RuleId.DOSE_GCV_HEMODIALYSIS);
    RegimenComponent mnt = dosed(dose(hd, Drug.GANCICLOVIR, DosePhase.MAINTENANCE));
    // 0.625 x 70 = 43.75 computed -> 43 mg.
    assertThat(mnt.dose().value()).isEqualTo(43.0);
    assertThat(mnt.afterDialysis()).isTrue();
  }

  /** CRRT: off-label 2.5 / 1.25 mg/kg q24h with a critical alert (clinical basis §3.1, HORVATITS-2014). */
  @Test
  void ganciclovir_crrt_offLabelWithCriticalAlert() {
    CaseDraft crrt = CaseDraft.unitCockcroftGault().rrt(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT);
    DoseDecision d = dose(crrt, Drug.GANCICLOVIR, DosePhase.INDUCTION);
    RegimenComponent c = dosed(d);
    assertThat(c.dose().value()).isEqualTo(175.0);
    assertThat(c.intervalHours().getAsInt()).isEqualTo(24);
    assertThat(c.offLabel()).isTrue();
    assertThat(c.ruleId()).isEqualTo(RuleId.DOSE_GCV_CRRT);
    assertThat(hasAlert(d, RuleId.DOSE_GCV_CRRT, AlertSeverity.CRITICAL)).isTrue();
    // 1.25 x 70 = 87.5 computed -> 87 mg (whole mg under 100 mg, decision 0801).
    assertThat(dosed(dose(crrt, Drug.GANCICLOVIR, DosePhase.MAINTENANCE)).dose().value())
        .isEqualTo(87.0);
  }

  /** Peritoneal dialysis: no label dose, not computable (clinical basis §3.1 Decision). */
  @Test
  void ganciclovir_peritonealDialysis_notComputable() {
    notComputable(
        dose(
            CaseDraft.unitCockcroftGault().rrt(RenalReplacement.PERITONEAL_DIALYSIS),
            Drug.GANCICLOVIR,
            DosePhase.MAINTENANCE),
        RuleId.DOSE_NO_LABEL_DOSE);
  }

  /**
   * Policy rounding 50 mg: 5 x 71 = 355 -> 350; 5 x 69 = 345 would round up to 350, above the
   * computed dose, so 300 (docs/decisions/0204).
   */
  @Test
  void ganciclovir_rounding_neverAbove() {
    Policy round50 = Policy.builder().roundingMg(50).build();
    assertThat(
            dosed(
                    dose(
                        CaseDraft.unitCockcroftGault().weight(71),
                        round50,
                        Drug.GANCICLOVIR,
                        DosePhase.INDUCTION))
                .dose()
                .value())
        .isEqualTo(350.0);
    assertThat(
            dosed(
                    dose(
                        CaseDraft.unitCockcroftGault().weight(69).scr(0.9),
                        round50,
                        Drug.GANCICLOVIR,
                        DosePhase.INDUCTION))
                .dose()
                .value())
        .isEqualTo(300.0);
  }

  /** Child 10 y, 140 cm, 32 kg, SCr 0.7: eGFR 82.6 (>= 70): 5 x 32 = 160 mg q12h, no warning. */
  @Test
  void ganciclovir_childNormalEgfr_fullDoseNoWarning() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(0.7),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(dosed(d).dose().value()).isEqualTo(160.0);
    assertThat(hasAlert(d, RuleId.DOSE_PAEDIATRIC_RENAL, AlertSeverity.WARNING)).isFalse();
  }

  /**
   * Child SCr 1.5: eGFR 0.413 x 140 / 1.5 = 38.5 -> band 25-50: 2.5 mg/kg q24h = 80 mg, with the
   * paediatric specialist-review warning (clinical basis §2.11).
   */
  @Test
  void ganciclovir_childReducedEgfr_adjustedWithWarning() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(1.5),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    RegimenComponent c = dosed(d);
    assertThat(c.dose().value()).isEqualTo(80.0);
    assertThat(c.intervalHours().getAsInt()).isEqualTo(24);
    assertThat(hasAlert(d, RuleId.DOSE_PAEDIATRIC_RENAL, AlertSeverity.WARNING)).isTrue();
  }

  /** Child on haemodialysis: HD row plus the paediatric warning. */
  @Test
  void ganciclovir_childHaemodialysis_warning() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault()
                .age(10)
                .height(140)
                .weight(32)
                .rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(dosed(d).dose().value()).isEqualTo(40.0);
    assertThat(hasAlert(d, RuleId.DOSE_PAEDIATRIC_RENAL, AlertSeverity.WARNING)).isTrue();
  }

  /** Infant 6 months: no eGFR (decision 0202): not computable. */
  @Test
  void ganciclovir_infant_notComputable() {
    notComputable(
        dose(
            CaseDraft.unitCockcroftGault().age(0.5).height(65).weight(7).scr(0.3),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION),
        RuleId.DOSE_PAEDIATRIC_RENAL);
  }

  /** Obesity: 175 cm (IBW 70.5 kg), 100 kg > 91.6: warning ADV-OBESITY-WEIGHT (clinical basis §7). */
  @Test
  void ganciclovir_obese_warning() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault().weight(100), Drug.GANCICLOVIR, DosePhase.INDUCTION);
    assertThat(hasAlert(d, RuleId.ADV_OBESITY_WEIGHT, AlertSeverity.WARNING)).isTrue();
    assertThat(hasAlert(d, RuleId.DOSE_IBW_UNDEFINED, AlertSeverity.WARNING)).isFalse();
  }

  /** Below 60 inches: IBW undefined warning (clinical basis §2.10). */
  @Test
  void ganciclovir_short_ibwUndefinedWarning() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().sex(Sex.FEMALE).height(150).weight(50),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(hasAlert(d, RuleId.DOSE_IBW_UNDEFINED, AlertSeverity.WARNING)).isTrue();
    assertThat(hasAlert(d, RuleId.ADV_OBESITY_WEIGHT, AlertSeverity.WARNING)).isFalse();
  }

  // ----------------------------------------------------------------------- valganciclovir

  /** Clinical basis §3.2: fixed mg by CrCl band; oral, with food. */
  @ParameterizedTest
  @CsvSource({
    "INDUCTION, 60, 900, 12",
    "INDUCTION, 59.9, 450, 12",
    "INDUCTION, 40, 450, 12",
    "INDUCTION, 39.9, 450, 24",
    "INDUCTION, 24.9, 450, 48",
    "MAINTENANCE, 60, 900, 24",
    "MAINTENANCE, 59.9, 450, 24",
    "MAINTENANCE, 39.9, 450, 48",
  })
  void valganciclovir_bands(DosePhase phase, double crcl, double mg, int hours) {
    RegimenComponent c = dosed(dose(CaseDraft.unitCockcroftGault().weight(crcl), Drug.VALGANCICLOVIR, phase));
    assertThat(c.dose().value()).isEqualTo(mg);
    assertThat(c.intervalHours().getAsInt()).isEqualTo(hours);
    assertThat(c.route()).isEqualTo(Route.ORAL);
    assertThat(c.doseMgPerKg()).isEmpty();
    assertThat(c.infusionMinutes()).isEmpty();
    assertThat(c.instructions()).anyMatch(s -> s.contains("food"));
  }

  /** Maintenance CrCl 10 to < 25: 450 mg twice weekly (clinical basis §3.2). */
  @Test
  void valganciclovir_maintenanceLowBand_twiceWeekly() {
    RegimenComponent c =
        dosed(dose(CaseDraft.unitCockcroftGault().scr(3.5), Drug.VALGANCICLOVIR, DosePhase.MAINTENANCE));
    assertThat(c.dose().value()).isEqualTo(450.0);
    assertThat(c.timesPerWeek().getAsInt()).isEqualTo(2);
  }

  @Test
  void valganciclovir_crclBelow10_excluded() {
    excluded(
        dose(CaseDraft.unitCockcroftGault().scr(8), Drug.VALGANCICLOVIR, DosePhase.INDUCTION),
        RuleId.DOSE_VGC_HEMODIALYSIS);
  }

  @ParameterizedTest
  @EnumSource(
      value = RenalReplacement.class,
      names = {"INTERMITTENT_HEMODIALYSIS", "CONTINUOUS_RENAL_REPLACEMENT", "PERITONEAL_DIALYSIS"})
  void valganciclovir_anyDialysis_excluded(RenalReplacement rrt) {
    excluded(
        dose(CaseDraft.unitCockcroftGault().rrt(rrt), Drug.VALGANCICLOVIR, DosePhase.MAINTENANCE),
        RuleId.DOSE_VGC_HEMODIALYSIS);
  }

  /**
   * Valganciclovir tablets under 18 (clinical basis §4, Choice): Eligibility's rule, which the
   * dosing asks instead of keeping a copy; asked about a 15-year-old, it refuses.
   */
  @Test
  void valganciclovir_child_refusedAsEligibilityRulesItOut() {
    CaseDosing child =
        CaseDosing.of(
            CaseDraft.unitCockcroftGault().age(15).height(165).weight(55).scr(0.7).build(),
            Policy.defaults());
    for (DosePhase phase : DosePhase.values()) {
      assertThatThrownBy(() -> child.dose(Drug.VALGANCICLOVIR, phase))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("VALGANCICLOVIR")
          .hasMessageContaining("under 18");
      assertThatThrownBy(() -> child.availability(Drug.VALGANCICLOVIR, phase))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ---------------------------------------------------------------------------- foscarnet

  /**
   * Clinical basis §3.3, CrCl per kg = 1 / SCr for the fixture; 70 kg. Induction 60 q8h scheme. 1/0.7 = 1.43
   * -> 60 q8h; 1/1 = 1.0 -> 50 q12h; 1/2 = 0.5 -> 50 q24h; 1/2.5 = 0.4 -> none.
   */
  @ParameterizedTest
  @CsvSource({"0.7, 60, 8, 500", "1.0, 50, 12, 500", "1.6, 40, 12, 500", "2.0, 50, 24, 500"})
  void foscarnet_induction60(double scr, double mgPerKg, int hours, int hydrationMl) {
    RegimenComponent c =
        dosed(dose(CaseDraft.unitCockcroftGault().scr(scr), Drug.FOSCARNET, DosePhase.INDUCTION));
    assertThat(c.doseMgPerKg().getAsDouble()).isEqualTo(mgPerKg);
    // e.g. 50 x 70 = 3500 computed -> floor(3500 / 12) x 12 = 3492 mg (decision 0801).
    assertThat(c.dose().value()).isCloseTo(practical(mgPerKg * 70, 12), within(1e-9));
    assertThat(c.intervalHours().getAsInt()).isEqualTo(hours);
    assertThat(c.infusionMinutes().getAsInt()).isEqualTo(120);
    assertThat(c.hydration().orElseThrow().minMl()).isEqualTo(hydrationMl);
    assertThat(c.hydration().orElseThrow().maxMl()).isEqualTo(hydrationMl);
    assertThat(c.instructions()).anyMatch(s -> s.contains("before the first infusion"));
  }

  /** 90 q12h scheme, CrCl 1.43/kg: 90 mg/kg = 6300 mg, hydration 750-1000 mL (clinical basis §3.3). */
  @Test
  void foscarnet_induction90_highHydration() {
    Policy p = Policy.builder().foscarnetInduction(FoscarnetInductionScheme.MG90_Q12H).build();
    RegimenComponent c =
        dosed(dose(CaseDraft.unitCockcroftGault().scr(0.7), p, Drug.FOSCARNET, DosePhase.INDUCTION));
    assertThat(c.dose().value()).isEqualTo(6300.0);
    assertThat(c.intervalHours().getAsInt()).isEqualTo(12);
    assertThat(c.hydration().orElseThrow().minMl()).isEqualTo(750);
    assertThat(c.hydration().orElseThrow().maxMl()).isEqualTo(1000);
    assertThat(c.infusionMinutes().getAsInt()).isGreaterThanOrEqualTo(90);
  }

  /** CrCl exactly 0.4 mL/min/kg: induction excluded, maintenance 50 / 65 q48h (clinical basis §3.3). */
  @Test
  void foscarnet_exactly04_inductionExcludedMaintenanceDosed() {
    CaseDraft at04 = CaseDraft.unitCockcroftGault().scr(2.5);
    excluded(dose(at04, Drug.FOSCARNET, DosePhase.INDUCTION), RuleId.DOSE_FOS_RENAL);
    RegimenComponent m = dosed(dose(at04, Drug.FOSCARNET, DosePhase.MAINTENANCE));
    assertThat(m.doseMgPerKg().getAsDouble()).isEqualTo(50.0);
    assertThat(m.intervalHours().getAsInt()).isEqualTo(48);
    Policy p120 =
        Policy.builder().foscarnetMaintenance(FoscarnetMaintenanceScheme.MG120_PER_DAY).build();
    RegimenComponent m120 = dosed(dose(at04, p120, Drug.FOSCARNET, DosePhase.MAINTENANCE));
    assertThat(m120.doseMgPerKg().getAsDouble()).isEqualTo(65.0);
    assertThat(m120.hydration().orElseThrow().minMl()).isEqualTo(750);
  }

  /** Below 0.4 (1/2.6 = 0.385): maintenance excluded (clinical basis §3.3). */
  @Test
  void foscarnet_below04_maintenanceExcluded() {
    excluded(
        dose(CaseDraft.unitCockcroftGault().scr(2.6), Drug.FOSCARNET, DosePhase.MAINTENANCE),
        RuleId.DOSE_FOS_RENAL);
  }

  @ParameterizedTest
  @EnumSource(
      value = RenalReplacement.class,
      names = {"INTERMITTENT_HEMODIALYSIS", "CONTINUOUS_RENAL_REPLACEMENT", "PERITONEAL_DIALYSIS"})
  void foscarnet_anyDialysis_excluded(RenalReplacement rrt) {
    DoseDecision.Excluded e =
        excluded(
            dose(CaseDraft.unitCockcroftGault().rrt(rrt), Drug.FOSCARNET, DosePhase.INDUCTION),
            RuleId.DOSE_FOS_DIALYSIS);
    assertThat(e.exclusion().reason()).contains("specialist review");
  }

  /** Child eGFR 82.6 < 90: not computable with a critical alert (clinical basis §3.3 Decision). */
  @Test
  void foscarnet_childEgfrBelow90_notComputable() {
    notComputable(
        dose(
            CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(0.7),
            Drug.FOSCARNET,
            DosePhase.INDUCTION),
        RuleId.DOSE_FOS_PAEDIATRIC);
  }

  /** Child eGFR 0.413 x 140 / 0.6 = 96.4 >= 90: full 60 mg/kg q8h = 1920 mg for 32 kg. */
  @Test
  void foscarnet_childEgfr90OrMore_fullDose() {
    RegimenComponent c =
        dosed(
            dose(
                CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(0.6),
                Drug.FOSCARNET,
                DosePhase.INDUCTION));
    assertThat(c.dose().value()).isEqualTo(1920.0);
    assertThat(c.intervalHours().getAsInt()).isEqualTo(8);
  }

  // ---------------------------------------------------------------------------- cidofovir

  /** Eligible (SCr 1, CrCl 70, protein 0): 5 mg/kg = 350 mg weekly, then every 2 weeks. */
  @Test
  void cidofovir_eligible_dosed() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault(), Drug.CIDOFOVIR, DosePhase.INDUCTION);
    RegimenComponent c = dosed(d);
    // 5 x 70 = 350 computed -> floor(350 / 15) x 15 = 345 mg (decision 0801).
    assertThat(c.dose().value()).isEqualTo(345.0);
    assertThat(c.timesPerWeek().getAsInt()).isEqualTo(1);
    assertThat(c.infusionMinutes().getAsInt()).isEqualTo(60);
    assertThat(c.hydration().orElseThrow().minMl()).isEqualTo(1000);
    assertThat(c.instructions()).anyMatch(s -> s.contains("probenecid 2 g"));
    RegimenComponent m = dosed(dose(CaseDraft.unitCockcroftGault(), Drug.CIDOFOVIR, DosePhase.MAINTENANCE));
    assertThat(m.intervalHours().getAsInt()).isEqualTo(336);
  }

  /** Contraindications (CDV-PI, clinical basis §3.4), each on its own. */
  @Test
  void cidofovir_contraindications_excluded() {
    // SCr 1.6 > 1.5
    excluded(
        dose(
            CaseDraft.unitCockcroftGault().weight(100).height(190).scr(1.6),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
    // CrCl exactly 55 (weight 55): <= 55
    excluded(
        dose(CaseDraft.unitCockcroftGault().weight(55), Drug.CIDOFOVIR, DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
    // urine protein 100 (2+)
    excluded(
        dose(
            CaseDraft.unitCockcroftGault().urineProtein(Optional.of(100.0)),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
    // urine protein unknown (clinical basis §3.4 Decision)
    DoseDecision.Excluded unknown =
        excluded(
            dose(
                CaseDraft.unitCockcroftGault().urineProtein(Optional.empty()),
                Drug.CIDOFOVIR,
                DosePhase.INDUCTION),
            RuleId.DOSE_CDV_ELIGIBILITY);
    assertThat(unknown.exclusion().reason()).contains("urine protein required");
    // nephrotoxic drug
    excluded(
        dose(
            CaseDraft.unitCockcroftGault().nephrotoxic(Optional.of(true)),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
    // nephrotoxic unknown (decision 0206)
    excluded(
        dose(
            CaseDraft.unitCockcroftGault().nephrotoxic(Optional.empty()), Drug.CIDOFOVIR, DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
    // haemodialysis: no CrCl
    excluded(
        dose(
            CaseDraft.unitCockcroftGault().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION),
        RuleId.DOSE_CDV_ELIGIBILITY);
  }

  /**
   * Every contraindication that applies or cannot be ruled out is listed, in the label's order
   * (CDV-PI, clinical basis §3.4): whether the reasons state numbers (built for the case) or not
   * (shared between cases), the exclusion is the same from the dose and from the availability.
   */
  @Test
  void cidofovir_everyContraindication_listedInOrder() {
    // Nothing known on intermittent haemodialysis: no reason states a number.
    CaseDraft unknown =
        CaseDraft.unitCockcroftGault()
            .rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS)
            .noScr()
            .urineProtein(Optional.empty())
            .nephrotoxic(Optional.empty());
    DoseDecision.Excluded none =
        excluded(dose(unknown, Drug.CIDOFOVIR, DosePhase.INDUCTION), RuleId.DOSE_CDV_ELIGIBILITY);
    assertThat(none.exclusion().reason())
        .isEqualTo(
            "contraindicated: serum creatinine required; no Cockcroft-Gault CrCl (on intermittent"
                + " haemodialysis); urine protein required; nephrotoxic co-medication (now or"
                + " within 7 days) must be stated");
    assertThat(none.rationale()).hasSize(1);
    assertThat(none.rationale().get(0).text()).isEqualTo(none.exclusion().reason());
    assertThat(CaseDosing.of(unknown.build(), Policy.defaults()).availability(
            Drug.CIDOFOVIR, DosePhase.INDUCTION))
        .isEqualTo(none);
    // CrCl (140 - 68) x 50 / (72 x 1) = 50 mL/min <= 55, and a nephrotoxic drug.
    CaseDraft low = CaseDraft.unitCockcroftGault().weight(50).nephrotoxic(Optional.of(true));
    DoseDecision.Excluded numbers =
        excluded(dose(low, Drug.CIDOFOVIR, DosePhase.INDUCTION), RuleId.DOSE_CDV_ELIGIBILITY);
    assertThat(numbers.exclusion().reason())
        .isEqualTo("contraindicated: CrCl 50.0 mL/min <= 55; nephrotoxic drug now or within 7 days");
    assertThat(CaseDosing.of(low.build(), Policy.defaults()).availability(
            Drug.CIDOFOVIR, DosePhase.MAINTENANCE))
        .isEqualTo(numbers);
  }

  /** Just inside every limit: CrCl 55.1, protein 99, SCr 1.5 with CrCl 72 (weight 108, 190 cm). */
  @Test
  void cidofovir_justInsideLimits_dosed() {
    dosed(dose(CaseDraft.unitCockcroftGault().weight(55.1), Drug.CIDOFOVIR, DosePhase.INDUCTION));
    dosed(
        dose(
            CaseDraft.unitCockcroftGault().urineProtein(Optional.of(99.0)),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION));
    dosed(
        dose(
            CaseDraft.unitCockcroftGault().height(190).weight(108).scr(1.5),
            Drug.CIDOFOVIR,
            DosePhase.INDUCTION));
  }

  /**
   * On therapy: rise 0.3 -> 3 mg/kg (210 mg); rise 0.29 -> 5 mg/kg; rise 0.5 -> discontinue, which
   * is Eligibility's rule: the dosing refuses to be asked.
   */
  @Test
  void cidofovir_onTherapyCreatinineRise() {
    RegimenComponent reduced =
        dosed(dose(CaseDraft.unitCockcroftGault().baselineScr(0.7), Drug.CIDOFOVIR, DosePhase.MAINTENANCE));
    assertThat(reduced.doseMgPerKg().getAsDouble()).isEqualTo(3.0);
    assertThat(reduced.dose().value()).isCloseTo(210.0, within(1e-9));
    assertThat(reduced.ruleId()).isEqualTo(RuleId.DOSE_CDV_ON_THERAPY);
    assertThatThrownBy(
            () ->
                dose(
                    CaseDraft.unitCockcroftGault().baselineScr(0.5),
                    Drug.CIDOFOVIR,
                    DosePhase.MAINTENANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIDOFOVIR")
        .hasMessageContaining("discontinue cidofovir");
    assertThat(
            dosed(
                    dose(
                        CaseDraft.unitCockcroftGault().baselineScr(0.71),
                        Drug.CIDOFOVIR,
                        DosePhase.MAINTENANCE))
                .doseMgPerKg()
                .getAsDouble())
        .isEqualTo(5.0);
  }

  /** Cidofovir not under 18 (clinical basis §3.4): Eligibility's rule; the dosing refuses. */
  @Test
  void cidofovir_child_refused() {
    assertThatThrownBy(
            () ->
                dose(
                    CaseDraft.unitCockcroftGault().age(16).height(170).weight(60),
                    Drug.CIDOFOVIR,
                    DosePhase.INDUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CIDOFOVIR")
        .hasMessageContaining("under 18");
  }

  // ---------------------------------------------------------------- maribavir, letermovir

  /** MBV-PI (clinical basis §3.5): 400 mg bid; 800 with carbamazepine; 1200 with phenytoin/phenobarbital. */
  @Test
  void maribavir_doseByInducer() {
    assertThat(dosed(dose(CaseDraft.unitCockcroftGault(), Drug.MARIBAVIR, DosePhase.INDUCTION)).dose().value())
        .isEqualTo(400.0);
    assertThat(
            dosed(
                    dose(
                        CaseDraft.unitCockcroftGault().inducers(Set.of(Inducer.CARBAMAZEPINE)),
                        Drug.MARIBAVIR,
                        DosePhase.INDUCTION))
                .dose()
                .value())
        .isEqualTo(800.0);
    assertThat(
            dosed(
                    dose(
                        CaseDraft.unitCockcroftGault().inducers(Set.of(Inducer.PHENYTOIN)),
                        Drug.MARIBAVIR,
                        DosePhase.INDUCTION))
                .dose()
                .value())
        .isEqualTo(1200.0);
    RegimenComponent both =
        dosed(
            dose(
                CaseDraft.unitCockcroftGault().inducers(Set.of(Inducer.PHENOBARBITAL, Inducer.CARBAMAZEPINE)),
                Drug.MARIBAVIR,
                DosePhase.MAINTENANCE));
    assertThat(both.dose().value()).isEqualTo(1200.0);
    assertThat(both.intervalHours().getAsInt()).isEqualTo(12);
    assertThat(both.route()).isEqualTo(Route.ORAL);
  }

  /**
   * Age >= 12 and weight >= 35 kg (MBV-PI §1; clinical basis §3.5.2): Eligibility's rule, so the
   * dosing refuses below either and doses at both edges.
   */
  @Test
  void maribavir_ageAndWeightLimits() {
    assertThatThrownBy(
            () ->
                dose(
                    CaseDraft.unitCockcroftGault().age(11.9).height(150).weight(40).scr(0.6),
                    Drug.MARIBAVIR,
                    DosePhase.INDUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MARIBAVIR");
    assertThatThrownBy(
            () ->
                dose(
                    CaseDraft.unitCockcroftGault().weight(34.9),
                    Drug.MARIBAVIR,
                    DosePhase.INDUCTION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MARIBAVIR");
    dosed(
        dose(
            CaseDraft.unitCockcroftGault().age(12).height(150).weight(35).scr(0.6),
            Drug.MARIBAVIR,
            DosePhase.INDUCTION));
  }

  /**
   * Letermovir is never a treatment (clinical basis §3.5.1): Eligibility rules it out before any
   * dosing, so the dosing, never asked, refuses it rather than keep a copy of the rule.
   */
  @ParameterizedTest
  @EnumSource(DosePhase.class)
  void letermovir_neverDosed_refused(DosePhase phase) {
    CaseDosing d = CaseDosing.of(CaseDraft.unitCockcroftGault().build(), Policy.defaults());
    assertThatThrownBy(() -> d.dose(Drug.LETERMOVIR, phase))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LETERMOVIR")
        .hasMessageContaining("prophylaxis only");
    assertThatThrownBy(() -> d.availability(Drug.LETERMOVIR, phase))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assessment_computedOnce_sameInstance() {
    CaseDosing d = CaseDosing.of(CaseDraft.unitCockcroftGault().build(), Policy.defaults());
    assertThat(d.assessment()).isSameAs(d.assessment());
    assertThat(d.assessment().creatinineClearance().orElseThrow().mlPerMin())
        .isCloseTo(70.0, within(1e-9));
  }

  @Test
  void alerts_everyAlertHasCodeAndMessage() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().weight(120).rrt(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(d.alerts()).hasSize(2);
    for (Alert a : d.alerts()) {
      assertThat(a.code()).isNotBlank();
      assertThat(a.message()).isNotBlank();
    }
  }

  // ------------------------------------------------- rationale and alerts of each decision

  /** The rationale text recorded under {@code rule}; fails if the rule is not in the rationale. */
  private static String why(DoseDecision d, RuleId rule) {
    return d.rationale().stream()
        .filter(r -> r.ruleId() == rule)
        .map(r -> r.text())
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not in " + d.rationale()));
  }

  private static Alert alert(DoseDecision d, RuleId rule) {
    return d.alerts().stream()
        .filter(a -> a.ruleId() == rule)
        .findFirst()
        .orElseThrow(() -> new AssertionError(rule + " not in " + d.alerts()));
  }

  /** Clinical basis §3.2 (KOTTON-2025): oral solution 200 / 100 mg 3 times a week after dialysis. */
  @Test
  void haemodialysisOralSolution_onHaemodialysis_200mgTreatment100mgMaintenance() {
    CaseDosing hd =
        CaseDosing.of(
            CaseDraft.unitCockcroftGault().noScr().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS).build(),
            Policy.defaults());
    RegimenComponent ind = hd.haemodialysisOralSolution(DosePhase.INDUCTION).orElseThrow();
    assertThat(ind.drug()).isEqualTo(Drug.VALGANCICLOVIR);
    assertThat(ind.route()).isEqualTo(Route.ORAL);
    assertThat(ind.dose().value()).isEqualTo(200.0);
    assertThat(ind.timesPerWeek()).hasValue(3);
    assertThat(ind.afterDialysis()).isTrue();
    assertThat(ind.ruleId()).isEqualTo(RuleId.DOSE_VGC_HEMODIALYSIS);
    assertThat(hd.haemodialysisOralSolution(DosePhase.MAINTENANCE).orElseThrow().dose().value())
        .isEqualTo(100.0);
  }

  @ParameterizedTest
  @EnumSource(
      value = RenalReplacement.class,
      names = {"NONE", "CONTINUOUS_RENAL_REPLACEMENT", "PERITONEAL_DIALYSIS"})
  void haemodialysisOralSolution_notOnHaemodialysis_none(RenalReplacement rrt) {
    CaseDosing d = CaseDosing.of(CaseDraft.unitCockcroftGault().rrt(rrt).build(), Policy.defaults());
    assertThat(d.haemodialysisOralSolution(DosePhase.INDUCTION)).isEmpty();
  }

  /** Clinical basis §3.1 band 50 to < 70 at CrCl 60 (60 kg): 2.5 mg/kg q12h; 2.5 x 60 kg = 150 mg. */
  @Test
  void ganciclovir_renalBand_rationaleNamesCrclBandDoseAndWeightArithmetic() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault().weight(60), Drug.GANCICLOVIR, DosePhase.INDUCTION);
    assertThat(dosed(d).dose().value()).isEqualTo(150.0);
    assertThat(why(d, RuleId.DOSE_GCV_RENAL))
        .contains("CrCl 60.0 mL/min")
        .contains("2.5 mg/kg every 12 h");
    assertThat(why(d, RuleId.DOSE_WEIGHT_BASIS))
        .contains("2.5 mg/kg x 60 kg")
        .contains("actual")
        .contains("150");
  }

  /** Clinical basis §3.1 full dose 5 mg/kg q12h: whole numbers printed as such. */
  @Test
  void ganciclovir_fullDose_rationaleSaysFiveMgPerKgEvery12Hours() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault(), Drug.GANCICLOVIR, DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_GCV_RENAL)).contains("5 mg/kg every 12 h");
  }

  /** Clinical basis §3.1: haemodialysis 1.25 mg/kg 3 times a week after dialysis. */
  @Test
  void ganciclovir_haemodialysis_rationaleSaysThreeTimesAWeekAfterDialysis() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().noScr().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_GCV_HEMODIALYSIS))
        .contains("1.25 mg/kg 3 times a week")
        .contains("after dialysis");
  }

  /** Clinical basis §3.1: CRRT 2.5 mg/kg q24h off-label (HORVATITS-2014). */
  @Test
  void ganciclovir_crrt_rationaleSaysOffLabelDose() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().rrt(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_GCV_CRRT)).contains("off-label 2.5 mg/kg every 24 h");
  }

  /** Clinical basis §2.11: every renal adjustment for a child carries the review warning. */
  @Test
  void ganciclovir_childOnCrrt_paediatricReviewWarningAndRationale() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault()
                .age(10)
                .height(140)
                .weight(32)
                .rrt(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(dosed(d).dose().value()).isEqualTo(80.0);
    assertThat(alert(d, RuleId.DOSE_PAEDIATRIC_RENAL).severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(why(d, RuleId.DOSE_PAEDIATRIC_RENAL)).contains("specialist review");
  }

  /** Child eGFR 0.413 x 140 / 1.5 = 38.5: the rationale names the bedside Schwartz eGFR. */
  @Test
  void ganciclovir_childReducedEgfr_rationaleNamesSchwartzEgfrAndReview() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(1.5),
            Drug.GANCICLOVIR,
            DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_GCV_RENAL))
        .contains("bedside Schwartz eGFR 38.5 mL/min/1.73 m2");
    assertThat(why(d, RuleId.DOSE_PAEDIATRIC_RENAL)).contains("child");
  }

  /** Clinical basis §3.1 Decision: CrCl 70 / 8 = 8.75 < 10: the reason is in the rationale too. */
  @Test
  void ganciclovir_crclBelow10_rationaleGivesTheReason() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault().scr(8), Drug.GANCICLOVIR, DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_NO_LABEL_DOSE)).contains("CrCl 8.8 mL/min is below 10");
  }

  /**
   * Clinical basis §7 ADV-OBESITY-WEIGHT: 175 cm (IBW 70.5 kg), 100 kg > 1.3 x IBW. The mg/kg drugs name
   * the mg/kg dose basis; the fixed-dose tablets only Cockcroft-Gault.
   */
  @Test
  void obesityWarning_mgPerKgDrugsAndTablets_eachNameWhatIsUncertain() {
    CaseDraft obese = CaseDraft.unitCockcroftGault().weight(100);
    for (Drug drug : new Drug[] {Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR}) {
      DoseDecision d = dose(obese, drug, DosePhase.INDUCTION);
      assertThat(alert(d, RuleId.ADV_OBESITY_WEIGHT).message())
          .as(drug.name())
          .contains("mg/kg dosing");
    }
    DoseDecision vgc = dose(obese, Drug.VALGANCICLOVIR, DosePhase.INDUCTION);
    assertThat(alert(vgc, RuleId.ADV_OBESITY_WEIGHT).message())
        .contains("Cockcroft-Gault")
        .doesNotContain("mg/kg");
  }

  /** Clinical basis §3.2 band >= 60 at CrCl 70: 900 mg twice daily (fixed mg, not mg/kg). */
  @Test
  void valganciclovir_rationaleNamesCrclAndFixedMgDose() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault(), Drug.VALGANCICLOVIR, DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_VGC_RENAL))
        .contains("CrCl 70.0 mL/min")
        .contains("900 mg every 12 h")
        .doesNotContain("mg/kg");
  }

  /** Clinical basis §3.2: on haemodialysis the tablets are not recommended; the reason names the dialysis. */
  @Test
  void valganciclovir_haemodialysis_reasonNamesIntermittentHaemodialysis() {
    DoseDecision.Excluded e =
        excluded(
            dose(
                CaseDraft.unitCockcroftGault().noScr().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS),
                Drug.VALGANCICLOVIR,
                DosePhase.INDUCTION),
            RuleId.DOSE_VGC_HEMODIALYSIS);
    assertThat(e.exclusion().reason()).startsWith("on intermittent haemodialysis:");
  }

  /**
   * Clinical basis §3.3: CrCl 1 / 1.0 = 1.0 mL/min/kg, band > 0.8 to 1.0: 50 mg/kg q12h; infusion 120 min
   * by default (decision), 500 mL saline with each infusion for 40-60 mg/kg.
   */
  @Test
  void foscarnet_adult_rationaleNamesBandInfusionAndHydration() {
    DoseDecision d = dose(CaseDraft.unitCockcroftGault(), Drug.FOSCARNET, DosePhase.INDUCTION);
    assertThat(dosed(d).ruleId()).isEqualTo(RuleId.DOSE_FOS_RENAL);
    assertThat(why(d, RuleId.DOSE_FOS_RENAL))
        .contains("CrCl 1.000 mL/min/kg")
        .contains("50 mg/kg every 12 h");
    assertThat(why(d, RuleId.DOSE_FOS_INFUSION)).contains("120 minutes");
    assertThat(why(d, RuleId.DOSE_FOS_HYDRATION))
        .contains("500 mL with each infusion of 50 mg/kg")
        .doesNotContain("500-");
  }

  /** Clinical basis §3.3: 90 mg/kg (90 q12h scheme, CrCl 1.43/kg) gets 750-1000 mL with each infusion. */
  @Test
  void foscarnet_90mgPerKg_hydrationRationaleGivesTheRange() {
    Policy p = Policy.builder().foscarnetInduction(FoscarnetInductionScheme.MG90_Q12H).build();
    DoseDecision d = dose(CaseDraft.unitCockcroftGault().scr(0.7), p, Drug.FOSCARNET, DosePhase.INDUCTION);
    assertThat(why(d, RuleId.DOSE_FOS_HYDRATION))
        .contains("750-1000 mL with each infusion of 90 mg/kg");
  }

  /** Clinical basis §3.3 Decision: induction "<= 0.4" not recommended, maintenance "< 0.4". */
  @Test
  void foscarnet_belowCutOff_reasonNamesThePhaseAndItsComparison() {
    DoseDecision.Excluded induction =
        excluded(
            dose(CaseDraft.unitCockcroftGault().scr(2.5), Drug.FOSCARNET, DosePhase.INDUCTION),
            RuleId.DOSE_FOS_RENAL);
    assertThat(induction.exclusion().reason())
        .contains("CrCl 0.400 mL/min/kg is at or below 0.4")
        .contains("(induction)");
    DoseDecision.Excluded maintenance =
        excluded(
            dose(CaseDraft.unitCockcroftGault().scr(2.6), Drug.FOSCARNET, DosePhase.MAINTENANCE),
            RuleId.DOSE_FOS_RENAL);
    assertThat(maintenance.exclusion().reason())
        .contains("is below 0.4")
        .doesNotContain("at or below")
        .contains("(maintenance)");
  }

  /**
   * Clinical basis §3.3 Decision: a child gets the full dose only with eGFR >= 90; with SCr = 0.413 x 100 /
   * 90 and height 100 cm the bedside Schwartz eGFR is exactly 90: full 60 mg/kg q8h (20 kg:
   * 1200 mg) under the paediatric rule.
   */
  @Test
  void foscarnet_childEgfrExactly90_fullDoseUnderPaediatricRule() {
    DoseDecision d =
        dose(
            CaseDraft.unitCockcroftGault().age(8).height(100).weight(20).scr(0.413 * 100 / 90),
            Drug.FOSCARNET,
            DosePhase.INDUCTION);
    RegimenComponent c = dosed(d);
    assertThat(c.dose().value()).isEqualTo(1200.0);
    assertThat(c.ruleId()).isEqualTo(RuleId.DOSE_FOS_PAEDIATRIC);
    assertThat(why(d, RuleId.DOSE_FOS_PAEDIATRIC)).contains("eGFR 90.0").contains("full dose");
  }

  /** Child eGFR 0.413 x 140 / 0.7 = 82.6 < 90: the reason gives the eGFR. */
  @Test
  void foscarnet_childEgfrBelow90_reasonGivesTheEgfr() {
    DoseDecision.NotComputable n =
        notComputable(
            dose(
                CaseDraft.unitCockcroftGault().age(10).height(140).weight(32).scr(0.7),
                Drug.FOSCARNET,
                DosePhase.INDUCTION),
            RuleId.DOSE_FOS_PAEDIATRIC);
    assertThat(n.reason().toString()).startsWith("child with eGFR 82.6 mL/min/1.73 m2");
  }

  /**
   * Clinical basis §3.4: urine protein 300 mg/dL is proteinuria 3+: discontinue, Eligibility's
   * rule (see EligibilityPatientRulesTest), so the dosing refuses; 299 mg/dL is only a
   * contraindication (at or above 100 mg/dL), the dosing's.
   */
  @Test
  void cidofovir_proteinuriaExactly3Plus_refused() {
    assertThatThrownBy(
            () ->
                dose(
                    CaseDraft.unitCockcroftGault().urineProtein(Optional.of(300.0)),
                    Drug.CIDOFOVIR,
                    DosePhase.MAINTENANCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("proteinuria 3+ (300 mg/dL)");
    DoseDecision.Excluded e =
        excluded(
            dose(
                CaseDraft.unitCockcroftGault().urineProtein(Optional.of(299.0)),
                Drug.CIDOFOVIR,
                DosePhase.MAINTENANCE),
            RuleId.DOSE_CDV_ELIGIBILITY);
    assertThat(e.exclusion().reason()).contains("299");
  }

  /** Clinical basis §3.4: the eligibility check and the 3 mg/kg reduction are in the rationale. */
  @Test
  void cidofovir_rationaleRecordsEligibilityAndReduction() {
    DoseDecision eligible = dose(CaseDraft.unitCockcroftGault(), Drug.CIDOFOVIR, DosePhase.INDUCTION);
    assertThat(why(eligible, RuleId.DOSE_CDV_ELIGIBILITY))
        .contains("serum creatinine 1.00 mg/dL")
        .contains("CrCl 70.0 mL/min");
    DoseDecision reduced =
        dose(CaseDraft.unitCockcroftGault().baselineScr(0.7), Drug.CIDOFOVIR, DosePhase.MAINTENANCE);
    assertThat(why(reduced, RuleId.DOSE_CDV_ON_THERAPY)).contains("reduce to 3 mg/kg");
  }
}
