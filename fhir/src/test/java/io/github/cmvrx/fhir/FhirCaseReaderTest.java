package io.github.cmvrx.fhir;

import static io.github.cmvrx.fhir.Fixtures.EVALUATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.dosing.advisor.TreatmentAdvisor;
import io.github.cmvrx.contract.RecommendationJson;
import io.github.cmvrx.dosing.policy.Policy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;

/** Bundle to case: units, status, latest value, freshness and refusals naming the element. */
class FhirCaseReaderTest {

  /** A 60-year-old man, 72 kg, 172 cm, creatinine 2.0 mg/dL (CrCl about 40 mL/min). */
  private static PatientCase kidney() {
    return Fixtures.caseOf(
        Fixtures.text(Fixtures.examples().resolve("kidney-transplant-colitis-crcl40.json")));
  }

  private static Bundle bundle(PatientCase c) {
    // Through JSON and back, as an EHR would send it.
    return FhirCaseReader.jsonParser()
        .parseResource(Bundle.class, Fixtures.json(FhirCaseWriter.write(c, EVALUATION)));
  }

  private static Observation observation(Bundle b, String id) {
    return b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(r -> r instanceof Observation && r.getIdElement().getIdPart().equals(id))
        .map(Observation.class::cast)
        .findFirst()
        .orElseThrow();
  }

  @com.google.errorprone.annotations.CanIgnoreReturnValue
  private static Observation addObservation(
      Bundle b, String id, String loinc, String value, String ucum, String effective, ObservationStatus status) {
    Observation o = new Observation();
    o.setId(id);
    o.setStatus(status);
    o.setCode(new CodeableConcept().addCoding(new Coding(FhirCodes.LOINC, loinc, null)));
    o.setSubject(new Reference("Patient/patient"));
    o.setEffective(new DateTimeType(effective));
    o.setValue(new Quantity().setValue(new BigDecimal(value)).setSystem(FhirCodes.UCUM).setCode(ucum).setUnit(ucum));
    b.addEntry().setFullUrl(FhirCaseWriter.FULL_URL_BASE + "Observation/" + id).setResource(o);
    return o;
  }

  private static FhirRead read(Bundle b) {
    return FhirCaseReader.read(b, Optional.empty(), EVALUATION);
  }

  private static String recommendation(FhirRead r) {
    return RecommendationJson.write(r.recommend(Policy.defaults()));
  }

  private static Bundle edited(Consumer<Bundle> edit) {
    Bundle b = bundle(kidney());
    edit.accept(b);
    return b;
  }

