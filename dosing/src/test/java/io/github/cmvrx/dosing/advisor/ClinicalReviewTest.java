package io.github.cmvrx.dosing.advisor;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Disease;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.HostCategory;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.model.Severity;
import io.github.cmvrx.core.model.Sex;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.TreatmentPhase;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.Age;
import io.github.cmvrx.core.quantity.CellCount;
import io.github.cmvrx.core.quantity.Haemoglobin;
import io.github.cmvrx.core.quantity.Length;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import io.github.cmvrx.core.quantity.UrineProtein;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.MonitoringTest;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.dosing.policy.WeightBasis;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The second clinical review (issue 11): one nested class per item, each asserting what a
 * pharmacist reading the output would correct. Clinical numbers are worked by hand from the
 * clinical basis (docs/clinical-basis.md) in the comments.
 *
 * <p>Base patient: a man of 68 years with serum creatinine 1 mg/dL, so Cockcroft-Gault CrCl =
 * (140 - 68) x weight / (72 x 1) = weight in mL/min and the foscarnet CrCl per kg = 72 / 72 = 1.0
 * mL/min/kg (spec 2).
 */
class ClinicalReviewTest {

  /** A mutable case description; every unset optional field is "not known". */
  static final class Draft {
    double age = 68;
    Sex sex = Sex.MALE;
    double kg = 70;
    double cm = 175;
    Optional<Double> scr = Optional.of(1.0);
    RenalReplacement rrt = RenalReplacement.NONE;
    HostCategory host = HostCategory.SOLID_ORGAN_TRANSPLANT;
    Optional<Double> cd4 = Optional.empty();
    Optional<Boolean> art = Optional.empty();
    Optional<Boolean> rnaSuppressed = Optional.empty();
    Optional<Double> monthsCd4 = Optional.empty();
    Set<DiseaseSite> sites = EnumSet.of(DiseaseSite.PNEUMONITIS);
    Severity severity = Severity.SEVERE;
    Set<Drug> resistantTo = EnumSet.noneOf(Drug.class);
    Optional<Boolean> refractory = Optional.empty();
    Optional<Double> anc = Optional.of(2500.0);
    Optional<Double> platelets = Optional.of(150000.0);
    Optional<Double> hb = Optional.of(11.5);
    Optional<Double> urineProtein = Optional.of(10.0);
    TreatmentPhase phase = TreatmentPhase.NONE;
    Optional<Integer> daysOfIv = Optional.empty();
    Optional<Integer> daysOfInduction = Optional.empty();
    Optional<Boolean> oral = Optional.of(false);
    Optional<Boolean> intolerance = Optional.of(false);
    Optional<Boolean> nephrotoxic = Optional.of(false);
    Set<Inducer> inducers = EnumSet.noneOf(Inducer.class);

    PatientCase build() {
      Patient.Builder p =
          Patient.builder()
              .age(Age.years(age))
              .sex(sex)
              .weight(Mass.kilograms(kg))
              .height(Length.centimetres(cm))
              .renalReplacement(rrt);
      scr.ifPresent(x -> p.serumCreatinine(SerumCreatinine.mgPerDl(x)));
      Host.Builder h = Host.builder().category(host);
      cd4.ifPresent(x -> h.cd4(CellCount.perMicrolitre(x)));
      art.ifPresent(h::onAntiretroviralTherapy);
      rnaSuppressed.ifPresent(h::hivRnaSuppressed);
      monthsCd4.ifPresent(h::monthsCd4Above100);
      Labs.Builder l = Labs.builder();
      anc.ifPresent(x -> l.anc(CellCount.perMicrolitre(x)));
      platelets.ifPresent(x -> l.platelets(CellCount.perMicrolitre(x)));
      hb.ifPresent(x -> l.hemoglobin(Haemoglobin.gramsPerDecilitre(x)));
      urineProtein.ifPresent(x -> l.urineProtein(UrineProtein.mgPerDecilitre(x)));
      Virology.Builder v = Virology.builder().addAllResistantTo(resistantTo);
      refractory.ifPresent(v::refractory);
      Treatment.Builder t = Treatment.builder().phase(phase).addAllInducers(inducers);
      daysOfIv.ifPresent(t::daysOfIvTherapy);
      daysOfInduction.ifPresent(t::daysOfInduction);
      oral.ifPresent(t::canTakeOral);
      intolerance.ifPresent(t::ganciclovirIntolerance);
      nephrotoxic.ifPresent(t::nephrotoxicComedication);
      return PatientCase.builder()
          .patient(p.build())
          .host(h.build())
          .disease(Disease.builder().addAllSites(sites).severity(severity).build())
          .virology(v.build())
          .labs(l.build())
          .treatment(t.build())
          .build();
    }

