package io.github.cmvrx.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IJsonLikeParser;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import ca.uhn.fhir.parser.json.jackson.JacksonStructure;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.model.DiseaseSite;
import io.github.cmvrx.core.model.Inducer;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.contract.CaseJson;
import io.github.cmvrx.contract.JsonResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;

/**
 * Reads a FHIR R4 Bundle holding one Patient and its resources into a {@code PatientCase}
 * (docs/fhir.md has the mapping tables). The reader builds the case's contract JSON from the
 * resources and reads it with the contract codec, so the same validation applies to FHIR and
 * JSON input; every error then names the FHIR element the value came from. Nothing is
 * defaulted: a missing required fact is a refusal naming the element. Thread-safe.
 */
public final class FhirCaseReader {
  private FhirCaseReader() {}

  /** The identifier system of the cmvrx case id on {@code Bundle.identifier}. */
  public static final String CASE_ID_SYSTEM = FhirCodes.CMVRX_BASE + "/case-id";

  private static final FhirContext CONTEXT = newContext();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** ICD-10-CM codes of CMV disease that name a site (docs/fhir.md gives the source). */
  static final Map<String, DiseaseSite> ICD10CM_SITES =
      Map.of("B25.0", DiseaseSite.PNEUMONITIS, "B25.1", DiseaseSite.HEPATITIS);

  private static final Set<ObservationStatus> USABLE =
      EnumSet.of(ObservationStatus.FINAL, ObservationStatus.AMENDED, ObservationStatus.CORRECTED);

  private static FhirContext newContext() {
    FhirContext context = FhirContext.forR4();
    context.setParserErrorHandler(new StrictErrorHandler());
    return context;
  }

  /**
   * Returns the shared HAPI FHIR R4 context (strict parsing: unknown elements are errors).
   *
   * @return the context
   */
  public static FhirContext context() {
    return CONTEXT;
  }

  /**
   * Returns a new JSON parser of the shared context (parsers are not thread-safe).
   *
   * @return the parser
   */
  public static IParser jsonParser() {
    return CONTEXT.newJsonParser();
  }

  /**
   * Parses one FHIR resource that is already a Jackson tree (a CDS Hooks prefetch entry), with
   * the shared strict context. An object is handed to HAPI FHIR's parser as it is, rather than
   * written out as text and parsed again; the tree must have been read with exact decimals
   * ({@link #treeMapper(com.fasterxml.jackson.core.JsonFactory)}), as HAPI FHIR reads text, so
   * a value such as 1.20 keeps its digits. Anything else is parsed from its text, so HAPI FHIR's own message explains the refusal.
   *
   * @param node the resource
   * @return the resource
   * @throws DataFormatException if it is not valid FHIR R4 JSON
   */
  public static IBaseResource parse(JsonNode node) {
    IParser parser = jsonParser();
    if (node instanceof ObjectNode object && parser instanceof IJsonLikeParser jsonLike) {
      JacksonStructure structure = new JacksonStructure();
      structure.setNativeObject(object);
      return jsonLike.parseResource(structure);
    }
    return parser.parseResource(node.toString());
  }

  /**
   * Returns a mapper that reads JSON trees as HAPI FHIR's parser does: decimals exact (as
   * {@link java.math.BigDecimal}, keeping trailing zeros). Trees for {@link #parse(JsonNode)}
   * must come from such a mapper.
   *
   * @param factory the JSON factory (stream limits)
   * @return a new mapper
   */
  public static ObjectMapper treeMapper(com.fasterxml.jackson.core.JsonFactory factory) {
    ObjectMapper mapper = new ObjectMapper(factory);
    mapper.setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
    mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    return mapper;
  }

  /**
   * Parses FHIR JSON and reads it into a case.
   *
   * @param json a Bundle (collection, transaction, batch or searchset) in FHIR JSON
   * @param asOf the evaluation date, overriding {@code Bundle.timestamp}
   * @param today the date used when neither {@code asOf} nor {@code Bundle.timestamp} is given
   * @return the case, or every problem found
   */
  public static FhirRead read(String json, Optional<LocalDate> asOf, LocalDate today) {
    IBaseResource resource;
    try {
      resource = jsonParser().parseResource(json);
    } catch (DataFormatException e) {
      return refused("Bundle", "not valid FHIR R4 JSON: " + e.getMessage());
    }
    if (!(resource instanceof Bundle bundle)) {
      return refused(
          "resourceType",
          "expected a Bundle, was " + resource.fhirType() + " (cmvrx reads one Bundle)");
    }
    return read(bundle, asOf, today);
  }

