package io.github.cmvrx.fhir.hooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirCaseWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;

/** Builds CDS Hooks requests whose prefetch holds a case's resources. */
final class HookRequests {
  private HookRequests() {}

  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode json(Resource r) {
    try {
      return MAPPER.readTree(FhirCaseReader.jsonParser().encodeResourceToString(r));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The prefetch object for a case: the Patient and one searchset Bundle per query. */
  static ObjectNode prefetch(PatientCase c, LocalDate evaluation) {
    Bundle all = FhirCaseWriter.write(c, evaluation);
    Map<String, Bundle> searches = new LinkedHashMap<>();
    for (String key :
        new String[] {"observations", "conditions", "medicationRequests", "medicationStatements", "questionnaireResponses"}) {
      searches.put(key, new Bundle().setType(Bundle.BundleType.SEARCHSET));
    }
    ObjectNode prefetch = MAPPER.createObjectNode();
    for (Bundle.BundleEntryComponent e : all.getEntry()) {
      Resource r = e.getResource();
      String key =
          switch (r.fhirType()) {
            case "Patient" -> "patient";
            case "Observation" -> "observations";
            case "Condition" -> "conditions";
            case "MedicationStatement" -> "medicationStatements";
            case "QuestionnaireResponse" -> "questionnaireResponses";
            default -> throw new IllegalStateException(r.fhirType());
          };
      if (key.equals("patient")) {
        prefetch.set("patient", json(r));
      } else {
        Bundle b = searches.get(key);
        b.addEntry().setFullUrl(e.getFullUrl()).setResource(r);
      }
    }
    searches.forEach((k, b) -> prefetch.set(k, json(b.setTotal(b.getEntry().size()))));
    return prefetch;
  }

  static ObjectNode request(String hook, String instance, ObjectNode prefetch) {
    ObjectNode request = MAPPER.createObjectNode();
    request.put("hook", hook);
    request.put("hookInstance", instance);
    ObjectNode context = request.putObject("context");
    context.put("userId", "Practitioner/example");
    context.put("patientId", "patient");
    request.set("prefetch", prefetch);
    return request;
  }
}