    Recommendation recommend() {
      return TreatmentAdvisor.recommend(build(), Policy.defaults());
    }

    Recommendation recommend(Policy policy) {
      return TreatmentAdvisor.recommend(build(), policy);
    }
  }

  static Draft draft() {
    return new Draft();
  }

  static Set<String> alertCodes(Recommendation r) {
    Set<String> codes = new java.util.LinkedHashSet<>();
    for (Alert a : r.alerts()) {
      codes.add(a.code());
    }
    return codes;
  }

  static Optional<Alert> alert(Recommendation r, String code) {
    return r.alerts().stream().filter(a -> a.code().equals(code)).findFirst();
  }

  static Optional<RationaleEntry> why(Recommendation r, RuleId rule) {
    return r.rationale().stream().filter(e -> e.ruleId() == rule).findFirst();
  }

  static RegimenComponent component(List<RegimenComponent> list, Drug drug) {
    return list.stream().filter(c -> c.drug() == drug).findFirst().orElseThrow();
  }

  /** Every rule id the recommendation names outside its rationale (item 1's invariant). */
  static Set<RuleId> namedRules(Recommendation r) {
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    r.alerts().forEach(a -> rules.add(a.ruleId()));
    r.excluded().forEach(e -> rules.add(e.ruleId()));
    r.regimen().forEach(c -> rules.add(c.ruleId()));
    r.alternatives().forEach(c -> rules.add(c.ruleId()));
    r.monitoring().forEach(m -> rules.add(m.ruleId()));
    return rules;
  }

  static Set<RuleId> rationaleRules(Recommendation r) {
    Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
    r.rationale().forEach(e -> rules.add(e.ruleId()));
    return rules;
  }

  /** Item 1: every rule that fires has a rationale entry. */
  @Nested
  class Item01EveryRuleInRationale {
    @Test
    void obesity_alertHasRationaleEntry() {
      // IBW (Devine) = 50 + 2.3 x (175 / 2.54 - 60) = 70.46 kg; 150 kg > 1.3 x 70.46 = 91.60 kg,
      // so ADV-OBESITY-WEIGHT fires (spec 2, Decision (weight basis); spec 7).
      Draft d = draft();
      d.kg = 150;
      Recommendation r = d.recommend();
      assertThat(alertCodes(r)).contains("obesity_weight_basis");
      assertThat(rationaleRules(r)).contains(RuleId.ADV_OBESITY_WEIGHT);
      assertThat(rationaleRules(r)).containsAll(namedRules(r));
    }

    @Test
    void heightBelow60Inches_adult_alertHasRationaleEntry() {
      // 150 cm = 59.06 inches < 60: IBW is not defined (spec 2, Decision (Devine below 60 in)).
      Draft d = draft();
      d.cm = 150;
      Recommendation r = d.recommend();
      assertThat(alertCodes(r)).contains("ibw_undefined");
      assertThat(rationaleRules(r)).contains(RuleId.DOSE_IBW_UNDEFINED);
      assertThat(rationaleRules(r)).containsAll(namedRules(r));
    }
  }

  /** Item 2: a rule that needs a missing value says so, naming the field. */
  @Nested
  class Item02UnknownSaidAloud {
    @Test
    void hivMaintenance_cd4Above100_rnaAndMonthsUnknown_alertNamesFields() {
      // CD4 180 > 100 on ART, but HIV RNA suppression and months above 100 not given: the stop
      // criteria (spec 5, PHASE-HIV-STOP) cannot be assessed; continue (decision 0007) and say so.
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.cd4 = Optional.of(180.0);
      d.art = Optional.of(true);
      d.phase = TreatmentPhase.MAINTENANCE;
      d.daysOfInduction = Optional.of(21);
      d.oral = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(r.phase()).hasValue(RecommendationPhase.MAINTENANCE);
      Alert a = alert(r, "hiv_stop_criteria_unknown").orElseThrow();
      assertThat(a.ruleId()).isEqualTo(RuleId.PHASE_HIV_STOP);
      assertThat(a.message()).contains("host.hivRnaSuppressed", "host.monthsCd4Above100");
      assertThat(a.message()).doesNotContain("host.onAntiretroviralTherapy");
    }