  /**
   * Reads a Bundle into a case.
   *
   * @param bundle the Bundle
   * @param asOf the evaluation date, overriding {@code Bundle.timestamp}
   * @param today the date used when neither {@code asOf} nor {@code Bundle.timestamp} is given
   * @return the case, or every problem found
   */
  public static FhirRead read(Bundle bundle, Optional<LocalDate> asOf, LocalDate today) {
    return new Reading(bundle, asOf, today).run();
  }

  private static FhirRead refused(String element, String message) {
    return new FhirRead.Refused(Optional.empty(), List.of(new FieldError(element, message)));
  }

  /** Returns the calendar date of a FHIR date/dateTime/instant in its own time zone. */
  static LocalDate dateOf(BaseDateTimeType t) {
    return LocalDate.of(t.getYear(), t.getMonth() + 1, t.getDay());
  }

  /** One reading: collects problems and the provenance of every contract field. */
  private static final class Reading {
    private final Bundle bundle;
    private final Optional<LocalDate> asOf;
    private final LocalDate today;
    private final List<FieldError> errors = new ArrayList<>();
    private final List<Alert> alerts = new ArrayList<>();
    private final Map<String, String> provenance = new LinkedHashMap<>();
    private final ObjectNode root = MAPPER.createObjectNode();
    private Optional<String> id = Optional.empty();

    Reading(Bundle bundle, Optional<LocalDate> asOf, LocalDate today) {
      this.bundle = bundle;
      this.asOf = asOf;
      this.today = today;
    }

    private void error(String element, String message) {
      errors.add(new FieldError(element, message));
    }

