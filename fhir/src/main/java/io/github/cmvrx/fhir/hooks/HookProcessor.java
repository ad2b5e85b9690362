package io.github.cmvrx.fhir.hooks;

import ca.uhn.fhir.parser.DataFormatException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.text.Disclaimer;
import io.github.cmvrx.core.text.NumberText;
import io.github.cmvrx.dosing.policy.Policy;
import io.github.cmvrx.fhir.CdsCards;
import io.github.cmvrx.fhir.FhirCaseReader;
import io.github.cmvrx.fhir.FhirCodes;
import io.github.cmvrx.fhir.FhirRead;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Timing;

/**
 * Answers one hook request: reads the prefetch (fetching what is missing from the EHR's FHIR
 * server when one is given), reads the case, and returns the cards. Thread-safe.
 */
final class HookProcessor {
  private final ObjectMapper mapper;
  private final Policy policy;
  private final Clock clock;
  private final PrefetchFetcher fetcher;

  HookProcessor(ObjectMapper mapper, Policy policy, Clock clock, PrefetchFetcher fetcher) {
    this.mapper = mapper;
    this.policy = policy;
    this.clock = clock;
    this.fetcher = fetcher;
  }

  ObjectNode answer(String hook, JsonNode request) throws BadRequest {
    if (!request.isObject()) {
      throw new BadRequest("$", "the request must be a JSON object");
    }
    String given = text(request, "hook", "hook");
    if (!given.equals(hook)) {
      throw new BadRequest("hook", "value " + given + " does not match this service's hook " + hook);
    }
    String unused = text(request, "hookInstance", "hookInstance");
    JsonNode context = request.get("context");
    if (context == null || !context.isObject()) {
      throw new BadRequest("context", "missing or not an object");
    }
    String patientId = text(context, "patientId", "context.patientId");
    if (unused.isEmpty() || patientId.isEmpty()) {
      throw new BadRequest(unused.isEmpty() ? "hookInstance" : "context.patientId", "must not be empty");
    }
    Bundle bundle = prefetchBundle(request, patientId);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    FhirRead read = FhirCaseReader.read(bundle, Optional.empty(), today);
    Recommendation r = read.recommend(policy);
    if (hook.equals("patient-view")) {
      return CdsCards.response(r, Optional.of(patientId));
    }
    JsonNode drafts = context.get("draftOrders");
    if (drafts == null || drafts.isNull()) {
      throw new BadRequest("context.draftOrders", "missing: " + hook + " needs the draft orders Bundle");
    }
    Bundle draftOrders = parse(drafts, "context.draftOrders", Bundle.class);
    return orderCards(r, draftOrders, patientId);
  }

  private static String text(JsonNode node, String key, String element) throws BadRequest {
    JsonNode v = node.get(key);
    if (v == null || !v.isTextual()) {
      throw new BadRequest(element, "missing or not a string");
    }
    return v.asText();
  }

  private <T extends IBaseResource> T parse(JsonNode node, String element, Class<T> type)
      throws BadRequest {
    IBaseResource resource;
    try {
      resource = FhirCaseReader.parse(node);
    } catch (DataFormatException e) {
      throw new BadRequest(element, "not valid FHIR R4: " + e.getMessage());
    }
    if (!type.isInstance(resource)) {
      throw new BadRequest(
          element, "expected a " + type.getSimpleName() + ", was " + resource.fhirType());
    }
    return type.cast(resource);
  }