    @Test
    void hivMaintenance_cd4Unknown_alertNamesCd4() {
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.phase = TreatmentPhase.MAINTENANCE;
      d.daysOfInduction = Optional.of(21);
      d.oral = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(alert(r, "hiv_stop_criteria_unknown").orElseThrow().message())
          .contains("host.cd4PerUl");
    }

    @Test
    void hivMaintenance_allCriteriaGiven_noUnknownAlert() {
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.cd4 = Optional.of(180.0);
      d.art = Optional.of(true);
      d.rnaSuppressed = Optional.of(false);
      d.monthsCd4 = Optional.of(0.0);
      d.phase = TreatmentPhase.MAINTENANCE;
      d.daysOfInduction = Optional.of(21);
      Recommendation r = d.recommend();
      assertThat(alertCodes(r)).doesNotContain("hiv_stop_criteria_unknown");
    }

    @Test
    void cbcUnknown_alertNamesTheMissingFields() {
      Draft d = draft();
      d.anc = Optional.empty();
      d.hb = Optional.empty();
      Recommendation r = d.recommend();
      assertThat(alert(r, "cbc_unknown").orElseThrow().message())
          .contains("labs.ancPerUl", "labs.hemoglobinGPerDl")
          .doesNotContain("labs.plateletsPerUl");
    }
  }

  /** Item 3: texts state the dose given. */
  @Nested
  class Item03TextsStateTheDoseGiven {
    @Test
    void maribavirWithCarbamazepine_noTextSays400() {
      // SOT, GI disease, resistant to ganciclovir and foscarnet: maribavir third line (spec 4
      // rule 7); with carbamazepine 800 mg twice daily (spec 3.5, MBV-PI).
      Draft d = draft();
      d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
      d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
      d.inducers = EnumSet.of(Inducer.CARBAMAZEPINE);
      Recommendation r = d.recommend();
      assertThat(component(r.regimen(), Drug.MARIBAVIR).dose().value()).isEqualTo(800.0);
      assertThat(why(r, RuleId.REG_THIRD_LINE).orElseThrow().text())
          .contains("800 mg")
          .doesNotContain("400 mg");
    }

    @Test
    void oralValganciclovirRenallyAdjusted_textSays450() {
      // CrCl = 50 mL/min (68 y man, 50 kg, SCr 1): valganciclovir band 40 to < 60, induction 450
      // mg twice daily (spec 3.2).
      Draft d = draft();
      d.kg = 50;
      d.severity = Severity.MILD_MODERATE;
      d.sites = EnumSet.of(DiseaseSite.CMV_SYNDROME);
      d.oral = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(component(r.regimen(), Drug.VALGANCICLOVIR).dose().value()).isEqualTo(450.0);
      assertThat(why(r, RuleId.REG_NONCNS_ORAL).orElseThrow().text()).contains("450 mg");
    }
  }

  /** Item 4: transplant secondary prophylaxis is renally adjusted, or withheld with the reason. */
  @Nested
  class Item04SecondaryProphylaxis {
    private Draft maintenance() {
      Draft d = draft();
      d.phase = TreatmentPhase.MAINTENANCE;
      d.daysOfInduction = Optional.of(21);
      d.oral = Optional.of(true);
      return d;
    }

    @Test
    void crcl52_450OnceDaily() {
      // CrCl = 52 mL/min (68 y man, 52 kg, SCr 1): valganciclovir prevention/maintenance band
      // 40 to < 60 -> 450 mg once daily (spec 3.2, 5 PHASE-TRANSPLANT-SECONDARY).
      Draft d = maintenance();
      d.kg = 52;
      String msg = alert(d.recommend(), "transplant_secondary_prophylaxis").orElseThrow().message();
      assertThat(msg).contains("450 mg once daily").doesNotContain("900 mg");
    }

    @Test
    void crcl100_900OnceDaily() {
      Draft d = maintenance();
      d.kg = 100;
      String msg = alert(d.recommend(), "transplant_secondary_prophylaxis").orElseThrow().message();
      assertThat(msg).contains("900 mg once daily");
    }