    FhirRead run() {
      if (bundle.hasIdentifier()) {
        Identifier identifier = bundle.getIdentifier();
        if (CASE_ID_SYSTEM.equals(identifier.getSystem()) && identifier.hasValue()) {
          id = Optional.of(identifier.getValue());
        }
      }
      Bundle.BundleType type = bundle.getType();
      if (type == null
          || !(type == Bundle.BundleType.COLLECTION
              || type == Bundle.BundleType.TRANSACTION
              || type == Bundle.BundleType.BATCH
              || type == Bundle.BundleType.SEARCHSET)) {
        error(
            "Bundle.type",
            "must be collection, transaction, batch or searchset (was "
                + (type == null ? "missing" : type.toCode())
                + ")");
        return refusal();
      }
      LocalDate evaluation =
          asOf.orElseGet(
              () -> bundle.hasTimestamp() ? dateOf(bundle.getTimestampElement()) : today);

      List<Resource> resources = new ArrayList<>();
      for (BundleEntryComponent entry : bundle.getEntry()) {
        if (entry.hasResource()) {
          resources.add(entry.getResource());
        }
      }
      List<Patient> patients =
          resources.stream().filter(Patient.class::isInstance).map(Patient.class::cast).toList();
      if (patients.size() != 1) {
        error(
            "Bundle.entry.resource",
            "must hold exactly one Patient (found " + patients.size() + ")");
        return refusal();
      }
      Patient patient = patients.get(0);
      String patientId = patient.getIdElement().getIdPart();

      if (id.isPresent()) {
        root.put("id", id.get());
      }
      ObjectNode p = root.putObject("patient");
      ObjectNode host = root.putObject("host");
      ObjectNode disease = root.putObject("disease");
      ObjectNode virology = MAPPER.createObjectNode();
      ObjectNode labs = MAPPER.createObjectNode();
      ObjectNode treatment = root.putObject("treatment");

      readPatient(patient, evaluation, p);

      List<Observation> observations = new ArrayList<>();
      for (Resource r : resources) {
        if (r instanceof Observation o && subjectMatches(o.getSubject(), patientId, "Observation", o)) {
          observations.add(o);
        }
      }
      readQuantity(observations, List.of(LabQuantity.WEIGHT), evaluation, p, "weightKg", true);
      readQuantity(observations, List.of(LabQuantity.HEIGHT), evaluation, p, "heightCm", true);
      readQuantity(
          observations,
          List.of(LabQuantity.CREATININE_MASS, LabQuantity.CREATININE_MOLES),
          evaluation,
          p,
          "serumCreatinine",
          false);
      readQuantity(observations, List.of(LabQuantity.CD4), evaluation, host, "cd4PerUl", false);
      readQuantity(observations, List.of(LabQuantity.NEUTROPHILS), evaluation, labs, "ancPerUl", false);
      readQuantity(
          observations, List.of(LabQuantity.PLATELETS), evaluation, labs, "plateletsPerUl", false);
      readQuantity(
          observations, List.of(LabQuantity.HEMOGLOBIN), evaluation, labs, "hemoglobinGPerDl", false);
      readQuantity(
          observations,
          List.of(LabQuantity.URINE_PROTEIN),
          evaluation,
          labs,
          "urineProteinMgPerDl",
          false);

      Set<DiseaseSite> codedSites = EnumSet.noneOf(DiseaseSite.class);
      for (Resource r : resources) {
        if (r instanceof Condition c && subjectMatches(c.getSubject(), patientId, "Condition", c)) {
          siteOf(c).ifPresent(codedSites::add);
        }
      }
      boolean ciclosporinMedication = false;
      Set<Inducer> inducerMedications = EnumSet.noneOf(Inducer.class);
      for (Resource r : resources) {
        Optional<CodeableConcept> med = activeMedication(r, patientId);
        if (med.isPresent()) {
          if (hasCode(med.get(), FhirCodes.RXNORM, FhirCodes.RXNORM_CICLOSPORIN)) {
            ciclosporinMedication = true;
          }
          for (Map.Entry<Inducer, String> e : FhirCodes.RXNORM_INDUCERS.entrySet()) {
            if (hasCode(med.get(), FhirCodes.RXNORM, e.getValue())) {
              inducerMedications.add(e.getKey());
            }
          }
        }
      }

      Map<String, List<QuestionnaireResponseItemAnswerComponent>> answers =
          latestAnswers(resources, patientId);
      String qr = "QuestionnaireResponse (" + FhirCodes.QUESTIONNAIRE + ")";
      for (CaseQuestionnaire.Item item : CaseQuestionnaire.ITEMS) {
        String[] path = item.linkId().split("\\.", 2);
        ObjectNode section =
            switch (path[0]) {
              case "patient" -> p;
              case "host" -> host;
              case "disease" -> disease;
              case "virology" -> virology;
              case "labs" -> labs;
              default -> treatment;
            };
        List<QuestionnaireResponseItemAnswerComponent> given = answers.get(item.linkId());
        String element = qr + " item " + item.linkId();
        if (given == null || given.isEmpty()) {
          continue;
        }
        provenance.put(item.linkId(), element);
        if (!item.repeats() && given.size() > 1) {
          error(element, "takes one answer (was " + given.size() + ")");
          continue;
        }
        if (item.repeats()) {
          ArrayNode array = section.putArray(path[1]);
          for (QuestionnaireResponseItemAnswerComponent a : given) {
            answerCode(a, element).ifPresent(array::add);
          }
        } else {
          putAnswer(section, path[1], item, given.get(0), element);
        }
      }
      // Coded resources add to (never silently contradict) the Questionnaire answers.
      if (!codedSites.isEmpty()) {
        ArrayNode sites =
            disease.has("sites") && disease.get("sites").isArray()
                ? (ArrayNode) disease.get("sites")
                : disease.putArray("sites");
        Set<String> present = new LinkedHashSet<>();
        sites.forEach(n -> present.add(n.asText()));
        for (DiseaseSite s : codedSites) {
          if (present.add(CaseQuestionnaire.code(s))) {
            sites.add(CaseQuestionnaire.code(s));
          }
        }
        provenance.merge(
            "disease.sites",
            "Condition.code (ICD-10-CM B25.0/B25.1)",
            (a, b) -> a + " and " + b);
      }
      if (ciclosporinMedication) {
        JsonNode said = host.get("onCiclosporin");
        if (said != null && said.isBoolean() && !said.booleanValue()) {
          error(
              qr + " item host.onCiclosporin",
              "answered false, but an active MedicationStatement/MedicationRequest codes"
                  + " ciclosporin (RxNorm " + FhirCodes.RXNORM_CICLOSPORIN + "): resolve the"
                  + " conflict");
        }
        host.put("onCiclosporin", true);
        provenance.putIfAbsent(
            "host.onCiclosporin",
            "MedicationStatement/MedicationRequest.medicationCodeableConcept (RxNorm "
                + FhirCodes.RXNORM_CICLOSPORIN + ")");
      }
      if (!inducerMedications.isEmpty()) {
        ArrayNode inducers =
            treatment.has("inducers") && treatment.get("inducers").isArray()
                ? (ArrayNode) treatment.get("inducers")
                : treatment.putArray("inducers");
        Set<String> present = new LinkedHashSet<>();
        inducers.forEach(n -> present.add(n.asText()));
        for (Inducer i : inducerMedications) {
          if (present.add(CaseQuestionnaire.code(i))) {
            inducers.add(CaseQuestionnaire.code(i));
          }
        }
        provenance.putIfAbsent(
            "treatment.inducers", "MedicationStatement/MedicationRequest.medicationCodeableConcept");
      }
      for (CaseQuestionnaire.Item item : CaseQuestionnaire.ITEMS) {
        if (!item.required()) {
          continue;
        }
        String[] path = item.linkId().split("\\.", 2);
        JsonNode section = root.path(path[0]);
        if (!section.has(path[1]) && !provenance.containsKey(item.linkId())) {
          error(
              qr + " item " + item.linkId(),
              "no answer in a completed or amended QuestionnaireResponse to "
                  + FhirCodes.QUESTIONNAIRE
                  + ": required, never defaulted");
        }
      }
      if (!disease.has("sites")) {
        error(
            "Condition.code / " + qr + " item disease.sites",
            "no CMV disease site: none from an active Condition (ICD-10-CM B25.0, B25.1) nor"
                + " from the Questionnaire");
      }
      if (virology.size() > 0) {
        root.set("virology", virology);
      }
      if (labs.size() > 0) {
        root.set("labs", labs);
      }
      if (!errors.isEmpty()) {
        return refusal();
      }
      JsonResult<PatientCase> result = CaseJson.read(root.toString());
      if (result instanceof JsonResult.Valid<PatientCase> valid) {
        return new FhirRead.Read(valid.value(), alerts, evaluation);
      }
      for (FieldError e : ((JsonResult.Invalid<PatientCase>) result).errors()) {
        error(elementFor(e.field()), e.message() + " (contract field " + e.field() + ")");
      }
      return refusal();
    }

