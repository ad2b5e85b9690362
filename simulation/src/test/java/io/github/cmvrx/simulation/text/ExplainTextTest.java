package io.github.cmvrx.simulation.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * ExplainText on hand-built recommendations. Every expected number is computed by hand in the
 * comments from the clinical basis; the layout is decision record 0400.
 */
class ExplainTextTest {

  private static final String DISCLAIMER =
      "Decision support only: verify every dose; this does not replace clinical judgement.";

  /**
   * Male, 40 years, 70 kg, 175 cm, SCr 0.86 mg/dL, no dialysis. Cockcroft-Gault (CG-1976): (140 -
   * 40) x 70 / (72 x 0.86) = 7000 / 61.92 = 113.05 mL/min; per kg (FOS-PI): 100 / 61.92 = 1.61499
   * mL/min/kg. Devine (DEVINE-1974): 175 / 2.54 = 68.898 in; 50 + 2.3 x 8.898 = 70.46 kg. Mosteller
   * (MOSTELLER-1987): sqrt(175 x 70 / 3600) = 1.8447 m2.
   */
  private static Assessment adult70kg() {
    return Assessment.builder()
        .creatinineClearance(CreatinineClearance.mlPerMin(7000.0 / 61.92))
        .creatinineClearancePerKg(WeightNormalisedClearance.mlPerMinPerKg(100.0 / 61.92))
        .dosingWeight(Mass.kilograms(70))
        .idealBodyWeight(Mass.kilograms(50 + 2.3 * (175 / 2.54 - 60)))
        .bodySurfaceArea(BodySurfaceArea.squareMetres(Math.sqrt(175.0 * 70 / 3600)))
        .renalReplacement(RenalReplacement.NONE)
        .paediatric(false)
        .build();
  }