    @Test
    void haemodialysis_withheldWithReason() {
      Draft d = maintenance();
      d.scr = Optional.empty();
      d.rrt = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
      Recommendation r = d.recommend();
      assertThat(alertCodes(r)).doesNotContain("transplant_secondary_prophylaxis");
      String msg =
          alert(r, "transplant_secondary_prophylaxis_not_offered").orElseThrow().message();
      assertThat(msg).contains("haemodialysis").doesNotContain("900 mg once daily");
    }

    @Test
    void crrt_withheld() {
      Draft d = maintenance();
      d.rrt = RenalReplacement.CONTINUOUS_RENAL_REPLACEMENT;
      Recommendation r = d.recommend();
      assertThat(alertCodes(r))
          .doesNotContain("transplant_secondary_prophylaxis")
          .contains("transplant_secondary_prophylaxis_not_offered");
    }

    @Test
    void under18_withheld() {
      Draft d = maintenance();
      d.age = 14;
      d.cm = 160;
      d.kg = 50;
      d.scr = Optional.of(0.6);
      Recommendation r = d.recommend();
      assertThat(alertCodes(r))
          .doesNotContain("transplant_secondary_prophylaxis")
          .contains("transplant_secondary_prophylaxis_not_offered");
      assertThat(alert(r, "transplant_secondary_prophylaxis_not_offered").orElseThrow().message())
          .contains("under 18");
    }
  }

  /** Item 5: the weight-basis rationale cites each drug's own label. */
  @Nested
  class Item05WeightBasisCitesOwnLabel {
    @Test
    void foscarnetOnly_citesFosPi() {
      Draft d = draft();
      d.intolerance = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(r.regimen()).extracting(RegimenComponent::drug).containsExactly(Drug.FOSCARNET);
      assertThat(why(r, RuleId.DOSE_WEIGHT_BASIS).orElseThrow().source()).isEqualTo(Source.FOS_PI);
    }

    @Test
    void cidofovirOnly_citesCdvPi() {
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.intolerance = Optional.of(true);
      d.resistantTo = EnumSet.of(Drug.FOSCARNET);
      d.urineProtein = Optional.of(0.0);
      Recommendation r = d.recommend();
      assertThat(r.regimen()).extracting(RegimenComponent::drug).containsExactly(Drug.CIDOFOVIR);
      assertThat(why(r, RuleId.DOSE_WEIGHT_BASIS).orElseThrow().source()).isEqualTo(Source.CDV_PI);
    }

    @Test
    void cnsCombination_textCitesBothLabels() {
      Draft d = draft();
      d.sites = EnumSet.of(DiseaseSite.ENCEPHALITIS);
      Recommendation r = d.recommend();
      String text = why(r, RuleId.DOSE_WEIGHT_BASIS).orElseThrow().text();
      assertThat(text).contains("ganciclovir", "GCV-PI", "foscarnet", "FOS-PI");
    }
  }

  /** Item 6: practical doses, never above the computed dose, whole mg at least. */
  @Nested
  class Item06PracticalDoses {
    @Test
    void ganciclovir_roundedDownTo5mg() {
      // CrCl = 72.97 mL/min >= 70: 5 mg/kg q12h x 72.97 kg = 364.85 mg computed (spec 3.1).
      // Reconstituted vial 500 mg / 10 mL = 50 mg/mL; 0.1 mL = 5 mg -> 360 mg (decision 0801).
      Draft d = draft();
      d.kg = 72.97;
      Recommendation r = d.recommend();
      RegimenComponent gcv = component(r.regimen(), Drug.GANCICLOVIR);
      assertThat(gcv.dose().value()).isEqualTo(360.0);
      assertThat(why(r, RuleId.DOSE_WEIGHT_BASIS).orElseThrow().text())
          .contains("364.85 mg", "360 mg", "50 mg/mL");
    }

    @Test
    void foscarnet_roundedDownTo12mg() {
      // Foscarnet CrCl per kg 72 / 72 = 1.0 -> band > 0.8 to 1.0 -> 50 mg/kg q12h (spec 3.3);
      // 50 x 72.97 = 3648.5 mg computed; 24 mg/mL, 0.5 mL = 12 mg: floor(3648.5 / 12) = 304 ->
      // 304 x 12 = 3648 mg.
      Draft d = draft();
      d.kg = 72.97;
      d.intolerance = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(component(r.regimen(), Drug.FOSCARNET).dose().value()).isEqualTo(3648.0);
    }