    private FhirRead refusal() {
      return new FhirRead.Refused(id, errors);
    }

    /** Maps a contract field path (e.g. patient.weightKg, disease.sites[1]) to its FHIR element. */
    private String elementFor(String field) {
      String best = "";
      for (String key : provenance.keySet()) {
        if ((field.equals(key) || field.startsWith(key + ".") || field.startsWith(key + "["))
            && key.length() > best.length()) {
          best = key;
        }
      }
      String element = provenance.get(best);
      return element == null ? "Bundle (contract field " + field + ")" : element;
    }

    private boolean subjectMatches(Reference subject, String patientId, String type, Resource r) {
      if (subject == null || !subject.hasReference() || patientId == null) {
        return true;
      }
      String ref = subject.getReferenceElement().getIdPart();
      String resourceType = subject.getReferenceElement().getResourceType();
      boolean matches =
          patientId.equals(ref) && (resourceType == null || "Patient".equals(resourceType));
      if (!matches) {
        error(
            type + "/" + r.getIdElement().getIdPart() + ".subject",
            "refers to " + subject.getReference() + ", not the Bundle's Patient/" + patientId);
      }
      return matches;
    }

    private void readPatient(Patient patient, LocalDate evaluation, ObjectNode p) {
      provenance.put("patient.ageYears", "Patient.birthDate");
      provenance.put("patient.sex", "Patient.gender");
      if (!patient.hasBirthDate()) {
        error("Patient.birthDate", "missing: the age is required");
      } else {
        LocalDate birth = dateOf(patient.getBirthDateElement());
        if (birth.isAfter(evaluation)) {
          error(
              "Patient.birthDate",
              "value " + birth + " is after the evaluation date " + evaluation);
        } else {
          p.put("ageYears", FhirAge.years(birth, evaluation));
        }
      }
      AdministrativeGender gender = patient.getGender();
      if (gender == null) {
        error("Patient.gender", "missing: male or female is required (Cockcroft-Gault)");
      } else if (gender == AdministrativeGender.MALE || gender == AdministrativeGender.FEMALE) {
        p.put("sex", gender.toCode());
      } else {
        error(
            "Patient.gender",
            "value " + gender.toCode() + " is not male or female: Cockcroft-Gault needs one of"
                + " them, so the case is refused rather than guessed");
      }
    }

