package io.github.cmvrx.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.simulation.cohort.CohortGenerator;
import io.github.cmvrx.simulation.cohort.CohortSpec;
import io.github.cmvrx.simulation.cohort.CohortSpecs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.junit.jupiter.api.Test;

class CdsCardsTest {

  private static Recommendation recommend(String example) {
    return TreatmentAdvisor.recommend(
        Fixtures.caseOf(Fixtures.text(Fixtures.examples().resolve(example))));
  }

  @Test
  void cardNumbers_areWrittenAsTheMessageTextsWriteThem() {
    // The plain style of the one number formatter: a whole dose without ".0", any other value as
    // its shortest decimal (155 mg, 2.5 mg/kg, the haemodialysis 0.625 mg/kg, 56 h = 168 h / 3).
    assertThat(CdsCards.number(155.0)).isEqualTo("155");
    assertThat(CdsCards.number(2.5)).isEqualTo("2.5");
    assertThat(CdsCards.number(0.625)).isEqualTo("0.625");
    assertThat(CdsCards.number(168.0 / 3)).isEqualTo("56");
    assertThat(CdsCards.number(12_345_678.0)).isEqualTo("12345678");
  }

  @Test
  void encephalitis_regimenCardHasOneCreateActionPerComponent() {
    Recommendation r = recommend("hiv-cmv-encephalitis.json");
    // CNS disease: ganciclovir plus foscarnet (clinical basis §4.1, REG-CNS-COMBINATION).
    assertThat(r.regimen()).hasSize(2);
    ObjectNode response = CdsCards.response(r, Optional.of("p1"));
    JsonNode card = response.get("cards").get(0);
    assertThat(card.get("summary").asText()).hasSizeLessThanOrEqualTo(CdsCards.MAX_SUMMARY);
    assertThat(card.get("summary").asText()).contains("ganciclovir").contains("foscarnet");
    assertThat(card.get("source").get("url").asText()).startsWith("https://");
    assertThat(card.get("detail").asText()).contains("Decision support only").contains("**Not used**");
    JsonNode actions = card.get("suggestions").get(0).get("actions");
    assertThat(actions).hasSize(2);
    for (JsonNode action : actions) {
      assertThat(action.get("type").asText()).isEqualTo("create");
      JsonNode mr = action.get("resource");
      assertThat(mr.get("resourceType").asText()).isEqualTo("MedicationRequest");
      assertThat(mr.get("subject").get("reference").asText()).isEqualTo("Patient/p1");
      JsonNode dose = mr.get("dosageInstruction").get(0).get("doseAndRate").get(0).get("doseQuantity");
      assertThat(dose.get("code").asText()).isEqualTo("mg");
      assertThat(dose.get("system").asText()).isEqualTo(FhirCodes.UCUM);
    }
    // Ganciclovir carries its RxNorm ingredient code; the repeat holds the 60-minute infusion
    // (GCV-PI: over 60 minutes) and the 12-hour interval for normal kidney function.
    JsonNode gcv = actions.get(0).get("resource");
    assertThat(gcv.get("medicationCodeableConcept").get("coding").get(0).get("code").asText()).isEqualTo("4678");
    JsonNode repeat = gcv.get("dosageInstruction").get(0).get("timing").get("repeat");
    assertThat(repeat.get("period").asInt()).isEqualTo(12);
    assertThat(repeat.get("periodUnit").asText()).isEqualTo("h");
    assertThat(repeat.get("duration").asInt()).isEqualTo(60);
    assertThat(repeat.get("durationUnit").asText()).isEqualTo("min");
  }

  @Test
  void indicator_isTheHighestAlertSeverity_andWarningsGetTheirOwnCards() {
    for (Path file : Fixtures.exampleCases()) {
      Recommendation r = TreatmentAdvisor.recommend(Fixtures.caseOf(Fixtures.text(file)));
      JsonNode cards = CdsCards.response(r, Optional.empty()).get("cards");
      AlertSeverity highest =
          r.alerts().stream().map(a -> a.severity()).max(Enum::compareTo).orElse(AlertSeverity.INFO);
      assertThat(cards.get(0).get("indicator").asText()).as(file.toString()).isEqualTo(CdsCards.indicator(highest));
      long serious = r.alerts().stream().filter(a -> a.severity() != AlertSeverity.INFO).count();
      assertThat(cards.size()).as(file.toString()).isEqualTo(1 + (int) serious);
      for (JsonNode card : cards) {
        assertThat(card.get("summary").asText()).hasSizeLessThanOrEqualTo(140);
        assertThat(card.get("detail").asText()).contains("does not replace clinical judgement");
      }
    }
  }

