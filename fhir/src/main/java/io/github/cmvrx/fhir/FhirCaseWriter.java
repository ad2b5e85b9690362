package io.github.cmvrx.fhir;

import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.Host;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.Labs;
import io.github.cmvrx.core.model.Patient;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.model.Treatment;
import io.github.cmvrx.core.model.Virology;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.quantity.SerumCreatinine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Writes a case as the FHIR R4 collection Bundle that {@link FhirCaseReader} reads back into the
 * same case: Patient (birth date, gender), LOINC-coded Observations in the contract's UCUM units,
 * ICD-10-CM Conditions for the sites that have a checked code, RxNorm MedicationStatements for
 * ciclosporin and the strong inducers, and a QuestionnaireResponse to the cmvrx Questionnaire for
 * everything else. The age is carried by the birth date, so only whole years (or, under one year,
 * whole days) survive the trip ({@link #lossyAge}). Thread-safe.
 */
public final class FhirCaseWriter {
  private FhirCaseWriter() {}

  private static final String PATIENT_REF = "Patient/patient";

  /** The base of the entries' full URLs, so that relative references resolve in the Bundle. */
  static final String FULL_URL_BASE = FhirCodes.CMVRX_BASE + "/case/";

  /**
   * Returns why the case's age does not survive a trip through {@code Patient.birthDate}, if it
   * does not.
   *
   * @param patientCase the case
   * @param evaluation the evaluation date
   * @return a message naming the age written, or empty when the age is carried exactly
   */
  public static Optional<String> lossyAge(PatientCase patientCase, LocalDate evaluation) {
    double age = patientCase.patient().age().years();
    double back = FhirAge.representable(age, evaluation);
    if (Double.compare(age, back) == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "patient.ageYears "
            + age
            + " is written as Patient.birthDate "
            + FhirAge.birthDate(age, evaluation)
            + ", which reads back as "
            + back
            + " years (a birth date carries whole years, or whole days under one year)");
  }

  /**
   * Writes the case as a collection Bundle evaluated at {@code evaluation}.
   *
   * @param patientCase the case
   * @param evaluation the evaluation date, written as {@code Bundle.timestamp} and as every
   *     Observation's effective date
   * @return a new Bundle
   */
  public static Bundle write(PatientCase patientCase, LocalDate evaluation) {
    Bundle bundle = new Bundle();
    bundle.setType(Bundle.BundleType.COLLECTION);
    bundle.setTimestampElement(new InstantType(evaluation + "T00:00:00Z"));
    patientCase
        .id()
        .ifPresent(id -> bundle.getIdentifier().setSystem(FhirCaseReader.CASE_ID_SYSTEM).setValue(id));
    List<Resource> resources = new ArrayList<>();
    Patient p = patientCase.patient();

    org.hl7.fhir.r4.model.Patient patient = new org.hl7.fhir.r4.model.Patient();
    patient.setId("patient");
    patient.setBirthDateElement(
        new DateType(FhirAge.birthDate(p.age().years(), evaluation).toString()));
    patient.setGender(
        switch (p.sex()) {
          case MALE -> AdministrativeGender.MALE;
          case FEMALE -> AdministrativeGender.FEMALE;
        });
    resources.add(patient);

    String day = evaluation.toString();
    resources.add(observation("weight", LabQuantity.WEIGHT, p.weight().kilograms(), "kg", day));
    resources.add(observation("height", LabQuantity.HEIGHT, p.height().centimetres(), "cm", day));
    if (p.serumCreatinine().isPresent()) {
      SerumCreatinine scr = p.serumCreatinine().get();
      boolean mass = scr.unit() == CreatinineUnit.MG_PER_DL;
      resources.add(
          observation(
              "creatinine",
              mass ? LabQuantity.CREATININE_MASS : LabQuantity.CREATININE_MOLES,
              scr.value(),
              mass ? "mg/dL" : "umol/L",
              day));
    }
    Host host = patientCase.host();
    host.cd4()
        .ifPresent(c -> resources.add(observation("cd4", LabQuantity.CD4, c.perMicrolitre(), "/uL", day)));
    Labs labs = patientCase.labs();
    labs.anc()
        .ifPresent(
            c -> resources.add(observation("anc", LabQuantity.NEUTROPHILS, c.perMicrolitre(), "/uL", day)));
    labs.platelets()
        .ifPresent(
            c -> resources.add(observation("platelets", LabQuantity.PLATELETS, c.perMicrolitre(), "/uL", day)));
    labs.hemoglobin()
        .ifPresent(
            h ->
                resources.add(
                    observation("hemoglobin", LabQuantity.HEMOGLOBIN, h.gramsPerDecilitre(), "g/dL", day)));
    labs.urineProtein()
        .ifPresent(
            u ->
                resources.add(
                    observation(
                        "urine-protein", LabQuantity.URINE_PROTEIN, u.mgPerDecilitre(), "mg/dL", day)));

    Map<DiseaseSite, String> coded =
        FhirCaseReader.ICD10CM_SITES.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    List<DiseaseSite> questionnaireSites = new ArrayList<>();
    for (DiseaseSite site : patientCase.disease().sites()) {
      String icd = coded.get(site);
      if (icd == null) {
        questionnaireSites.add(site);
        continue;
      }
      Condition c = new Condition();
      c.setId("site-" + CaseQuestionnaire.code(site).replace('_', '-'));
      c.setClinicalStatus(concept(FhirCodes.CONDITION_CLINICAL, "active", "Active"));
      c.setVerificationStatus(concept(FhirCodes.CONDITION_VERIFICATION, "confirmed", "Confirmed"));
      c.setCode(
          concept(
              FhirCodes.ICD10CM,
              icd,
              site == DiseaseSite.PNEUMONITIS
                  ? "Cytomegaloviral pneumonitis"
                  : "Cytomegaloviral hepatitis"));
      c.setSubject(new Reference(PATIENT_REF));
      resources.add(c);
    }
    if (host.onCiclosporin().orElse(false)) {
      resources.add(medication("ciclosporin", FhirCodes.RXNORM_CICLOSPORIN, "cyclosporine"));
    }
    Treatment t = patientCase.treatment();
    for (Inducer inducer : t.inducers()) {
      String code = CaseQuestionnaire.code(inducer);
      resources.add(
          medication(code, java.util.Objects.requireNonNull(FhirCodes.RXNORM_INDUCERS.get(inducer)), code));
    }

    QuestionnaireResponse qr = new QuestionnaireResponse();
    qr.setId("cmvrx-case-answers");
    qr.setQuestionnaire(FhirCodes.QUESTIONNAIRE + "|" + FhirCodes.QUESTIONNAIRE_VERSION);
    qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    qr.setSubject(new Reference(PATIENT_REF));
    qr.setAuthoredElement(new DateTimeType(day));
    answer(qr, "patient.renalReplacement", code(p.renalReplacement()));
    answer(qr, "host.category", code(host.category()));
    bool(qr, "host.onAntiretroviralTherapy", host.onAntiretroviralTherapy());
    bool(qr, "host.hivRnaSuppressed", host.hivRnaSuppressed());
    decimal(qr, "host.monthsCd4Above100", host.monthsCd4Above100());
    if (!host.onCiclosporin().orElse(false)) {
      bool(qr, "host.onCiclosporin", host.onCiclosporin());
    }
    for (DiseaseSite site : questionnaireSites) {
      answer(qr, "disease.sites", code(site));
    }
    answer(qr, "disease.severity", code(patientCase.disease().severity()));
    Virology v = patientCase.virology();
    for (Drug d : v.resistantTo()) {
      answer(qr, "virology.resistantTo", code(d));
    }
    bool(qr, "virology.refractory", v.refractory());
    labs.baselineSerumCreatinine()
        .ifPresent(
            b ->
                item(qr, "labs.baselineSerumCreatinine")
                    .addAnswer()
                    .setValue(
                        ucum(
                            b.value(),
                            b.unit() == CreatinineUnit.MG_PER_DL ? "mg/dL" : "umol/L")));
    answer(qr, "treatment.phase", code(t.phase()));
    integer(qr, "treatment.daysOfIvTherapy", t.daysOfIvTherapy());
    integer(qr, "treatment.daysOfInduction", t.daysOfInduction());
    bool(qr, "treatment.clinicallyImproving", t.clinicallyImproving());
    bool(qr, "treatment.canTakeOral", t.canTakeOral());
    bool(qr, "treatment.giAbsorptionImpaired", t.giAbsorptionImpaired());
    bool(qr, "treatment.ganciclovirIntolerance", t.ganciclovirIntolerance());
    bool(qr, "treatment.nephrotoxicComedication", t.nephrotoxicComedication());
    bool(qr, "treatment.onLetermovir", t.onLetermovir());
    resources.add(qr);

    for (Resource r : resources) {
      bundle
          .addEntry()
          .setFullUrl(FULL_URL_BASE + r.fhirType() + "/" + r.getIdElement().getIdPart())
          .setResource(r);
    }
    return bundle;
  }

  private static Coding code(Enum<?> value) {
    String c = CaseQuestionnaire.code(value);
    return new Coding(FhirCodes.CMVRX_CODES, c, c);
  }

  private static CodeableConcept concept(String system, String code, String display) {
    return new CodeableConcept().addCoding(new Coding(system, code, display));
  }

  static Quantity ucum(double value, String unit) {
    return new Quantity()
        .setValueElement(new DecimalType(new BigDecimal(Double.toString(value))))
        .setUnit(unit)
        .setSystem(FhirCodes.UCUM)
        .setCode(unit);
  }

  private static Observation observation(
      String id, LabQuantity q, double value, String unit, String day) {
    Observation o = new Observation();
    o.setId(id);
    o.setStatus(Observation.ObservationStatus.FINAL);
    o.setCode(new CodeableConcept().addCoding(new Coding().setSystem(FhirCodes.LOINC).setCode(q.primaryCode())));
    o.getCode().setText(q.label());
    o.setSubject(new Reference(PATIENT_REF));
    o.setEffective(new DateTimeType(day));
    o.setValue(ucum(value, unit));
    return o;
  }

  private static MedicationStatement medication(String id, String rxnorm, String display) {
    MedicationStatement ms = new MedicationStatement();
    ms.setId("med-" + id);
    ms.setStatus(MedicationStatement.MedicationStatementStatus.ACTIVE);
    ms.setMedication(concept(FhirCodes.RXNORM, rxnorm, display));
    ms.setSubject(new Reference(PATIENT_REF));
    return ms;
  }

  private static QuestionnaireResponseItemComponent item(QuestionnaireResponse qr, String linkId) {
    for (QuestionnaireResponseItemComponent i : qr.getItem()) {
      if (i.getLinkId().equals(linkId)) {
        return i;
      }
    }
    QuestionnaireResponseItemComponent i = qr.addItem().setLinkId(linkId);
    CaseQuestionnaire.item(linkId).ifPresent(def -> i.setText(def.text()));
    return i;
  }

  private static void answer(QuestionnaireResponse qr, String linkId, Type value) {
    item(qr, linkId).addAnswer().setValue(value);
  }

  private static void bool(QuestionnaireResponse qr, String linkId, Optional<Boolean> value) {
    value.ifPresent(b -> answer(qr, linkId, new BooleanType(b)));
  }

  private static void integer(QuestionnaireResponse qr, String linkId, OptionalInt value) {
    value.ifPresent(i -> answer(qr, linkId, new IntegerType(i)));
  }

  private static void decimal(QuestionnaireResponse qr, String linkId, OptionalDouble value) {
    value.ifPresent(
        d -> answer(qr, linkId, new DecimalType(new BigDecimal(Double.toString(d)))));
  }
}
