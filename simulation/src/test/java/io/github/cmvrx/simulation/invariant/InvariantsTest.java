package io.github.cmvrx.simulation.invariant;

import static io.github.cmvrx.simulation.invariant.Fixtures.encephalitis;
import static io.github.cmvrx.simulation.invariant.Fixtures.fosInduction;
import static io.github.cmvrx.simulation.invariant.Fixtures.gcvInduction;
import static io.github.cmvrx.simulation.invariant.Fixtures.iv;
import static io.github.cmvrx.simulation.invariant.Fixtures.ok;
import static io.github.cmvrx.simulation.invariant.Fixtures.oral;
import static io.github.cmvrx.simulation.invariant.Fixtures.pneumonitis;
import static io.github.cmvrx.simulation.invariant.Fixtures.subject;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
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
import io.github.cmvrx.dosing.policy.FoscarnetInductionScheme;
import io.github.cmvrx.dosing.policy.Policy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Each invariant catches a deliberately wrong recommendation and passes a correct one. Expected
 * doses are those of the clinical basis (section numbers in each test).
 */
class InvariantsTest {

  private static final Recommendation GCV_FULL = ok().give(gcvInduction()).build();

  // dose-within-label-maximum

  @Test
  void doseMaximum_ganciclovir5MgPerKg_passes() {
    // Clinical basis §3.1: 5 mg/kg q12h at CrCl >= 70.
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), GCV_FULL))).isEmpty();
  }

  @Test
  void doseMaximum_ganciclovir6MgPerKg_violates() {
    Recommendation r = ok().give(iv(Drug.GANCICLOVIR, 6, 12, 60, RuleId.DOSE_GCV_RENAL)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r)))
        .hasValueSatisfying(m -> assertThat(m).contains("GANCICLOVIR").contains("5"));
  }

  @Test
  void doseMaximum_foscarnet90UnderDefault60q8hScheme_violates() {
    // Clinical basis §3.3: the default induction scheme is 60 mg/kg q8h; 90 is the other scheme's.
    Recommendation r = ok().give(iv(Drug.FOSCARNET, 90, 12, 120, RuleId.DOSE_FOS_RENAL)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r))).isPresent();
    Policy ninety = Policy.builder().foscarnetInduction(FoscarnetInductionScheme.MG90_Q12H).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), ninety, r))).isEmpty();
  }

  @Test
  void doseMaximum_valganciclovir1800MgPerDose_violates() {
    // Clinical basis §3.2: at most 900 mg per dose.
    Recommendation r = ok().give(oral(Drug.VALGANCICLOVIR, 1800, 24, RuleId.DOSE_VGC_RENAL)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r))).isPresent();
  }

  @Test
  void doseMaximum_maribavir800WithoutInducer_violates() {
    // Clinical basis §3.5: 400 mg twice daily; 800 only with carbamazepine.
    Recommendation r = ok().give(oral(Drug.MARIBAVIR, 800, 12, RuleId.DOSE_MBV)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r))).isPresent();
    Recommendation right = ok().give(oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), right))).isEmpty();
  }

  @Test
  void doseMaximum_zeroDose_violates() {
    Recommendation r = ok().give(oral(Drug.VALGANCICLOVIR, 0, 12, RuleId.DOSE_VGC_RENAL)).build();
    assertThat(Invariants.DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r)))
        .hasValueSatisfying(m -> assertThat(m).contains("positive"));
  }

  // daily-dose-within-label-maximum

  @Test
  void dailyDose_ganciclovir5MgPerKgQ12h_passes() {
    assertThat(Invariants.DAILY_DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), GCV_FULL))).isEmpty();
  }

  @Test
  void dailyDose_ganciclovir5MgPerKgQ8h_violates() {
    // Clinical basis §3.1: q12h at most, 10 mg/kg a day; q8h would be 15.
    Recommendation r = ok().give(iv(Drug.GANCICLOVIR, 5, 8, 60, RuleId.DOSE_GCV_RENAL)).build();
    assertThat(Invariants.DAILY_DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r))).isPresent();
  }

  @Test
  void dailyDose_valganciclovir900TwiceDailyInMaintenance_violates() {
    // Clinical basis §3.2: maintenance is 900 mg once daily.
    Recommendation r =
        ok().phase(RecommendationPhase.MAINTENANCE)
            .give(oral(Drug.VALGANCICLOVIR, 900, 12, RuleId.DOSE_VGC_RENAL))
            .build();
    assertThat(Invariants.DAILY_DOSE_WITHIN_LABEL_MAXIMUM.check(subject(pneumonitis(), r))).isPresent();
  }

  // no-valganciclovir-tablets-on-haemodialysis

  @Test
  void vgcOnHaemodialysis_ivGanciclovir3TimesAWeek_passes() {
    // Clinical basis §3.1: 1.25 mg/kg 3 times a week after dialysis.
    PatientCase c = Fixtures.adult(RenalReplacement.INTERMITTENT_HEMODIALYSIS, DiseaseSite.PNEUMONITIS);
    RegimenComponent hd =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(1.25 * Fixtures.WEIGHT_KG))
            .doseMgPerKg(1.25)
            .timesPerWeek(3)
            .afterDialysis(true)
            .infusionMinutes(60)
            .ruleId(RuleId.DOSE_GCV_HEMODIALYSIS)
            .build();
    Recommendation r =
        ok().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS, Double.NaN).give(hd).build();
    assertThat(Invariants.NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS.check(subject(c, r))).isEmpty();
  }

  @Test
  void vgcOnHaemodialysis_tablets_violates() {
    PatientCase c = Fixtures.adult(RenalReplacement.INTERMITTENT_HEMODIALYSIS, DiseaseSite.PNEUMONITIS);
    Recommendation r =
        ok().rrt(RenalReplacement.INTERMITTENT_HEMODIALYSIS, Double.NaN)
            .give(oral(Drug.VALGANCICLOVIR, 450, 48, RuleId.DOSE_VGC_RENAL))
            .build();
    assertThat(Invariants.NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS.check(subject(c, r))).isPresent();
  }

  @Test
  void vgcOnHaemodialysis_tabletsBelowCrcl10_violates() {
    // Clinical basis §3.2: < 10 mL/min, tablets not recommended.
    Recommendation r =
        ok().rrt(RenalReplacement.NONE, 9.99)
            .give(oral(Drug.VALGANCICLOVIR, 450, 48, RuleId.DOSE_VGC_RENAL))
            .build();
    assertThat(Invariants.NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS.check(subject(pneumonitis(), r)))
        .isPresent();
  }

  /**
   * Regression: the first 1,000,000-patient verify run (seed 1) reported 31 boundary patients
   * whose Cockcroft-Gault is exactly 10 mL/min in decimal but 9.999999999999998 in binary. The
   * engine rightly puts them in the 10-25 band (lower edge included, decision 0209); the
   * invariant must not call that "below 10".
   */
  @Test
  void vgcOnHaemodialysis_tabletsAtCrcl10OneUlpBelow_passes() {
    Recommendation r =
        ok().rrt(RenalReplacement.NONE, 9.999999999999998)
            .give(oral(Drug.VALGANCICLOVIR, 450, 48, RuleId.DOSE_VGC_RENAL))
            .build();
    assertThat(Invariants.NO_VALGANCICLOVIR_TABLETS_ON_HAEMODIALYSIS.check(subject(pneumonitis(), r)))
        .isEmpty();
  }

  // no-foscarnet-on-dialysis

  @Test
  void foscarnetOnDialysis_excludedOnCrrt_passes() {
    PatientCase c = Fixtures.adult(RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT, DiseaseSite.PNEUMONITIS);
    Recommendation r =
        ok().give(gcvInduction()).exclude(Drug.FOSCARNET, RuleId.DOSE_FOS_DIALYSIS).build();
    assertThat(Invariants.NO_FOSCARNET_ON_DIALYSIS.check(subject(c, r))).isEmpty();
  }

  @Test
  void foscarnetOnDialysis_givenOnPeritonealDialysis_violates() {
    PatientCase c = Fixtures.adult(RenalReplacement.PERITONEAL_DIALYSIS, DiseaseSite.PNEUMONITIS);
    Recommendation r = ok().give(fosInduction()).build();
    assertThat(Invariants.NO_FOSCARNET_ON_DIALYSIS.check(subject(c, r))).isPresent();
  }

  // cns-combination

  @Test
  void cnsCombination_bothDrugs_passes() {
    // Clinical basis §4.1.
    Recommendation r = ok().give(gcvInduction(), fosInduction()).build();
    assertThat(Invariants.CNS_COMBINATION.check(subject(encephalitis(), r))).isEmpty();
  }

  @Test
  void cnsCombination_ganciclovirAlone_violates() {
    Recommendation r = ok().give(gcvInduction()).build();
    assertThat(Invariants.CNS_COMBINATION.check(subject(encephalitis(), r)))
        .hasValueSatisfying(m -> assertThat(m).contains("foscarnet"));
  }

  @Test
  void cnsCombination_foscarnetExcludedWithCriticalAlert_passes() {
    // Clinical basis §4.2: the remaining drug alone with a critical alert.
    Recommendation r =
        ok().give(gcvInduction())
            .exclude(Drug.FOSCARNET, RuleId.DOSE_FOS_RENAL)
            .alert(AlertSeverity.CRITICAL, RuleId.REG_CNS_PARTIAL)
            .build();
    assertThat(Invariants.CNS_COMBINATION.check(subject(encephalitis(), r))).isEmpty();
  }

  @Test
  void cnsCombination_partialWithoutCriticalAlert_violates() {
    Recommendation r =
        ok().give(gcvInduction()).exclude(Drug.FOSCARNET, RuleId.DOSE_FOS_RENAL).build();
    assertThat(Invariants.CNS_COMBINATION.check(subject(encephalitis(), r))).isPresent();
  }

  // no-cidofovir-or-maribavir-for-cns

  @Test
  void cidofovirForCns_notGiven_passes() {
    Recommendation r = ok().give(gcvInduction(), fosInduction()).build();
    assertThat(Invariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS.check(subject(encephalitis(), r))).isEmpty();
  }

  @Test
  void cidofovirForCns_given_violates() {
    Recommendation r = ok().give(iv(Drug.CIDOFOVIR, 5, 168, 60, RuleId.REG_THIRD_LINE)).build();
    assertThat(Invariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS.check(subject(encephalitis(), r))).isPresent();
  }

  @Test
  void maribavirForCns_asAlternative_violates() {
    Recommendation r =
        ok().give(gcvInduction(), fosInduction())
            .alternative(oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV))
            .build();
    assertThat(Invariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS.check(subject(encephalitis(), r))).isPresent();
  }

  @Test
  void maribavirForRetinitis_given_violates() {
    PatientCase c = Fixtures.adult(RenalReplacement.NONE, DiseaseSite.RETINITIS);
    Recommendation r = ok().give(oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV)).build();
    assertThat(Invariants.NO_CIDOFOVIR_OR_MARIBAVIR_FOR_CNS.check(subject(c, r))).isPresent();
  }

  // no-letermovir-in-regimen

  @Test
  void letermovir_excluded_passes() {
    Recommendation r =
        ok().give(gcvInduction())
            .exclude(Drug.LETERMOVIR, RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY)
            .build();
    assertThat(Invariants.NO_LETERMOVIR_IN_REGIMEN.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void letermovir_inRegimen_violates() {
    Recommendation r = ok().give(oral(Drug.LETERMOVIR, 480, 24, RuleId.REG_LETERMOVIR_PROPHYLAXIS_ONLY)).build();
    assertThat(Invariants.NO_LETERMOVIR_IN_REGIMEN.check(subject(pneumonitis(), r))).isPresent();
  }

  // no-maribavir-with-ganciclovir

  @Test
  void maribavirWithGanciclovir_maribavirAlone_passes() {
    Recommendation r = ok().give(oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV)).build();
    assertThat(Invariants.NO_MARIBAVIR_WITH_GANCICLOVIR.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void maribavirWithGanciclovir_together_violates() {
    Recommendation r =
        ok().give(gcvInduction(), oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV)).build();
    assertThat(Invariants.NO_MARIBAVIR_WITH_GANCICLOVIR.check(subject(pneumonitis(), r))).isPresent();
  }

  // excluded-not-in-regimen

  @Test
  void excludedNotInRegimen_consistent_passes() {
    Recommendation r =
        ok().give(fosInduction()).exclude(Drug.GANCICLOVIR, RuleId.DOSE_GCV_CYTOPENIA).build();
    assertThat(Invariants.EXCLUDED_NOT_IN_REGIMEN.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void excludedNotInRegimen_excludedAndGiven_violates() {
    Recommendation r =
        ok().give(gcvInduction()).exclude(Drug.GANCICLOVIR, RuleId.DOSE_GCV_CYTOPENIA).build();
    assertThat(Invariants.EXCLUDED_NOT_IN_REGIMEN.check(subject(pneumonitis(), r))).isPresent();
  }

  // mg-matches-mg-per-kg

  @Test
  void mgMatchesMgPerKg_5MgPerKgOf72Kg_passes() {
    // 5 mg/kg x 72 kg = 360 mg.
    assertThat(GCV_FULL.regimen().get(0).dose().value()).isEqualTo(360.0);
    assertThat(Invariants.MG_MATCHES_MG_PER_KG.check(subject(pneumonitis(), GCV_FULL))).isEmpty();
  }

  @Test
  void mgMatchesMgPerKg_wrongMg_violates() {
    RegimenComponent wrong =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(400))
            .doseMgPerKg(5)
            .intervalHours(12)
            .infusionMinutes(60)
            .ruleId(RuleId.DOSE_GCV_RENAL)
            .build();
    Recommendation r = ok().give(wrong).build();
    assertThat(Invariants.MG_MATCHES_MG_PER_KG.check(subject(pneumonitis(), r))).isPresent();
  }

  @Test
  void mgMatchesMgPerKg_roundedWithinHalfIncrement_passes() {
    // 360 mg rounded to the nearest 25 mg is 350 or 375: 350 is within 12.5 mg.
    RegimenComponent rounded =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(350))
            .doseMgPerKg(5)
            .intervalHours(12)
            .infusionMinutes(60)
            .ruleId(RuleId.DOSE_GCV_RENAL)
            .build();
    Policy round25 = Policy.builder().roundingMg(25).build();
    Recommendation r = ok().give(rounded).build();
    assertThat(Invariants.MG_MATCHES_MG_PER_KG.check(subject(pneumonitis(), round25, r))).isEmpty();
    assertThat(Invariants.MG_MATCHES_MG_PER_KG.check(subject(pneumonitis(), r))).isPresent();
  }

  // foscarnet-infusion-rate

  @Test
  void foscarnetRate_60MgPerKgOver120Min_passes() {
    // Clinical basis §3.3: 120 minutes by default, 0.5 mg/kg/min.
    Recommendation r = ok().give(fosInduction()).build();
    assertThat(Invariants.FOSCARNET_INFUSION_RATE.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void foscarnetRate_60MgPerKgOver30Min_violates() {
    Recommendation r = ok().give(iv(Drug.FOSCARNET, 60, 8, 30, RuleId.DOSE_FOS_RENAL)).build();
    assertThat(Invariants.FOSCARNET_INFUSION_RATE.check(subject(pneumonitis(), r))).isPresent();
  }

  // rationale-cited

  @Test
  void rationale_citedForEveryRule_passes() {
    assertThat(Invariants.RATIONALE_CITED.check(subject(pneumonitis(), GCV_FULL))).isEmpty();
  }

  @Test
  void rationale_missing_violates() {
    Recommendation r = ok().give(gcvInduction()).noRationale().build();
    assertThat(Invariants.RATIONALE_CITED.check(subject(pneumonitis(), r))).isPresent();
  }

  @Test
  void rationale_sourceNotAmongRuleSources_violates() {
    Recommendation.Builder b =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addRegimen(gcvInduction())
            .addRationale(new RationaleEntry(RuleId.DOSE_GCV_RENAL, "fired", Source.MBV_PI))
            .assessment(Fixtures.assessment(RenalReplacement.NONE, 100));
    assertThat(Invariants.RATIONALE_CITED.check(subject(pneumonitis(), b.build()))).isPresent();
  }

  // empty-regimen-explained

  @Test
  void emptyRegimen_withNoSafeRegimenAlert_passes() {
    Recommendation r = ok().alert(AlertSeverity.CRITICAL, RuleId.REG_NO_SAFE_REGIMEN).build();
    assertThat(Invariants.EMPTY_REGIMEN_EXPLAINED.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void emptyRegimen_inStopMaintenance_passes() {
    Recommendation r = ok().phase(RecommendationPhase.STOP_MAINTENANCE).build();
    assertThat(Invariants.EMPTY_REGIMEN_EXPLAINED.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void emptyRegimen_withoutAlert_violates() {
    Recommendation r = ok().alert(AlertSeverity.WARNING, RuleId.REG_NO_SAFE_REGIMEN).build();
    assertThat(Invariants.EMPTY_REGIMEN_EXPLAINED.check(subject(pneumonitis(), r))).isPresent();
  }

  // deterministic

  @Test
  void deterministic_sameAnswer_passes() {
    Subject s = new Subject(pneumonitis(), Policy.defaults(), GCV_FULL, (c, p) -> GCV_FULL);
    assertThat(Invariants.DETERMINISTIC.check(s)).isEmpty();
  }

  @Test
  void deterministic_answerChangesOnSecondCall_violates() {
    AtomicInteger calls = new AtomicInteger();
    Engine flaky =
        (c, p) ->
            calls.getAndIncrement() == 0
                ? GCV_FULL
                : ok().give(iv(Drug.GANCICLOVIR, 2.5, 12, 60, RuleId.DOSE_GCV_RENAL)).build();
    Recommendation first = flaky.recommend(pneumonitis(), Policy.defaults());
    Subject s = new Subject(pneumonitis(), Policy.defaults(), first, flaky);
    assertThat(Invariants.DETERMINISTIC.check(s)).isPresent();
  }

  // dose-monotone-in-creatinine

  @Test
  void monotone_lowerDoseWhenCreatinineRises_passes() {
    // Clinical basis §3.1: CrCl 100 -> 5 mg/kg q12h; CrCl 80 (creatinine x 1.25) -> still 5; any
    // engine that lowers or keeps the dose passes.
    Engine engine =
        (c, p) ->
            c.patient().serumCreatinine().orElseThrow().value() > 1.0
                ? ok().give(iv(Drug.GANCICLOVIR, 2.5, 12, 60, RuleId.DOSE_GCV_RENAL)).build()
                : GCV_FULL;
    Subject s = new Subject(pneumonitis(), Policy.defaults(), GCV_FULL, engine);
    assertThat(Invariants.DOSE_MONOTONE_IN_CREATININE.check(s)).isEmpty();
  }

  @Test
  void monotone_higherDoseWhenCreatinineRises_violates() {
    Recommendation low = ok().give(iv(Drug.GANCICLOVIR, 2.5, 12, 60, RuleId.DOSE_GCV_RENAL)).build();
    Engine backwards = (c, p) -> c.patient().serumCreatinine().orElseThrow().value() > 1.0 ? GCV_FULL : low;
    Subject s = new Subject(pneumonitis(), Policy.defaults(), low, backwards);
    assertThat(Invariants.DOSE_MONOTONE_IN_CREATININE.check(s))
        .hasValueSatisfying(m -> assertThat(m).contains("GANCICLOVIR"));
  }

  @Test
  void monotone_refusedAfterRise_violates() {
    Engine refuses =
        (c, p) ->
            c.patient().serumCreatinine().orElseThrow().value() > 1.0
                ? Recommendation.refused(Optional.empty(), List.of(new FieldError("case", "no")))
                : GCV_FULL;
    Subject s = new Subject(pneumonitis(), Policy.defaults(), GCV_FULL, refuses);
    assertThat(Invariants.DOSE_MONOTONE_IN_CREATININE.check(s)).isPresent();
  }

  @Test
  void withHigherCreatinine_raisesBy25Percent() {
    PatientCase raised = Invariants.withHigherCreatinine(pneumonitis()).orElseThrow();
    assertThat(raised.patient().serumCreatinine().orElseThrow().value()).isEqualTo(1.25);
    assertThat(raised.disease()).isEqualTo(pneumonitis().disease());
  }

  // invalid-input-refused

  @Test
  void invalidInput_everyMutationIsRefusedByTheBuilders() {
    for (InvalidInput.Mutation m : InvalidInput.MUTATIONS) {
      assertThat(InvalidInput.probe(pneumonitis(), m)).as(m.field()).isEmpty();
    }
  }

  @Test
  void invalidInput_acceptedValue_violates() {
    // A "mutation" that builds a valid case stands for a validation path that lets bad input in.
    InvalidInput.Mutation lenient = new InvalidInput.Mutation("patient.weightKg", c -> c);
    assertThat(InvalidInput.probe(pneumonitis(), lenient))
        .hasValueSatisfying(m -> assertThat(m).contains("accepted"));
  }

  @Test
  void invalidInput_messageWithoutField_violates() {
    InvalidInput.Mutation vague =
        new InvalidInput.Mutation(
            "patient.weightKg",
            c -> {
              throw new IllegalArgumentException("bad input");
            });
    assertThat(InvalidInput.probe(pneumonitis(), vague)).isPresent();
  }

  // json-round-trip

  @Test
  void jsonRoundTrip_faithfulCodec_passes() {
    PatientCase c = pneumonitis();
    assertThat(Invariants.jsonRoundTrip(pc -> "case", json -> c).check(subject(c, GCV_FULL)))
        .isEmpty();
  }

  @Test
  void jsonRoundTrip_lossyCodec_violates() {
    assertThat(
            Invariants.jsonRoundTrip(pc -> "case", json -> encephalitis())
                .check(subject(pneumonitis(), GCV_FULL)))
        .isPresent();
  }

  @Test
  void jsonRoundTrip_contractCodec_passesOnAReferenceCase() {
    assertThat(Invariants.JSON_ROUND_TRIP.check(subject(pneumonitis(), GCV_FULL))).isEmpty();
  }

  @Test
  void catalogue_holdsRoundTripOnceAmongEighteen() {
    assertThat(Invariants.catalogue())
        .extracting(Invariant::name)
        .contains("json-round-trip", "cns-combination", "dose-monotone-in-creatinine")
        .contains("invalid-input-refused")
        .doesNotHaveDuplicates()
        .hasSize(18);
  }

  // every-rule-in-rationale (issue 11 item 1)

  @Test
  void everyRuleInRationale_everyNamedRuleHasEntry_passes() {
    Recommendation r =
        ok().give(gcvInduction()).alert(AlertSeverity.WARNING, RuleId.ADV_OBESITY_WEIGHT).build();
    assertThat(Invariants.EVERY_RULE_IN_RATIONALE.check(subject(pneumonitis(), r))).isEmpty();
  }

  @Test
  void everyRuleInRationale_alertWithoutEntry_violates() {
    // The obesity warning raised as an alert with no rationale entry (the defect of item 1).
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addRegimen(gcvInduction())
            .addAlerts(
                new Alert(
                    AlertSeverity.WARNING,
                    "obesity_weight_basis",
                    "weight basis uncertain",
                    RuleId.ADV_OBESITY_WEIGHT))
            .addRationale(RationaleEntry.of(RuleId.DOSE_GCV_RENAL, "fired"))
            .assessment(Fixtures.assessment(RenalReplacement.NONE, 100))
            .build();
    assertThat(Invariants.EVERY_RULE_IN_RATIONALE.check(subject(pneumonitis(), r)))
        .hasValueSatisfying(m -> assertThat(m).contains("ADV-OBESITY-WEIGHT", "alert"));
  }

  @Test
  void everyRuleInRationale_alternativeOrMonitoringWithoutEntry_violates() {
    Recommendation alternative =
        fosWithOneRationale()
            .addAlternatives(oral(Drug.MARIBAVIR, 400, 12, RuleId.DOSE_MBV))
            .build();
    assertThat(Invariants.EVERY_RULE_IN_RATIONALE.check(subject(pneumonitis(), alternative)))
        .hasValueSatisfying(m -> assertThat(m).contains("DOSE-MBV", "alternative"));
    Recommendation monitoring =
        fosWithOneRationale()
            .addMonitoring(
                new MonitoringItem(MonitoringTest.CMV_PCR, "weekly", RuleId.MON_CMV_PCR))
            .build();
    assertThat(Invariants.EVERY_RULE_IN_RATIONALE.check(subject(pneumonitis(), monitoring)))
        .hasValueSatisfying(m -> assertThat(m).contains("MON-CMV-PCR", "monitoring"));
  }

  private static Recommendation.Builder fosWithOneRationale() {
    return Recommendation.builder()
        .status(Status.OK)
        .phase(RecommendationPhase.INDUCTION)
        .addRegimen(fosInduction())
        .addRationale(RationaleEntry.of(RuleId.DOSE_FOS_RENAL, "fired"))
        .assessment(Fixtures.assessment(RenalReplacement.NONE, 100));
  }

  @Test
  void everyRuleInRationale_inCatalogue() {
    assertThat(Invariants.catalogue())
        .extracting(Invariant::name)
        .contains("every-rule-in-rationale");
  }

  // practical doses (issue 11 item 6)

  @Test
  void mgMatchesMgPerKg_fractionalMg_violates() {
    // 5 mg/kg x 72 kg = 360 mg; 359.5 mg is below the computed dose but not a whole mg.
    RegimenComponent fractional =
        RegimenComponent.builder()
            .drug(Drug.GANCICLOVIR)
            .route(Route.IV)
            .dose(Milligrams.of(359.5))
            .doseMgPerKg(5)
            .intervalHours(12)
            .infusionMinutes(60)
            .ruleId(RuleId.DOSE_GCV_RENAL)
            .build();
    Recommendation r = ok().give(fractional).build();
    assertThat(Invariants.MG_MATCHES_MG_PER_KG.check(subject(pneumonitis(), r)))
        .hasValueSatisfying(m -> assertThat(m).contains("whole"));
  }

  @Test
  void refusal_passesEveryInvariantVacuously() {
    Recommendation refused =
        Recommendation.refused(Optional.empty(), List.of(new FieldError("case", "refused")));
    for (Invariant inv : Invariants.catalogue()) {
      Subject s = new Subject(encephalitis(), Policy.defaults(), refused, (c, p) -> refused);
      assertThat(inv.check(s)).as(inv.name()).isEmpty();
    }
  }
}