  @Test
  void hemodialysis_scheduleIsThreeTimesAWeekAfterDialysis() {
    Recommendation r = recommend("hsct-pneumonitis-hemodialysis.json");
    // GCV-PI renal table: on haemodialysis 1.25 mg/kg 3 times a week after dialysis.
    MedicationRequest mr = CdsCards.medicationRequest(r.regimen().get(0), Optional.of("p"));
    assertThat(mr.getDosageInstructionFirstRep().getTiming().getRepeat().getFrequency()).isEqualTo(3);
    assertThat(mr.getDosageInstructionFirstRep().getTiming().getRepeat().getPeriodUnit().toCode()).isEqualTo("wk");
    assertThat(mr.getDosageInstructionFirstRep().getAdditionalInstructionFirstRep().getText()).contains("after each haemodialysis");
  }

  @Test
  void refusal_isOneWarningCardListingTheErrors() {
    FhirRead r = Fixtures.read("{\"resourceType\":\"Bundle\",\"type\":\"collection\"}");
    JsonNode cards = CdsCards.response(r.recommend(io.github.cmvrx.dosing.policy.Policy.defaults()), Optional.empty()).get("cards");
    assertThat(cards).hasSize(1);
    assertThat(cards.get(0).get("indicator").asText()).isEqualTo("warning");
    assertThat(cards.get(0).get("detail").asText()).contains("exactly one Patient");
  }

  /**
   * The service builds each MedicationRequest as JSON directly; it must be exactly what HAPI
   * FHIR's encoder wrote and Jackson read back before (same elements, order and number forms, so
   * the content-derived uuids stay the same), for every regimen and alternative component of the
   * examples and of 200 generated cases of each named cohort.
   */
  @Test
  void medicationRequestJson_isHapisEncoding_forEveryComponent() throws Exception {
    ObjectMapper plain = new ObjectMapper();
    List<Recommendation> recommendations = new ArrayList<>();
    for (Path file : Fixtures.exampleCases()) {
      recommendations.add(TreatmentAdvisor.recommend(Fixtures.caseOf(Fixtures.text(file))));
    }
    for (CohortSpec spec :
        List.of(CohortSpecs.mixed(), CohortSpecs.hivCns(), CohortSpecs.transplant(), CohortSpecs.hsct(), CohortSpecs.renalImpaired())) {
      CohortGenerator generator = new CohortGenerator(spec, 11);
      for (long i = 0; i < 200; i++) {
        recommendations.add(TreatmentAdvisor.recommend(generator.generate(i)));
      }
    }
    Set<String> shapes = new TreeSet<>();
    int compared = 0;
    for (Recommendation r : recommendations) {
      List<RegimenComponent> components = new ArrayList<>(r.regimen());
      components.addAll(r.alternatives());
      for (RegimenComponent c : components) {
        for (Optional<String> patient : List.of(Optional.of("p-1"), Optional.<String>empty())) {
          String hapi =
              plain.writeValueAsString(
                  plain.readTree(
                      FhirCaseReader.jsonParser().encodeResourceToString(CdsCards.medicationRequest(c, patient))));
          assertThat(plain.writeValueAsString(CdsCards.medicationRequestJson(c, patient)))
              .as("%s", c)
              .isEqualTo(hapi);
          compared++;
        }
        shapes.add(
            c.route() + (c.timesPerWeek().isPresent() ? " weekly" + (c.afterDialysis() ? " after dialysis" : "") : "")
                + (c.intervalHours().isPresent() ? " interval" : "")
                + (c.infusionMinutes().isPresent() ? " infusion" : "")
                + (c.durationDays().isPresent() ? " duration" : ""));
      }
    }
    // The comparison covers both routes, interval and weekly (dialysis) schedules.
    assertThat(compared).isGreaterThan(1_000);
    assertThat(String.join("|", shapes)).contains("ORAL").contains("IV").contains("weekly after dialysis").contains("interval");
  }
}