    /** Reads the latest usable Observation among the quantities' codes into {@code key}. */
    private void readQuantity(
        List<Observation> observations,
        List<LabQuantity> quantities,
        LocalDate evaluation,
        ObjectNode section,
        String key,
        boolean required) {
      LabQuantity first = quantities.get(0);
      String what =
          "Observation LOINC "
              + String.join(
                  "/", quantities.stream().flatMap(q -> q.loincCodes().stream()).toList())
              + " ("
              + first.label()
              + ")";
      record Candidate(Observation o, LabQuantity q, java.time.Instant when, LocalDate day) {}
      List<Candidate> candidates = new ArrayList<>();
      for (Observation o : observations) {
        for (LabQuantity q : quantities) {
          if (q.loincCodes().stream().noneMatch(c -> hasCode(o.getCode(), FhirCodes.LOINC, c))) {
            continue;
          }
          if (o.getStatus() == null || !USABLE.contains(o.getStatus())) {
            continue; // preliminary, registered, cancelled, entered-in-error, unknown: never used
          }
          String element = "Observation/" + o.getIdElement().getIdPart() + " (" + what + ")";
          Optional<BaseDateTimeType> effective = effectiveOf(o.getEffective());
          if (effective.isEmpty() || effective.get().getValue() == null) {
            error(element + ".effective[x]", "missing: cannot tell whether it is the latest value");
            continue;
          }
          LocalDate day = dateOf(effective.get());
          if (day.isAfter(evaluation)) {
            error(
                element + ".effective[x]",
                "value " + effective.get().getValueAsString() + " is after the evaluation date "
                    + evaluation);
            continue;
          }
          candidates.add(new Candidate(o, q, effective.get().getValue().toInstant(), day));
        }
      }
      if (candidates.isEmpty()) {
        if (required) {
          error(what, "none with status final, amended or corrected");
        } else {
          provenance.put(
              first.contractField(), what + " (none with status final, amended or corrected)");
        }
        return;
      }
      candidates.sort(Comparator.comparing(Candidate::when).reversed());
      Candidate latest = candidates.get(0);
      String element =
          "Observation/" + latest.o().getIdElement().getIdPart() + " (" + what + ").valueQuantity";
      provenance.put(first.contractField(), element);
      Optional<BigDecimal> value = valueOf(latest.o(), latest.q(), element);
      if (value.isEmpty()) {
        return;
      }
      for (Candidate c : candidates.subList(1, candidates.size())) {
        if (!c.when().equals(latest.when())) {
          break;
        }
        Optional<BigDecimal> other = valueOf(c.o(), c.q(), element);
        if (other.isPresent() && other.get().compareTo(value.get()) != 0) {
          error(
              element,
              "two usable Observations at the same effective time disagree ("
                  + value.get().toPlainString() + " and " + other.get().toPlainString()
                  + " " + latest.q().contractUnit() + "): resolve the conflict");
          return;
        }
      }
      if (latest.q().freshness().isPresent()) {
        long days = ChronoUnit.DAYS.between(latest.day(), evaluation);
        long window = latest.q().freshness().get().toDays();
        if (days > window) {
          alerts.add(
              new Alert(
                  AlertSeverity.WARNING,
                  "fhir_stale_observation",
                  what + " is " + days + " days old (effective " + latest.day()
                      + ", evaluation date " + evaluation + "), older than its " + window
                      + "-day freshness window: re-measure before relying on the dose",
                  RuleId.INPUT_VALIDATION));
        }
      }
      if (key.equals("serumCreatinine")) {
        ObjectNode scr = section.putObject(key);
        scr.put("value", value.get());
        scr.put("unit", latest.q().contractUnit());
      } else {
        section.put(key, value.get());
      }
    }