  @Test
  void poundsInchesAndMicromoles_giveTheSameDosesAsKgCmAndMgPerDl() throws Exception {
    // 160 lb = 160 x 0.45359237 = 72.5747792 kg and 68 in = 68 x 2.54 = 172.72 cm exactly (UCUM
    // definitions); 2.0 mg/dL creatinine = 2.0 x 88.4 = 176.8 umol/L (clinical basis §2.1).
    com.fasterxml.jackson.databind.node.ObjectNode tree =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(io.github.cmvrx.contract.CaseJson.write(kidney()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("patient"))
        .put("weightKg", 72.5747792)
        .put("heightCm", 172.72);
    PatientCase metric = Fixtures.caseOf(tree.toString());
    Bundle b =
        edited(
            x -> {
              observation(x, "weight")
                  .setValue(new Quantity().setValue(new BigDecimal("160")).setSystem(FhirCodes.UCUM).setCode("[lb_av]"));
              observation(x, "height")
                  .setValue(new Quantity().setValue(new BigDecimal("68")).setSystem(FhirCodes.UCUM).setCode("[in_i]"));
              Observation scr = observation(x, "creatinine");
              scr.setCode(new CodeableConcept().addCoding(new Coding(FhirCodes.LOINC, "14682-9", null)));
              scr.setValue(new Quantity().setValue(new BigDecimal("176.8")).setSystem(FhirCodes.UCUM).setCode("umol/L"));
            });
    FhirRead.Read read = Fixtures.valid(read(b));
    assertThat(read.patientCase().patient().weight().kilograms()).isEqualTo(72.5747792);
    assertThat(read.patientCase().patient().height().centimetres()).isEqualTo(172.72);
    Recommendation got = read.recommend(Policy.defaults());
    Recommendation want = TreatmentAdvisor.recommend(metric);
    assertThat(want.regimen()).isNotEmpty();
    assertThat(got.regimen()).isEqualTo(want.regimen());
    assertThat(got.excluded()).isEqualTo(want.excluded());
  }

  @Test
  void gramsMetresAndSiCounts_convertExactly() {
    Bundle b =
        edited(
            x -> {
              observation(x, "weight").setValue(new Quantity().setValue(new BigDecimal("72000")).setSystem(FhirCodes.UCUM).setCode("g"));
              observation(x, "height").setValue(new Quantity().setValue(new BigDecimal("1.72")).setSystem(FhirCodes.UCUM).setCode("m"));
              // 2.6 x 10^9/L neutrophils = 2600 /uL; 185 x 10^3/uL platelets = 185000 /uL; 112 g/L Hb = 11.2 g/dL.
              observation(x, "anc").setValue(new Quantity().setValue(new BigDecimal("2.6")).setSystem(FhirCodes.UCUM).setCode("10*9/L"));
              observation(x, "platelets").setValue(new Quantity().setValue(new BigDecimal("185")).setSystem(FhirCodes.UCUM).setCode("10*3/uL"));
              observation(x, "hemoglobin").setValue(new Quantity().setValue(new BigDecimal("112")).setSystem(FhirCodes.UCUM).setCode("g/L"));
            });
    PatientCase c = Fixtures.valid(read(b)).patientCase();
    assertThat(c).isEqualTo(kidney());
  }

  @Test
  void olderObservation_neverWins() {
    // The Bundle's creatinine (2.0 mg/dL) is dated the evaluation day; an older 0.9 must not win.
    Bundle b =
        edited(x -> addObservation(x, "old-scr", "2160-0", "0.9", "mg/dL", "2026-11-28", ObservationStatus.FINAL));
    assertThat(Fixtures.valid(read(b)).patientCase()).isEqualTo(kidney());
    // ... and a newer one does win, in any order in the Bundle.
    Bundle newer =
        edited(
            x -> {
              observation(x, "creatinine").setEffective(new DateTimeType("2026-11-20"));
              addObservation(x, "new-scr", "2160-0", "0.9", "mg/dL", "2026-11-30", ObservationStatus.FINAL);
            });
    assertThat(Fixtures.valid(read(newer)).patientCase().patient().serumCreatinine().orElseThrow().value())
        .isEqualTo(0.9);
  }

  @Test
  void enteredInErrorCancelledAndPreliminary_neverWin() {
    for (ObservationStatus status :
        new ObservationStatus[] {
          ObservationStatus.ENTEREDINERROR, ObservationStatus.CANCELLED, ObservationStatus.PRELIMINARY
        }) {
      Bundle b =
          edited(x -> addObservation(x, "bad-scr", "2160-0", "0.5", "mg/dL", "2026-12-01", status));
      // Same day as the final 2.0 but later in the Bundle: still ignored for its status.
      assertThat(Fixtures.valid(read(b)).patientCase()).as(status.toCode()).isEqualTo(kidney());
    }
  }

  @Test
  void onlyAnEnteredInErrorCreatinine_isARefusalNamingTheElement() {
    Bundle b = edited(x -> observation(x, "creatinine").setStatus(ObservationStatus.ENTEREDINERROR));
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .anySatisfy(f -> assertThat(f).contains("LOINC 2160-0/14682-9 (serum creatinine)"));
    assertThat(refused.errors())
        .extracting(FieldError::message)
        .anySatisfy(m -> assertThat(m).contains("required unless renalReplacement is intermittent_hemodialysis"));
  }

  @Test
  void missingWeight_isARefusalNamingTheLoincCode() {
    Bundle b = edited(x -> observation(x, "weight").setStatus(ObservationStatus.ENTEREDINERROR));
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors())
        .contains(
            new FieldError(
                "Observation LOINC 29463-7/3141-9 (body weight)",
                "none with status final, amended or corrected"));
    assertThat(refused.recommend(Policy.defaults()).status().name()).isEqualTo("REFUSED");
  }