  /**
   * REG-CNS-COMBINATION for the adult above: GCV-PI band CrCl >= 70 mL/min, FOS-PI Table 13 band >
   * 1.4 mL/min/kg, so full doses.
   */
  private static Recommendation cnsCombination() {
    // Ganciclovir 5 mg/kg x 70 kg = 350 mg q12h (GCV-PI, CrCl >= 70).
    RegimenComponent ganciclovir =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(350))
            .doseMgPerKg(5)
            .intervalHours(12)
            .infusionMinutes(60)
            .durationDays(21)
            .ruleId(RuleId.DOSE_GCV_RENAL)
            .build();
    // Foscarnet 60 mg/kg x 70 kg = 4200 mg q8h; 500 mL with 40-60 mg/kg doses (FOS-PI).
    RegimenComponent foscarnet =
        RegimenComponent.builder()
            .drug(Drug.FOSCARNET)
            .route(Route.IV)
            .dose(Milligrams.of(4200))
            .doseMgPerKg(60)
            .intervalHours(8)
            .infusionMinutes(120)
            .durationDays(21)
            .hydration(new Hydration(500, 500, "with each infusion"))
            .addInstructionMessages(Message.verbatim("never faster than 1 mg/kg/min"))
            .ruleId(RuleId.DOSE_FOS_RENAL)
            .build();
    return Recommendation.builder()
        .id("cns-1")
        .status(Status.OK)
        .phase(RecommendationPhase.INDUCTION)
        .addRegimen(ganciclovir, foscarnet)
        .addExcluded(
            new Exclusion(Drug.CIDOFOVIR, "never for CNS disease", RuleId.REG_CNS_PARTIAL),
            new Exclusion(
                Drug.LETERMOVIR,
                "prophylaxis only, never a treatment",
                RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY))
        .addAlerts(
            new Alert(
                AlertSeverity.INFO,
                "adv_hiv_art",
                "Start or optimise antiretroviral therapy with the HIV team",
                RuleId.ADV_HIV_ART),
            new Alert(
                AlertSeverity.WARNING,
                "cns_continue_until_pcr_negative",
                "Continue until symptoms resolve and CSF/plasma PCR is negative",
                RuleId.REG_CNS_COMBINATION),
            new Alert(
                AlertSeverity.CRITICAL,
                "cns_monotherapy_not_acceptable",
                "Monotherapy is not acceptable for CNS disease while both drugs are usable",
                RuleId.REG_CNS_COMBINATION),
            new Alert(
                AlertSeverity.INFO,
                "adv_resistance_emergence",
                "Long-term ganciclovir: resistance can emerge",
                RuleId.ADV_RESISTANCE_EMERGENCE))
        .addMonitoring(
            new MonitoringItem(
                MonitoringTest.CMV_PCR, "weekly; treat until below threshold", RuleId.MON_CMV_PCR),
            new MonitoringItem(
                MonitoringTest.CSF_CMV_PCR, "at the end of induction", RuleId.MON_CSF_PCR))
        .addRationale(
            RationaleEntry.of(
                RuleId.REG_CNS_COMBINATION, "CNS disease: ganciclovir plus foscarnet for 21 days"),
            RationaleEntry.of(
                RuleId.ADV_CSF_PENETRATION,
                "Effective CSF concentrations may be hard to reach; hence the combination"),
            new RationaleEntry(
                RuleId.DOSE_GCV_RENAL, "CrCl 113 mL/min: 5 mg/kg q12h", Source.GCV_PI))
        .assessment(adult70kg())
        .build();
  }

  @Test
  void render_cnsCombination_exactText() {
    String expected =
        String.join(
                "\n",
                DISCLAIMER,
                "Case: cns-1",
                "Status: ok",
                "Phase: induction",
                "",
                "Regimen:",
                "  1. Ganciclovir 350 mg (5 mg/kg x 70 kg) IV every 12 h over 60 min, 21 days",
                "     Rule: DOSE-GCV-RENAL [1, 2]",
                "  2. Foscarnet 4200 mg (60 mg/kg x 70 kg) IV every 8 h over 120 min, 21 days",
                "     Hydration: 500 mL normal saline with each infusion",
                "     Instruction: never faster than 1 mg/kg/min",
                "     Rule: DOSE-FOS-RENAL [3]",
                "",
                "Excluded:",
                "  - Cidofovir: never for CNS disease (REG-CNS-PARTIAL [4])",
                "  - Letermovir: prophylaxis only, never a treatment"
                    + " (REG-LETERMOVIR-PROPHYLAXIS-ONLY [4, 5])",
                "",
                "Alerts:",
                "  Critical:",
                "    - Monotherapy is not acceptable for CNS disease while both drugs are usable"
                    + " (cns_monotherapy_not_acceptable; REG-CNS-COMBINATION [4, 6])",
                "  Warning:",
                "    - Continue until symptoms resolve and CSF/plasma PCR is negative"
                    + " (cns_continue_until_pcr_negative; REG-CNS-COMBINATION [4, 6])",
                "  Info:",
                "    - Start or optimise antiretroviral therapy with the HIV team"
                    + " (adv_hiv_art; ADV-HIV-ART [7])",
                "    - Long-term ganciclovir: resistance can emerge"
                    + " (adv_resistance_emergence; ADV-RESISTANCE-EMERGENCE [4])",
                "",
                "Monitoring:",
                "  - CMV PCR (plasma): weekly; treat until below threshold (MON-CMV-PCR [4, 8])",
                "  - CSF CMV PCR: at the end of induction (MON-CSF-PCR [6])",
                "",
                "Advice:",
                "  - Effective CSF concentrations may be hard to reach; hence the combination [4]",
                "",
                "Why (rules that fired):",
                "  - REG-CNS-COMBINATION: CNS disease: ganciclovir plus foscarnet for 21 days [4]",
                "  - DOSE-GCV-RENAL: CrCl 113 mL/min: 5 mg/kg q12h [1]",
                "",
                "Assessment (rounded for display only; doses use the unrounded values):",
                "  Creatinine clearance (Cockcroft-Gault): 113 mL/min",
                "  Creatinine clearance per kg (foscarnet): 1.615 mL/min/kg",
                "  eGFR (bedside Schwartz): not applicable",
                "  Dosing weight: 70 kg",
                "  Ideal body weight: 70.5 kg",
                "  Adjusted body weight: not applicable",
                "  Body surface area: 1.84 m2",
                "  Renal replacement: none",
                "  Paediatric rules (under 18): no",
                "",
                "Sources:",
                "  [1] GCV-PI: " + Source.GCV_PI.citation(),
                "  [2] CG-1976: " + Source.CG_1976.citation(),
                "  [3] FOS-PI: " + Source.FOS_PI.citation(),
                "  [4] SEED: " + Source.SEED.citation(),
                "  [5] LTV-PI: " + Source.LTV_PI.citation(),
                "  [6] EACS: " + Source.EACS.citation(),
                "  [7] NIH-OI: " + Source.NIH_OI.citation(),
                "  [8] KOTTON-2025: " + Source.KOTTON_2025.citation())
            + "\n";
    assertThat(ExplainText.render(cnsCombination())).isEqualTo(expected);
  }

  @Test
  void render_startsWithDisclaimer() {
    assertThat(ExplainText.render(cnsCombination())).startsWith(DISCLAIMER + "\n");
    assertThat(ExplainText.DISCLAIMER).isEqualTo(DISCLAIMER);
  }

  @Test
  void render_commaDecimalDefaultLocale_sameText() {
    String rootText = ExplainText.render(cnsCombination());
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertThat(ExplainText.render(cnsCombination())).isEqualTo(rootText);
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(ExplainText.render(cnsCombination())).isEqualTo(rootText);
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(rootText).contains("1.615 mL/min/kg").doesNotContain("1,615");
  }

  /**
   * Haemodialysis maintenance: ganciclovir 0.625 mg/kg x 60 kg = 37.5 mg 3 times a week after
   * dialysis (GCV-PI table, clinical basis §3.1); valganciclovir oral solution 100 mg 3 times a week
   * after dialysis as the alternative (KOTTON-2025, clinical basis §3.2).
   */
  private static Recommendation haemodialysisMaintenance() {
    return Recommendation.builder()
        .status(Status.OK)
        .phase(RecommendationPhase.MAINTENANCE)
        .addRegimen(
            RegimenComponent.builder()
                .drug(Drug.GANCICLOVIR)
                .route(Route.IV)
                .dose(Milligrams.of(37.5))
                .doseMgPerKg(0.625)
                .timesPerWeek(3)
                .afterDialysis(true)
                .infusionMinutes(60)
                .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS)
                .build())
        .addAlternatives(
            RegimenComponent.builder()
                .drug(Drug.VALGANCICLOVIR)
                .route(Route.ORAL)
                .dose(Milligrams.of(100))
                .timesPerWeek(3)
                .afterDialysis(true)
                .addInstructionMessages(Message.verbatim("oral solution, not tablets"))
                .ruleId(RuleId.DOSE_VGC_HEMODIALYSIS)
                .build())
        .assessment(
            Assessment.builder()
                .dosingWeight(Mass.kilograms(60))
                .bodySurfaceArea(BodySurfaceArea.squareMetres(1.7))
                .renalReplacement(RenalReplacement.INTERMITTENT_HEMODIALYSIS)
                .paediatric(false)
                .build())
        .build();
  }

  @Test
  void render_haemodialysis_timesPerWeekAfterDialysisAndAlternative() {
    List<String> lines = ExplainText.render(haemodialysisMaintenance()).lines().toList();
    assertThat(lines)
        .containsSubsequence(
            "Phase: maintenance",
            "",
            "Regimen:",
            "  1. Ganciclovir 37.5 mg (0.625 mg/kg x 60 kg) IV 3 times a week after dialysis"
                + " over 60 min",
            "     Rule: DOSE-GCV-HEMODIALYSIS [1]",
            "",
            "Alternatives (not the default):",
            "  - Valganciclovir 100 mg oral 3 times a week after dialysis",
            "     Instruction: oral solution, not tablets",
            "     Rule: DOSE-VGC-HEMODIALYSIS [2, 3, 4]",
            "",
            "Assessment (rounded for display only; doses use the unrounded values):",
            "  Creatinine clearance (Cockcroft-Gault): not applicable",
            "  Creatinine clearance per kg (foscarnet): not applicable",
            "  eGFR (bedside Schwartz): not applicable",
            "  Dosing weight: 60 kg",
            "  Ideal body weight: not applicable",
            "  Adjusted body weight: not applicable",
            "  Body surface area: 1.7 m2",
            "  Renal replacement: intermittent hemodialysis",
            "  Paediatric rules (under 18): no",
            "",
            "Sources:",
            "  [1] GCV-PI: " + Source.GCV_PI.citation(),
            "  [2] VGC-PI: " + Source.VGC_PI.citation(),
            "  [3] SEED: " + Source.SEED.citation(),
            "  [4] KOTTON-2025: " + Source.KOTTON_2025.citation());
    assertThat(lines).doesNotContain("Case: ").noneMatch(l -> l.startsWith("Case:"));
    assertThat(lines).noneMatch(l -> l.startsWith("Alerts:") || l.startsWith("Excluded:"));
  }

  @Test
  void render_offLabelCrrt_flagLineAndRoundedDose() {
    // CRRT off-label 1.25 mg/kg q24h maintenance (HORVATITS-2014) x 62.3 kg = 77.875 mg,
    // shown as 77.88 mg (two decimals for display).
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.MAINTENANCE)
            .addRegimen(
                RegimenComponent.builder()
                    .drug(Drug.GANCICLOVIR)
                    .route(Route.IV)
                    .dose(Milligrams.of(77.875))
                    .doseMgPerKg(1.25)
                    .intervalHours(24)
                    .infusionMinutes(60)
                    .offLabel(true)
                    .ruleId(RuleId.DOSE_GCV_CRRT)
                    .build())
            .assessment(
                Assessment.builder()
                    .dosingWeight(Mass.kilograms(62.3))
                    .bodySurfaceArea(BodySurfaceArea.squareMetres(1.6))
                    .renalReplacement(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT)
                    .paediatric(false)
                    .build())
            .build();
    assertThat(ExplainText.render(r).lines())
        .containsSubsequence(
            "  1. Ganciclovir 77.88 mg (1.25 mg/kg x 62.3 kg) IV every 24 h over 60 min",
            "     OFF-LABEL: not a label dose; a specialist must confirm it",
            "     Rule: DOSE-GCV-CRRT [1, 2]",
            "  Renal replacement: continuous renal replacement",
            "  [1] HORVATITS-2014: " + Source.HORVATITS_2014.citation(),
            "  [2] MARTSON-2021: " + Source.MARTSON_2021.citation());
  }

  @Test
  void render_foscarnetHydrationRange_andPaediatricEgfr() {
    // FOS-PI: 750-1000 mL with doses above 60 mg/kg; 90 mg/kg x 20 kg = 1800 mg q24h.
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.MAINTENANCE)
            .addRegimen(
                RegimenComponent.builder()
                    .drug(Drug.FOSCARNET)
                    .route(Route.IV)
                    .dose(Milligrams.of(1800))
                    .doseMgPerKg(90)
                    .intervalHours(24)
                    .infusionMinutes(120)
                    .hydration(new Hydration(750, 1000, "with each infusion"))
                    .ruleId(RuleId.DOSE_FOS_RENAL)
                    .build())
            .assessment(
                Assessment.builder()
                    // Bedside Schwartz (SCHWARTZ-2009): 0.413 x 120 cm / 0.5 mg/dL = 99.12.
                    .egfr(io.github.cmvrx.core.quantity.Egfr.mlPerMinPer173(0.413 * 120 / 0.5))
                    .dosingWeight(Mass.kilograms(20))
                    .bodySurfaceArea(BodySurfaceArea.squareMetres(Math.sqrt(120.0 * 20 / 3600)))
                    .renalReplacement(RenalReplacement.NONE)
                    .paediatric(true)
                    .build())
            .build();
    // Mosteller: sqrt(120 x 20 / 3600) = sqrt(0.6667) = 0.8165 -> 0.82 m2.
    assertThat(ExplainText.render(r).lines())
        .containsSubsequence(
            "  1. Foscarnet 1800 mg (90 mg/kg x 20 kg) IV every 24 h over 120 min",
            "     Hydration: 750-1000 mL normal saline with each infusion",
            "  eGFR (bedside Schwartz): 99.1 mL/min/1.73 m2",
            "  Dosing weight: 20 kg",
            "  Body surface area: 0.82 m2",
            "  Paediatric rules (under 18): yes");
  }

  @Test
  void render_stopMaintenance_regimenNone() {
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.STOP_MAINTENANCE)
            .addRationale(
                RationaleEntry.of(
                    RuleId.PHASE_HIV_STOP, "CD4 above 100 /uL for 7 months on suppressive ART"))
            .build();
    assertThat(ExplainText.render(r))
        .isEqualTo(
            String.join(
                    "\n",
                    DISCLAIMER,
                    "Status: ok",
                    "Phase: stop maintenance",
                    "",
                    "Regimen: none",
                    "",
                    "Why (rules that fired):",
                    "  - PHASE-HIV-STOP: CD4 above 100 /uL for 7 months on suppressive ART [1]",
                    "",
                    "Sources:",
                    "  [1] SEED: " + Source.SEED.citation())
                + "\n");
  }

  @Test
  void render_refused_listsFieldErrorsOnly() {
    Recommendation r =
        Recommendation.refused(
            Optional.of("bad-1"),
            List.of(
                new FieldError(
                    "patient.ageYears", "value 130 is outside the accepted range (0, 120] years"),
                new FieldError(
                    "patient.serumCreatinine",
                    "required unless renalReplacement is intermittent_hemodialysis")));
    assertThat(ExplainText.render(r))
        .isEqualTo(
            String.join(
                    "\n",
                    DISCLAIMER,
                    "Case: bad-1",
                    "Status: refused",
                    "",
                    "Refused: correct these fields; nothing is recommended:",
                    "  - patient.ageYears: value 130 is outside the accepted range (0, 120] years",
                    "  - patient.serumCreatinine: required unless renalReplacement is"
                        + " intermittent_hemodialysis")
                + "\n");
  }

  @Test
  void component_weeklyCidofovirWithoutAssessment_perKgWithoutWeight() {
    // CDV-PI: 5 mg/kg once weekly; 5 x 70 = 350 mg.
    RegimenComponent c =
        RegimenComponent.builder()
            .drug(Drug.CIDOFOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(350))
            .doseMgPerKg(5)
            .timesPerWeek(1)
            .infusionMinutes(60)
            .durationDays(14)
            .ruleId(RuleId.REG_THIRD_LINE)
            .build();
    assertThat(ExplainText.component(c, Optional.empty()))
        .isEqualTo("Cidofovir 350 mg (5 mg/kg) IV once a week over 60 min, 14 days");
  }

  @Test
  void component_oralFixedDoseTwiceDaily() {
    // Maribavir 400 mg orally twice daily (MBV-PI).
    RegimenComponent c =
        RegimenComponent.builder()
            .drug(Drug.MARIBAVIR)
            .route(Route.ORAL)
            .dose(Milligrams.of(400))
            .intervalHours(12)
            .durationDays(1)
            .ruleId(RuleId.DOSE_MBV)
            .build();
    assertThat(ExplainText.component(c, Optional.of(Mass.kilograms(70))))
        .isEqualTo("Maribavir 400 mg oral every 12 h, 1 day");
  }

  @Test
  void testName_everyTest_named() {
    for (MonitoringTest t : MonitoringTest.values()) {
      assertThat(ExplainText.testName(t)).isNotBlank();
    }
    assertThat(ExplainText.testName(MonitoringTest.CBC)).isEqualTo("CBC with differential");
  }
}