    @Test
    void cidofovir_roundedDownTo15mg() {
      // 5 mg/kg x 72.97 kg = 364.85 mg computed (spec 3.4); 75 mg/mL, 0.2 mL = 15 mg:
      // floor(364.85 / 15) = 24 -> 360 mg.
      Draft d = draft();
      d.kg = 72.97;
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.intolerance = Optional.of(true);
      d.resistantTo = EnumSet.of(Drug.FOSCARNET);
      Recommendation r = d.recommend();
      assertThat(component(r.regimen(), Drug.CIDOFOVIR).dose().value()).isEqualTo(360.0);
    }

    @Test
    void smallDose_wholeMg() {
      // CrCl = 30.7 mL/min: band 25 to < 50, 2.5 mg/kg q24h x 30.7 kg = 76.75 mg computed; below
      // 20 steps of 5 mg (100 mg) the step is 1 mg, so 76 mg (decision 0801).
      Draft d = draft();
      d.kg = 30.7;
      Recommendation r = d.recommend();
      assertThat(component(r.regimen(), Drug.GANCICLOVIR).dose().value()).isEqualTo(76.0);
    }

    @Test
    void localIncrement_kept() {
      // 5 mg/kg x 72.97 = 364.85 mg; local step 50 mg -> 350 mg.
      Draft d = draft();
      d.kg = 72.97;
      Recommendation r = d.recommend(Policy.builder().roundingMg(50).build());
      assertThat(component(r.regimen(), Drug.GANCICLOVIR).dose().value()).isEqualTo(350.0);
    }

    @Test
    void oralValganciclovir_rationaleShowsTablets() {
      Draft d = draft();
      d.kg = 80;
      d.severity = Severity.MILD_MODERATE;
      d.sites = EnumSet.of(DiseaseSite.CMV_SYNDROME);
      d.oral = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(why(r, RuleId.DOSE_VGC_RENAL).orElseThrow().text())
          .contains("2 x 450 mg tablets");
    }

    @Test
    void everyIvDoseIsWholeMgAndNotAboveComputed() {
      for (double kg : new double[] {41.3, 55.55, 63.21, 72.97, 88.8, 101.01}) {
        for (boolean intolerant : new boolean[] {false, true}) {
          Draft d = draft();
          d.kg = kg;
          d.intolerance = Optional.of(intolerant);
          Recommendation r = d.recommend();
          for (RegimenComponent c : r.regimen()) {
            double computed = c.doseMgPerKg().orElseThrow() * kg;
            assertThat(c.dose().value()).isEqualTo(Math.floor(c.dose().value()));
            assertThat(c.dose().value()).isLessThanOrEqualTo(computed);
          }
        }
      }
    }
  }

  /** Item 7: G-CSF only for neutropenia with (val)ganciclovir as the likely cause. */
  @Nested
  class Item07GCsf {
    @Test
    void isolatedThrombocytopenia_noGCsf() {
      Draft d = draft();
      d.platelets = Optional.of(20000.0);
      assertThat(alertCodes(d.recommend())).doesNotContain("consider_g_csf");
    }

    @Test
    void isolatedAnaemia_noGCsf() {
      Draft d = draft();
      d.hb = Optional.of(7.0);
      assertThat(alertCodes(d.recommend())).doesNotContain("consider_g_csf");
    }

    @Test
    void neutropenia_noGanciclovirGiven_noGCsf() {
      Draft d = draft();
      d.anc = Optional.of(400.0);
      d.daysOfIv = Optional.of(0);
      assertThat(alertCodes(d.recommend())).doesNotContain("consider_g_csf");
    }

    @Test
    void neutropenia_onIvGanciclovir_gCsf() {
      Draft d = draft();
      d.anc = Optional.of(400.0);
      d.phase = TreatmentPhase.INDUCTION;
      d.daysOfIv = Optional.of(6);
      assertThat(alertCodes(d.recommend())).contains("consider_g_csf");
    }
  }

  /** Item 8: cidofovir off-label outside AIDS-related retinitis. */
  @Nested
  class Item08CidofovirOffLabel {
    private Draft cidofovirOnly() {
      Draft d = draft();
      d.intolerance = Optional.of(true);
      d.resistantTo = EnumSet.of(Drug.FOSCARNET);
      return d;
    }

    @Test
    void hivRetinitis_onLabel() {
      Draft d = cidofovirOnly();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      assertThat(component(d.recommend().regimen(), Drug.CIDOFOVIR).offLabel()).isFalse();
    }

