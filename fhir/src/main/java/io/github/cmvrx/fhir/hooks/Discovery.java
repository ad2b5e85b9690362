package io.github.cmvrx.fhir.hooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.fhir.FhirCodes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The services cmvrx offers (CDS Hooks 2.0 discovery) and their prefetch templates. */
final class Discovery {
  private Discovery() {}

  /** The LOINC codes the reader uses, as a FHIR search token list. */
  private static final String OBSERVATION_CODES =
      String.join(
          ",",
          java.util.stream.Stream.of(
                  "29463-7", "3141-9", "8302-2", "8306-3", "2160-0", "14682-9", "24467-3", "751-8",
                  "26499-4", "753-4", "777-3", "26515-7", "718-7", "2888-6")
              .map(c -> FhirCodes.LOINC + "|" + c)
              .toList());

  /** The prefetch templates: every resource the reader needs for one patient. */
  static final Map<String, String> PREFETCH = prefetch();

  private static Map<String, String> prefetch() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("patient", "Patient/{{context.patientId}}");
    p.put("observations", "Observation?patient={{context.patientId}}&code=" + OBSERVATION_CODES);
    p.put("conditions", "Condition?patient={{context.patientId}}");
    p.put("medicationRequests", "MedicationRequest?patient={{context.patientId}}&status=active");
    p.put("medicationStatements", "MedicationStatement?patient={{context.patientId}}&status=active");
    p.put(
        "questionnaireResponses",
        "QuestionnaireResponse?subject=Patient/{{context.patientId}}&questionnaire="
            + FhirCodes.QUESTIONNAIRE
            + "&status=completed,amended");
    return Map.copyOf(p);
  }

  /** The hook each service id answers. */
  static final Map<String, String> SERVICES =
      Map.of(
          "cmvrx-patient-view", "patient-view",
          "cmvrx-order-select", "order-select",
          "cmvrx-order-sign", "order-sign");

  static Optional<String> hookOf(String serviceId) {
    return Optional.ofNullable(SERVICES.get(serviceId));
  }

  static ObjectNode document(ObjectMapper mapper) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode services = root.putArray("services");
    for (String id : new String[] {"cmvrx-patient-view", "cmvrx-order-select", "cmvrx-order-sign"}) {
      ObjectNode s = services.addObject();
      s.put("hook", SERVICES.get(id));
      s.put("id", id);
      s.put(
          "title",
          id.equals("cmvrx-patient-view")
              ? "cmvrx: CMV treatment and dosing"
              : "cmvrx: check a draft CMV antiviral order");
      s.put(
          "description",
          id.equals("cmvrx-patient-view")
              ? "Recommends the CMV antiviral regimen and renally adjusted doses from the record,"
                  + " with alerts and monitoring. Decision support only."
              : "Compares a draft ganciclovir, valganciclovir, foscarnet, cidofovir, maribavir or"
                  + " letermovir order with the recommendation and suggests a replacement when"
                  + " the dose, interval or route differs. Decision support only.");
      ObjectNode prefetch = s.putObject("prefetch");
      PREFETCH.entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> prefetch.put(e.getKey(), e.getValue()));
      s.put(
          "usageRequirements",
          "Answers the cmvrx Questionnaire (" + FhirCodes.QUESTIONNAIRE + ") for the clinical"
              + " judgements FHIR has no code for; see docs/fhir.md.");
    }
    return root;
  }
}