  /** Puts every prefetched resource (and every entry of a prefetched Bundle) into one Bundle. */
  private Bundle prefetchBundle(JsonNode request, String patientId) throws BadRequest {
    Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
    JsonNode prefetch = request.get("prefetch");
    if (prefetch != null && !prefetch.isNull() && !prefetch.isObject()) {
      throw new BadRequest("prefetch", "must be an object");
    }
    List<String> missing = new ArrayList<>();
    for (String key : Discovery.PREFETCH.keySet()) {
      JsonNode value = prefetch == null ? null : prefetch.get(key);
      if (value == null || value.isNull()) {
        missing.add(key);
        continue;
      }
      add(bundle, parse(value, "prefetch." + key, Resource.class));
    }
    if (prefetch != null) {
      for (Iterator<String> it = prefetch.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!Discovery.PREFETCH.containsKey(key)) {
          throw new BadRequest("prefetch." + key, "not a prefetch key of this service");
        }
      }
    }
    JsonNode server = request.get("fhirServer");
    if (!missing.isEmpty() && server != null && server.isTextual()) {
      String token = request.path("fhirAuthorization").path("access_token").asText("");
      for (String key : missing) {
        String query = Discovery.PREFETCH.get(key);
        if (query == null) {
          continue;
        }
        Optional<Resource> fetched =
            fetcher.fetch(server.asText(), query.replace("{{context.patientId}}", patientId), token, key);
        fetched.ifPresent(resource -> add(bundle, resource));
      }
    }
    return bundle;
  }

  private static void add(Bundle bundle, Resource resource) {
    if (resource instanceof Bundle inner) {
      for (Bundle.BundleEntryComponent e : inner.getEntry()) {
        if (e.hasResource()) {
          bundle.addEntry().setFullUrl(e.getFullUrl()).setResource(e.getResource());
        }
      }
    } else {
      bundle.addEntry().setResource(resource);
    }
  }

  /** Cards for draft orders of CMV drugs that differ from the recommendation. */
  private ObjectNode orderCards(Recommendation r, Bundle drafts, String patientId) {
    if (r.status() == Status.REFUSED) {
      return CdsCards.response(r, Optional.of(patientId));
    }
    ObjectNode response = mapper.createObjectNode();
    ArrayNode cards = response.putArray("cards");
    for (Bundle.BundleEntryComponent e : drafts.getEntry()) {
      if (!(e.getResource() instanceof MedicationRequest mr)) {
        continue;
      }
      Optional<Drug> drug = drugOf(mr);
      if (drug.isEmpty()) {
        continue;
      }
      Optional<RegimenComponent> recommended =
          r.regimen().stream().filter(c -> c.drug() == drug.get()).findFirst();
      String name = drug.get().name().toLowerCase(Locale.ROOT);
      String ref = "MedicationRequest/" + mr.getIdElement().getIdPart();
      List<String> differences = new ArrayList<>();
      if (recommended.isEmpty()) {
        differences.add(name + " is not in the recommended regimen");
      } else {
        differences.addAll(differences(mr, recommended.get()));
      }
      if (differences.isEmpty()) {
        continue;
      }
      ObjectNode card = cards.addObject();
      String summary = "Draft " + name + " order differs from cmvrx: " + String.join("; ", differences);
      card.put("summary", summary.length() <= 140 ? summary : summary.substring(0, 137) + "...");
      card.put("indicator", "warning");
      StringBuilder detail = new StringBuilder();
      for (String d : differences) {
        detail.append("- ").append(d).append('\n');
      }
      r.excluded().stream()
          .filter(x -> x.drug() == drug.get())
          .forEach(x -> detail.append("- not used: ").append(x.reason()).append('\n'));
      detail.append("\nRecommended regimen: ")
          .append(
              r.regimen().isEmpty()
                  ? "none"
                  : String.join(" + ", r.regimen().stream().map(c -> CdsCards.shortDose(c)).toList()))
          .append("\n\n").append(Disclaimer.TEXT);
      card.put("detail", detail.toString());
      ObjectNode source = card.putObject("source");
      source.put("label", "cmvrx");
      source.put("url", "https://github.com/cmvrx/cmvrx");
      ArrayNode suggestions = card.putArray("suggestions");
      ObjectNode suggestion = suggestions.addObject();
      suggestion.put("label", recommended.isPresent() ? "Replace with the recommended " + name + " order" : "Remove the draft " + name + " order");
      ArrayNode actions = suggestion.putArray("actions");
      ObjectNode delete = actions.addObject();
      delete.put("type", "delete");
      delete.put("description", "Remove the draft order");
      delete.put("resourceId", ref);
      if (recommended.isPresent()) {
        ObjectNode create = actions.addObject();
        create.put("type", "create");
        create.put("description", "Order " + CdsCards.shortDose(recommended.get()));
        create.set("resource", CdsCards.medicationRequestJson(recommended.get(), Optional.of(patientId)));
      }
      suggestion.put("uuid", java.util.UUID.nameUUIDFromBytes(suggestion.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
      card.put("selectionBehavior", "at-most-one");
      card.put("uuid", java.util.UUID.nameUUIDFromBytes(card.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
    }
    return response;
  }

  /** The CMV drug a draft order names: by RxNorm ingredient code, else by its name in the text. */
  static Optional<Drug> drugOf(MedicationRequest mr) {
    if (!mr.hasMedicationCodeableConcept()) {
      return Optional.empty();
    }
    for (Coding c : mr.getMedicationCodeableConcept().getCoding()) {
      for (Drug d : Drug.values()) {
        if (FhirCodes.RXNORM.equals(c.getSystem())
            && FhirCodes.rxnorm(d).map(code -> code.equals(c.getCode())).orElse(false)) {
          return Optional.of(d);
        }
      }
    }
    StringBuilder text = new StringBuilder(mr.getMedicationCodeableConcept().getText() == null ? "" : mr.getMedicationCodeableConcept().getText());
    for (Coding c : mr.getMedicationCodeableConcept().getCoding()) {
      text.append(' ').append(c.getDisplay() == null ? "" : c.getDisplay());
    }
    String lower = text.toString().toLowerCase(Locale.ROOT);
    // valganciclovir before ganciclovir: the longer name contains the shorter.
    for (Drug d : new Drug[] {Drug.VALGANCICLOVIR, Drug.GANCICLOVIR, Drug.FOSCARNET, Drug.CIDOFOVIR, Drug.MARIBAVIR, Drug.LETERMOVIR}) {
      if (lower.contains(d.name().toLowerCase(Locale.ROOT))) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private static List<String> differences(MedicationRequest mr, RegimenComponent c) {
    List<String> out = new ArrayList<>();
    Dosage dosage = mr.getDosageInstructionFirstRep();
    Quantity dose = dosage.getDoseAndRateFirstRep().hasDoseQuantity() ? dosage.getDoseAndRateFirstRep().getDoseQuantity() : null;
    String want = CdsCards.shortDose(c);
    if (dose == null || !dose.hasValue() || !"mg".equals(dose.hasCode() ? dose.getCode() : dose.getUnit())) {
      out.add("dose not given in mg (recommended " + want + ")");
    } else if (dose.getValue().doubleValue() != c.dose().value()) {
      out.add("dose " + dose.getValue().toPlainString() + " mg, recommended " + NumberText.plain(c.dose().value()) + " mg");
    }
    Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
    Optional<Double> hours = intervalHours(repeat);
    double wantHours = c.timesPerWeek().isPresent() ? 168.0 / c.timesPerWeek().getAsInt() : c.intervalHours().orElse(0);
    if (hours.isEmpty()) {
      out.add("interval not stated (recommended " + want + ")");
    } else if (Math.abs(hours.get() - wantHours) > 1e-9) {
      out.add("every " + NumberText.plain(hours.get()) + " h, recommended every " + NumberText.plain(wantHours) + " h");
    }
    String route = (dosage.getRoute().getText() == null ? "" : dosage.getRoute().getText()) + " "
        + dosage.getRoute().getCoding().stream().map(x -> x.getDisplay() == null ? "" : x.getDisplay()).reduce("", String::concat);
    String r = route.toLowerCase(Locale.ROOT);
    boolean iv = r.contains("intravenous") || r.contains("iv");
    boolean oral = r.contains("oral") || r.contains("by mouth");
    if (!iv && !oral) {
      out.add("route not stated (recommended " + (c.route() == Route.IV ? "intravenous" : "oral") + ")");
    } else if ((c.route() == Route.IV) != iv || (c.route() == Route.ORAL) != oral) {
      out.add("route " + (iv ? "intravenous" : "oral") + ", recommended " + (c.route() == Route.IV ? "intravenous" : "oral"));
    }
    return out;
  }

  private static Optional<Double> intervalHours(Timing.TimingRepeatComponent repeat) {
    if (!repeat.hasPeriod() || !repeat.hasPeriodUnit()) {
      return Optional.empty();
    }
    double frequency = repeat.hasFrequency() ? repeat.getFrequency() : 1;
    Map<String, Double> unitHours = Map.of("h", 1.0, "d", 24.0, "wk", 168.0, "min", 1.0 / 60);
    Double perUnit = unitHours.get(repeat.getPeriodUnit().toCode());
    if (perUnit == null || frequency <= 0) {
      return Optional.empty();
    }
    return Optional.of(repeat.getPeriod().doubleValue() * perUnit / frequency);
  }
}