    @Test
    void hivGastrointestinal_offLabel() {
      Draft d = cidofovirOnly();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
      assertThat(component(d.recommend().regimen(), Drug.CIDOFOVIR).offLabel()).isTrue();
    }

    @Test
    void transplantRetinitis_offLabel() {
      // Not maribavir: retinitis excludes it (spec 3.5 Decision).
      Draft d = cidofovirOnly();
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      assertThat(component(d.recommend().regimen(), Drug.CIDOFOVIR).offLabel()).isTrue();
    }
  }

  /** Item 9: maribavir administration, interactions and rationale as an alternative. */
  @Nested
  class Item09Maribavir {
    @Test
    void inRegimen_instructionsAndImmunosuppressantLevels() {
      Draft d = draft();
      d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
      d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
      d.inducers = EnumSet.of(Inducer.CARBAMAZEPINE);
      Recommendation r = d.recommend();
      RegimenComponent mbv = component(r.regimen(), Drug.MARIBAVIR);
      assertThat(String.join(" | ", mbv.instructions()))
          .contains("ganciclovir", "valganciclovir", "carbamazepine");
      Alert a = alert(r, "maribavir_immunosuppressant_levels").orElseThrow();
      assertThat(a.message()).contains("tacrolimus", "ciclosporin", "sirolimus", "everolimus");
      assertThat(a.ruleId()).isEqualTo(RuleId.DOSE_MBV);
    }

    @Test
    void asAlternative_dosingRuleInRationale() {
      // Refractory SOT disease: foscarnet chosen (rule 6), maribavir listed as an alternative
      // (rule 8).
      Draft d = draft();
      d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
      d.refractory = Optional.of(true);
      Recommendation r = d.recommend();
      assertThat(r.alternatives()).extracting(RegimenComponent::drug).contains(Drug.MARIBAVIR);
      assertThat(rationaleRules(r)).contains(RuleId.DOSE_MBV);
      assertThat(component(r.alternatives(), Drug.MARIBAVIR).instructions()).isNotEmpty();
    }
  }

  /** Item 10: after a stop-maintenance answer, monitoring and alerts for after stopping. */
  @Nested
  class Item10AfterStopping {
    @Test
    void stopMaintenance_followUpMonitoring() {
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.sites = EnumSet.of(DiseaseSite.RETINITIS);
      d.cd4 = Optional.of(180.0);
      d.art = Optional.of(true);
      d.rnaSuppressed = Optional.of(true);
      d.monthsCd4 = Optional.of(7.0);
      d.phase = TreatmentPhase.MAINTENANCE;
      Recommendation r = d.recommend();
      assertThat(r.phase()).hasValue(RecommendationPhase.STOP_MAINTENANCE);
      assertThat(alertCodes(r)).doesNotContain("confirm_induction_completed");
      MonitoringItem pcr =
          r.monitoring().stream().filter(m -> m.test() == MonitoringTest.CMV_PCR).findFirst()
              .orElseThrow();
      assertThat(pcr.frequency()).doesNotContain("treat until below threshold");
      MonitoringItem cd4 =
          r.monitoring().stream().filter(m -> m.test() == MonitoringTest.CD4_COUNT).findFirst()
              .orElseThrow();
      assertThat(cd4.frequency()).contains("3 months", "100");
    }
  }

  /** Item 11: genotyping advice only when resistance is not already known from genotyping. */
  @Nested
  class Item11Genotyping {
    @Test
    void knownResistance_noGenotypingAdvice() {
      Draft d = draft();
      d.resistantTo = EnumSet.of(Drug.GANCICLOVIR);
      Recommendation r = d.recommend();
      assertThat(alertCodes(r)).doesNotContain("send_genotyping");
      assertThat(rationaleRules(r)).contains(RuleId.REG_REFRACTORY);
    }

    @Test
    void refractoryWithoutGenotype_genotypingAdvice() {
      Draft d = draft();
      d.refractory = Optional.of(true);
      assertThat(alertCodes(d.recommend())).contains("send_genotyping");
    }
  }

  /** Item 12: "ideal body weight not defined" only where the value is needed. */
  @Nested
  class Item12IbwWarningOnlyWhereNeeded {
    private Draft child() {
      // 8 y boy, 128 cm (50.4 in < 60), 26 kg, SCr 0.45.
      Draft d = draft();
      d.age = 8;
      d.cm = 128;
      d.kg = 26;
      d.scr = Optional.of(0.45);
      d.host = HostCategory.HSCT;
      return d;
    }