    private Optional<BigDecimal> valueOf(Observation o, LabQuantity q, String element) {
      if (!o.hasValueQuantity()) {
        error(element, "missing: a valueQuantity is required (" + o.getValue().fhirType() + " given)");
        return Optional.empty();
      }
      Quantity quantity = o.getValueQuantity();
      if (quantity.hasComparator()) {
        error(
            element + ".comparator",
            "value " + quantity.getComparator().toCode() + " " + quantity.getValue()
                + ": a bound is not a measurement, so it is not used");
        return Optional.empty();
      }
      if (!quantity.hasValue()) {
        error(element + ".value", "missing");
        return Optional.empty();
      }
      String unit = quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
      if (quantity.hasSystem() && !FhirCodes.UCUM.equals(quantity.getSystem())) {
        error(
            element + ".system",
            "value " + quantity.getSystem() + " is not UCUM (" + FhirCodes.UCUM + ")");
        return Optional.empty();
      }
      Optional<BigDecimal> converted =
          unit == null ? Optional.empty() : q.toContractUnit(quantity.getValue(), unit);
      if (converted.isEmpty()) {
        error(
            element + ".code",
            "unit " + unit + " is not accepted for " + q.label() + " (accepted UCUM codes: "
                + q.acceptedUnits() + ")");
      }
      return converted;
    }

    private Optional<QuestionnaireResponse> latestResponse(List<Resource> resources, String patientId) {
      Optional<QuestionnaireResponse> best = Optional.empty();
      for (Resource r : resources) {
        if (!(r instanceof QuestionnaireResponse qr)) {
          continue;
        }
        String canonical = qr.getQuestionnaire() == null ? "" : qr.getQuestionnaire().split("\\|")[0];
        if (!FhirCodes.QUESTIONNAIRE.equals(canonical)) {
          continue;
        }
        if (qr.getStatus() != QuestionnaireResponseStatus.COMPLETED
            && qr.getStatus() != QuestionnaireResponseStatus.AMENDED) {
          continue;
        }
        if (!subjectMatches(qr.getSubject(), patientId, "QuestionnaireResponse", qr)) {
          continue;
        }
        if (best.isEmpty()) {
          best = Optional.of(qr);
        } else if (qr.hasAuthored()
            && (!best.get().hasAuthored() || qr.getAuthored().after(best.get().getAuthored()))) {
          best = Optional.of(qr);
        }
      }
      return best;
    }

    private Map<String, List<QuestionnaireResponseItemAnswerComponent>> latestAnswers(
        List<Resource> resources, String patientId) {
      Map<String, List<QuestionnaireResponseItemAnswerComponent>> answers = new LinkedHashMap<>();
      Optional<QuestionnaireResponse> qr = latestResponse(resources, patientId);
      if (qr.isEmpty()) {
        return answers;
      }
      for (QuestionnaireResponseItemComponent item : qr.get().getItem()) {
        String linkId = item.getLinkId();
        if (CaseQuestionnaire.item(linkId).isEmpty()) {
          error(
              "QuestionnaireResponse.item.linkId",
              "value " + linkId + " is not an item of " + FhirCodes.QUESTIONNAIRE);
          continue;
        }
        answers.computeIfAbsent(linkId, k -> new ArrayList<>()).addAll(item.getAnswer());
      }
      return answers;
    }

    private Optional<String> answerCode(QuestionnaireResponseItemAnswerComponent a, String element) {
      Type v = a.getValue();
      if (v instanceof Coding c && FhirCodes.CMVRX_CODES.equals(c.getSystem()) && c.hasCode()) {
        return Optional.of(c.getCode());
      }
      error(
          element + ".answer.valueCoding",
          "expected a code of " + FhirCodes.CMVRX_CODES + " (was "
              + (v == null ? "missing" : v.fhirType()) + ")");
      return Optional.empty();
    }