  @Test
  void staleCreatinine_raisesAWarningNamingIt() {
    // 10 days old > 7-day window (decision record 1102).
    Bundle b = edited(x -> observation(x, "creatinine").setEffective(new DateTimeType("2026-11-21")));
    FhirRead.Read read = Fixtures.valid(read(b));
    assertThat(read.alerts()).hasSize(1);
    Alert alert = read.alerts().get(0);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.WARNING);
    assertThat(alert.message()).contains("2160-0").contains("10 days old").contains("7-day");
    assertThat(recommendation(read)).contains("fhir_stale_observation");
    // 7 days old is inside the window.
    Bundle fresh = edited(x -> observation(x, "creatinine").setEffective(new DateTimeType("2026-11-24")));
    assertThat(Fixtures.valid(read(fresh)).alerts()).isEmpty();
  }

  @Test
  void unknownUnit_andComparator_areRefusedWithTheElement() {
    Bundle b =
        edited(x -> observation(x, "weight").setValue(new Quantity().setValue(new BigDecimal("72")).setSystem(FhirCodes.UCUM).setCode("[stone_av]")));
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors().get(0).field()).isEqualTo("Observation/weight (Observation LOINC 29463-7/3141-9 (body weight)).valueQuantity.code");
    assertThat(refused.errors().get(0).message()).contains("[stone_av]").contains("[lb_av]");

    Bundle bound =
        edited(x -> observation(x, "creatinine").getValueQuantity().setComparator(Quantity.QuantityComparator.LESS_THAN));
    assertThat(Fixtures.refused(read(bound)).errors().get(0).field()).endsWith(".valueQuantity.comparator");
  }

  @Test
  void outOfRangeValue_isRefusedNamingTheObservation() {
    // 450 kg is above the contract's 400 kg limit (clinical basis §8.1).
    Bundle b =
        edited(x -> observation(x, "weight").setValue(new Quantity().setValue(new BigDecimal("450")).setSystem(FhirCodes.UCUM).setCode("kg")));
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors()).hasSize(1);
    assertThat(refused.errors().get(0).field()).isEqualTo("Observation/weight (Observation LOINC 29463-7/3141-9 (body weight)).valueQuantity");
    assertThat(refused.errors().get(0).message()).contains("450").contains("patient.weightKg");
  }

  @Test
  void genderOtherOrUnknown_isRefused() {
    for (AdministrativeGender g : new AdministrativeGender[] {AdministrativeGender.OTHER, AdministrativeGender.UNKNOWN}) {
      Bundle b = edited(x -> patient(x).setGender(g));
      FhirRead.Refused refused = Fixtures.refused(read(b));
      assertThat(refused.errors().get(0).field()).isEqualTo("Patient.gender");
    }
  }

  @Test
  void age_isCompletedYearsAtTheEvaluationDate() {
    // Born 1966-12-02: on 2026-12-01 the patient is 59 (one day short of 60).
    Bundle b = edited(x -> patient(x).setBirthDateElement(new org.hl7.fhir.r4.model.DateType("1966-12-02")));
    assertThat(Fixtures.valid(read(b)).patientCase().patient().age().years()).isEqualTo(59.0);
    // --as-of overrides Bundle.timestamp: on 2026-12-02 the same patient is 60.
    FhirRead asOf = FhirCaseReader.read(b, Optional.of(LocalDate.of(2026, 12, 2)), EVALUATION);
    assertThat(Fixtures.valid(asOf).patientCase().patient().age().years()).isEqualTo(60.0);
  }

  @Test
  void missingQuestionnaireAnswer_isRefusedNamingTheItem() {
    Bundle b =
        edited(
            x ->
                x.getEntry()
                    .removeIf(e -> e.getResource() instanceof org.hl7.fhir.r4.model.QuestionnaireResponse));
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors())
        .extracting(FieldError::field)
        .anySatisfy(f -> assertThat(f).endsWith("item disease.severity"))
        .anySatisfy(f -> assertThat(f).endsWith("item host.category"));
  }

  @Test
  void enteredInErrorCondition_isNotASite() {
    PatientCase hsct =
        Fixtures.caseOf(Fixtures.text(Fixtures.examples().resolve("hsct-pneumonitis-hemodialysis.json")));
    Bundle b = bundle(hsct);
    b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(org.hl7.fhir.r4.model.Condition.class::isInstance)
        .map(org.hl7.fhir.r4.model.Condition.class::cast)
        .forEach(
            c ->
                c.setVerificationStatus(
                    new CodeableConcept().addCoding(new Coding(FhirCodes.CONDITION_VERIFICATION, "entered-in-error", null))));
    // Pneumonitis was the only site: without it, no site at all, so the case is refused.
    FhirRead.Refused refused = Fixtures.refused(read(b));
    assertThat(refused.errors().get(0).message()).contains("no CMV disease site");
  }

  private static Patient patient(Bundle b) {
    return b.getEntry().stream()
        .map(Bundle.BundleEntryComponent::getResource)
        .filter(Patient.class::isInstance)
        .map(Patient.class::cast)
        .findFirst()
        .orElseThrow();
  }
}