    @Test
    void child_defaultPolicy_noIbwWarning() {
      assertThat(alertCodes(child().recommend())).doesNotContain("ibw_undefined");
    }

    @Test
    void child_idealWeightPolicy_ibwWarning() {
      Policy ideal = Policy.builder().dosingWeight(WeightBasis.IDEAL).build();
      assertThat(alertCodes(child().recommend(ideal))).contains("ibw_undefined");
    }
  }

  /** Item 13: no duplicated or nested words; alert codes name their rule. */
  @Nested
  class Item13TextQuality {
    /** A word or a phrase of up to three words repeated right after itself. */
    private final Pattern doubled =
        Pattern.compile(
            "\\b([a-z][a-z-]*(?:\\s+[a-z][a-z-]*){0,2})\\s+\\1\\b", Pattern.CASE_INSENSITIVE);

    private List<String> texts(Recommendation r) {
      List<String> all = new ArrayList<>();
      r.alerts().forEach(a -> all.add(a.message()));
      r.excluded().forEach(e -> all.add(e.reason()));
      r.rationale().forEach(e -> all.add(e.text()));
      Stream.concat(r.regimen().stream(), r.alternatives().stream())
          .forEach(
              c -> {
                all.addAll(c.instructions());
                c.hydration().ifPresent(h -> all.add(h.minMl() + " mL normal saline " + h.when()));
              });
      return all;
    }

    private void assertClean(Recommendation r) {
      for (String t : texts(r)) {
        Matcher m = doubled.matcher(t);
        assertThat(m.find()).as("doubled words in: %s", t).isFalse();
      }
      for (Exclusion e : r.excluded()) {
        assertThat(e.reason())
            .as("reason of %s", e.drug())
            .doesNotStartWith(e.drug().name().toLowerCase(java.util.Locale.ROOT));
      }
    }

    @Test
    void noSafeRegimen_noNestedDrugNames() {
      // Haemodialysis + ganciclovir intolerance, HIV host: nothing is usable (vignette 40).
      Draft d = draft();
      d.host = HostCategory.HIV;
      d.scr = Optional.empty();
      d.rrt = RenalReplacement.INTERMITTENT_HEMODIALYSIS;
      d.intolerance = Optional.of(true);
      Recommendation r = d.recommend();
      String msg = alert(r, "no_safe_regimen").orElseThrow().message();
      assertThat(msg)
          .doesNotContain("cidofovir (cidofovir")
          .doesNotContain("letermovir (letermovir")
          .doesNotContain("maribavir (maribavir");
      assertClean(r);
    }

    @Test
    void foscarnet_hydrationNotDoubled() {
      Draft d = draft();
      d.intolerance = Optional.of(true);
      assertClean(d.recommend());
    }

    @Test
    void childFoscarnetNotComputable_paediatricCode() {
      // 8 y boy, 128 cm, SCr 0.9: bedside Schwartz 0.413 x 128 / 0.9 = 58.7 < 90 -> foscarnet
      // not computable for a child (spec 3.3 Decision), CNS disease.
      Draft d = draft();
      d.age = 8;
      d.cm = 128;
      d.kg = 26;
      d.scr = Optional.of(0.9);
      d.host = HostCategory.HSCT;
      d.sites = EnumSet.of(DiseaseSite.ENCEPHALITIS);
      Recommendation r = d.recommend();
      Alert a =
          r.alerts().stream()
              .filter(x -> x.ruleId() == RuleId.DOSE_FOS_PAEDIATRIC)
              .findFirst()
              .orElseThrow();
      assertThat(a.code()).isEqualTo("foscarnet_paediatric_dosing");
      assertThat(a.message().split("specialist", -1)).hasSize(2);
      assertClean(r);
    }

    @Test
    void maribavirTooYoung_reasonNotNested() {
      Draft d = draft();
      d.age = 30;
      d.kg = 34;
      d.sites = EnumSet.of(DiseaseSite.GASTROINTESTINAL);
      d.resistantTo = EnumSet.of(Drug.GANCICLOVIR, Drug.FOSCARNET);
      d.urineProtein = Optional.empty();
      assertClean(d.recommend());
    }
  }
}