    private void putAnswer(
        ObjectNode section,
        String key,
        CaseQuestionnaire.Item item,
        QuestionnaireResponseItemAnswerComponent a,
        String element) {
      Type v = a.getValue();
      switch (item.kind()) {
        case CHOICE -> answerCode(a, element).ifPresent(code -> section.put(key, code));
        case BOOLEAN -> {
          if (v instanceof org.hl7.fhir.r4.model.BooleanType b && b.getValue() != null) {
            section.put(key, b.booleanValue());
          } else {
            wrongType(element, "valueBoolean", v);
          }
        }
        case INTEGER -> {
          if (v instanceof org.hl7.fhir.r4.model.IntegerType i && i.getValue() != null) {
            section.put(key, i.getValue());
          } else {
            wrongType(element, "valueInteger", v);
          }
        }
        case DECIMAL -> {
          if (v instanceof org.hl7.fhir.r4.model.DecimalType d && d.getValue() != null) {
            section.put(key, d.getValue());
          } else {
            wrongType(element, "valueDecimal", v);
          }
        }
        case QUANTITY -> {
          if (v instanceof Quantity q && q.hasValue()) {
            String unit = q.hasCode() ? q.getCode() : q.getUnit();
            ObjectNode scr = section.putObject(key);
            scr.put("value", q.getValue());
            scr.put("unit", unit == null ? "" : unit);
          } else {
            wrongType(element, "valueQuantity", v);
          }
        }
      }
    }

    private void wrongType(String element, String expected, Type v) {
      error(
          element + ".answer",
          "expected " + expected + " (was " + (v == null ? "missing" : v.fhirType()) + ")");
    }
  }

  private static Optional<BaseDateTimeType> effectiveOf(Type effective) {
    if (effective instanceof BaseDateTimeType t) {
      return Optional.of(t);
    }
    if (effective instanceof Period period) {
      if (period.hasEnd()) {
        return Optional.of(period.getEndElement());
      }
      if (period.hasStart()) {
        return Optional.of(period.getStartElement());
      }
    }
    return Optional.empty();
  }

  static boolean hasCode(CodeableConcept concept, String system, String code) {
    for (Coding c : concept.getCoding()) {
      if (system.equals(c.getSystem()) && code.equals(c.getCode())) {
        return true;
      }
    }
    return false;
  }

  /** The CMV site of an active, not refuted Condition coded in ICD-10-CM, if any. */
  private static Optional<DiseaseSite> siteOf(Condition c) {
    if (c.hasVerificationStatus()) {
      for (String excluded : List.of("entered-in-error", "refuted")) {
        if (hasCode(c.getVerificationStatus(), FhirCodes.CONDITION_VERIFICATION, excluded)) {
          return Optional.empty();
        }
      }
    }
    if (c.hasClinicalStatus()
        && !hasCode(c.getClinicalStatus(), FhirCodes.CONDITION_CLINICAL, "active")
        && !hasCode(c.getClinicalStatus(), FhirCodes.CONDITION_CLINICAL, "recurrence")
        && !hasCode(c.getClinicalStatus(), FhirCodes.CONDITION_CLINICAL, "relapse")) {
      return Optional.empty();
    }
    for (Map.Entry<String, DiseaseSite> e : ICD10CM_SITES.entrySet()) {
      if (hasCode(c.getCode(), FhirCodes.ICD10CM, e.getKey())) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  /** The medication concept of an active MedicationStatement or MedicationRequest, if any. */
  private static Optional<CodeableConcept> activeMedication(Resource r, String patientId) {
    if (r instanceof MedicationStatement ms
        && ms.getStatus() == MedicationStatement.MedicationStatementStatus.ACTIVE
        && ms.hasMedicationCodeableConcept()) {
      return Optional.of(ms.getMedicationCodeableConcept());
    }
    if (r instanceof MedicationRequest mr
        && mr.getStatus() == MedicationRequest.MedicationRequestStatus.ACTIVE
        && mr.getIntent() == MedicationRequest.MedicationRequestIntent.ORDER
        && mr.hasMedicationCodeableConcept()) {
      return Optional.of(mr.getMedicationCodeableConcept());
    }
    return Optional.empty();
  }
}
