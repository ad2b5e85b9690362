package io.github.cmvrx.fhir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.recommendation.Route;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.text.Disclaimer;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.NumberText;
import io.github.cmvrx.core.text.Renderer;
import io.github.cmvrx.core.validation.FieldError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Duration;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Timing;

/**
 * Turns a recommendation into a CDS Hooks 2.0 response: one card for the regimen (its suggestion
 * holds one {@code create} action per component, each a FHIR MedicationRequest), one card per
 * critical or warning alert, exclusions and monitoring in the regimen card's detail. Card and
 * suggestion uuids are derived from their content, so the same recommendation gives the same
 * response. Every card says that it supports and does not replace clinical judgement.
 */
public final class CdsCards {
  private CdsCards() {}

  /** The longest summary CDS Hooks allows. */
  public static final int MAX_SUMMARY = 140;


  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The instruction of an order given after dialysis, from the message catalogue. */
  private static final String AFTER_EACH_HAEMODIALYSIS =
      Renderer.english().render(Message.of(MessageKey.GIVE_AFTER_EACH_HAEMODIALYSIS));

  /**
   * Returns the CDS Hooks response {@code {"cards": [...]}} for a recommendation.
   *
   * @param r the recommendation
   * @param patientId the FHIR id of the patient, for the MedicationRequests' subject
   * @return the response
   */
  public static ObjectNode response(Recommendation r, Optional<String> patientId) {
    ObjectNode response = MAPPER.createObjectNode();
    ArrayNode cards = response.putArray("cards");
    if (r.status() == Status.REFUSED) {
      StringBuilder detail = new StringBuilder("cmvrx refused the case; nothing was guessed:\n\n");
      for (FieldError e : r.errors()) {
        detail.append("- **").append(e.field()).append("**: ").append(e.message()).append('\n');
      }
      detail.append('\n').append(Disclaimer.TEXT);
      cards.add(
          card(
              "cmvrx cannot recommend: the record is incomplete or invalid (see detail)",
              AlertSeverity.WARNING,
              Source.SEED,
              detail.toString()));
      return response;
    }
    cards.add(regimenCard(r, patientId));
    for (Alert a : r.alerts()) {
      if (a.severity() == AlertSeverity.INFO) {
        continue;
      }
      cards.add(
          card(
              truncate(a.message()),
              a.severity(),
              a.ruleId().primarySource(),
              a.message() + "\n\nRule " + a.ruleId().id() + " (" + a.ruleId().primarySource().key()
                  + ").\n\n" + Disclaimer.TEXT));
    }
    return response;
  }

  private static ObjectNode regimenCard(Recommendation r, Optional<String> patientId) {
    String phase = r.phase().map(CaseQuestionnaire::code).orElse("").replace('_', ' ');
    List<RegimenComponent> regimen = r.regimen();
    String summary;
    if (regimen.isEmpty()) {
      summary = "CMV " + phase + ": no regimen recommended (see detail)";
    } else {
      summary =
          "CMV " + phase + ": "
              + String.join(" + ", regimen.stream().map(CdsCards::shortDose).toList());
      if (summary.length() > MAX_SUMMARY) {
        summary =
            "CMV " + phase + ": "
                + String.join(" + ", regimen.stream().map(c -> name(c.drug())).toList())
                + " (doses in detail)";
      }
    }
    AlertSeverity indicator =
        r.alerts().stream()
            .map(Alert::severity)
            .max(Enum::compareTo)
            .orElse(AlertSeverity.INFO);
    Source source =
        regimen.isEmpty()
            ? r.rationale().stream().findFirst().map(RationaleEntry::source).orElse(Source.SEED)
            : regimen.get(0).ruleId().primarySource();
    ObjectNode card = card(truncate(summary), indicator, source, detail(r));
    if (!regimen.isEmpty()) {
      ArrayNode suggestions = card.putArray("suggestions");
      ObjectNode suggestion = suggestions.addObject();
      suggestion.put("label", truncate("Order the recommended " + phase + " regimen"));
      suggestion.put("isRecommended", true);
      ArrayNode actions = suggestion.putArray("actions");
      for (RegimenComponent c : regimen) {
        ObjectNode action = actions.addObject();
        action.put("type", "create");
        action.put("description", "Order " + shortDose(c));
        action.set("resource", medicationRequestJson(c, patientId));
      }
      suggestion.put("uuid", uuid(suggestion.toString()));
      card.put("selectionBehavior", "at-most-one");
    }
    card.put("uuid", uuid(card.toString()));
    return card;
  }

  private static String detail(Recommendation r) {
    StringBuilder d = new StringBuilder();
    if (!r.regimen().isEmpty()) {
      d.append("**Regimen**\n\n");
      for (RegimenComponent c : r.regimen()) {
        d.append("- ").append(longDose(c)).append('\n');
        for (String i : c.instructions()) {
          d.append("  - ").append(i).append('\n');
        }
      }
      d.append('\n');
    }
    if (!r.alternatives().isEmpty()) {
      d.append("**Alternatives**\n\n");
      for (RegimenComponent c : r.alternatives()) {
        d.append("- ").append(longDose(c)).append('\n');
      }
      d.append('\n');
    }
    if (!r.excluded().isEmpty()) {
      d.append("**Not used**\n\n");
      for (Exclusion e : r.excluded()) {
        d.append("- ").append(name(e.drug())).append(": ").append(e.reason()).append('\n');
      }
      d.append('\n');
    }
    if (!r.monitoring().isEmpty()) {
      d.append("**Monitoring**\n\n");
      for (MonitoringItem m : r.monitoring()) {
        d.append("- ")
            .append(CaseQuestionnaire.code(m.test()).replace('_', ' '))
            .append(": ")
            .append(m.frequency())
            .append('\n');
      }
      d.append('\n');
    }
    if (!r.rationale().isEmpty()) {
      d.append("**Rationale**\n\n");
      for (RationaleEntry e : r.rationale()) {
        d.append("- ")
            .append(e.ruleId().id())
            .append(": ")
            .append(e.text())
            .append(" (")
            .append(e.source().key())
            .append(")\n");
      }
      d.append('\n');
    }
    d.append(Disclaimer.TEXT);
    return d.toString();
  }

  private static ObjectNode card(String summary, AlertSeverity indicator, Source source, String detail) {
    ObjectNode card = MAPPER.createObjectNode();
    card.put("summary", summary);
    card.put("indicator", CaseQuestionnaire.code(indicator));
    card.put("detail", detail);
    ObjectNode s = card.putObject("source");
    s.put("label", "cmvrx: " + source.key() + ", " + source.citation());
    s.put("url", SourceLinks.url(source));
    card.put("uuid", uuid(card.toString()));
    return card;
  }

  static String truncate(String s) {
    return s.length() <= MAX_SUMMARY ? s : s.substring(0, MAX_SUMMARY - 3) + "...";
  }

  static String uuid(String content) {
    return UUID.nameUUIDFromBytes(content.getBytes(StandardCharsets.UTF_8)).toString();
  }

  static String name(Drug d) {
    return CaseQuestionnaire.code(d);
  }

  /**
   * A number in a card text: the one number formatter's plain style (a whole number without
   * decimals, any other as its shortest decimal), as the message texts write it.
   */
  static String number(double v) {
    return NumberText.plain(v);
  }

  /**
   * Returns a one-line dose, e.g. "ganciclovir 310 mg IV q12h" or "ganciclovir 72 mg IV 3x/week
   * after dialysis".
   *
   * @param c the regimen component
   * @return the text
   */
  public static String shortDose(RegimenComponent c) {
    String route = c.route() == Route.IV ? "IV" : "oral";
    String schedule =
        c.timesPerWeek().isPresent()
            ? c.timesPerWeek().getAsInt() + "x/week" + (c.afterDialysis() ? " after dialysis" : "")
            : "q" + c.intervalHours().orElse(0) + "h";
    return name(c.drug()) + " " + number(c.dose().value()) + " mg " + route + " " + schedule;
  }

  private static String longDose(RegimenComponent c) {
    StringBuilder s = new StringBuilder(shortDose(c));
    c.doseMgPerKg().ifPresent(k -> s.append(" (").append(number(k)).append(" mg/kg)"));
    c.infusionMinutes().ifPresent(m -> s.append(", infused over ").append(m).append(" min"));
    c.durationDays().ifPresent(d -> s.append(", for ").append(d).append(" days"));
    if (c.offLabel()) {
      s.append(", OFF-LABEL");
    }
    s.append(" [").append(c.ruleId().id()).append("]");
    return s.toString();
  }

  /**
   * Returns the FHIR MedicationRequest (status draft, intent proposal) that orders one regimen
   * component.
   *
   * @param c the component
   * @param patientId the patient's FHIR id, for the subject
   * @return a new MedicationRequest
   */
  public static MedicationRequest medicationRequest(RegimenComponent c, Optional<String> patientId) {
    MedicationRequest mr = new MedicationRequest();
    mr.setStatus(MedicationRequest.MedicationRequestStatus.DRAFT);
    mr.setIntent(MedicationRequest.MedicationRequestIntent.PROPOSAL);
    CodeableConcept medication = new CodeableConcept().setText(name(c.drug()));
    FhirCodes.rxnorm(c.drug())
        .ifPresent(code -> medication.addCoding(new Coding(FhirCodes.RXNORM, code, name(c.drug()))));
    mr.setMedication(medication);
    mr.setSubject(new Reference("Patient/" + patientId.orElse("unknown")));
    mr.addNote().setText(Disclaimer.TEXT);
    Dosage dosage = mr.addDosageInstruction();
    dosage.setText(longDose(c));
    dosage.setRoute(new CodeableConcept().setText(c.route() == Route.IV ? "intravenous" : "oral"));
    dosage.addDoseAndRate().setDose(FhirCaseWriter.ucum(c.dose().value(), "mg"));
    Timing.TimingRepeatComponent repeat = dosage.getTiming().getRepeat();
    if (c.timesPerWeek().isPresent()) {
      repeat.setFrequency(c.timesPerWeek().getAsInt()).setPeriod(1).setPeriodUnit(Timing.UnitsOfTime.WK);
      if (c.afterDialysis()) {
        dosage.setAdditionalInstruction(
            List.of(new CodeableConcept().setText(AFTER_EACH_HAEMODIALYSIS)));
      }
    } else if (c.intervalHours().isPresent()) {
      repeat.setFrequency(1).setPeriod(c.intervalHours().getAsInt()).setPeriodUnit(Timing.UnitsOfTime.H);
    }
    c.infusionMinutes()
        .ifPresent(m -> repeat.setDuration(m).setDurationUnit(Timing.UnitsOfTime.MIN));
    c.durationDays()
        .ifPresent(
            d ->
                repeat.setBounds(
                    (Duration)
                        new Duration()
                            .setValue(d)
                            .setUnit("d")
                            .setSystem(FhirCodes.UCUM)
                            .setCode("d")));
    return mr;
  }

  /**
   * Returns the same MedicationRequest as {@link #medicationRequest} in FHIR JSON, built directly
   * rather than encoded by HAPI FHIR and read back (the service's hot path). Element order and
   * number forms are HAPI's (elements in R4 definition order, empty elements left out, the dose as
   * a decimal); {@code CdsCardsTest} checks both forms are equal for every regimen component of
   * the examples and a generated cohort.
   *
   * @param c the component
   * @param patientId the patient's FHIR id, for the subject
   * @return the MedicationRequest as JSON
   */
  public static ObjectNode medicationRequestJson(RegimenComponent c, Optional<String> patientId) {
    String name = name(c.drug());
    ObjectNode mr = MAPPER.createObjectNode();
    mr.put("resourceType", "MedicationRequest");
    mr.put("status", "draft");
    mr.put("intent", "proposal");
    ObjectNode medication = mr.putObject("medicationCodeableConcept");
    FhirCodes.rxnorm(c.drug())
        .ifPresent(
            code -> {
              ObjectNode coding = medication.putArray("coding").addObject();
              coding.put("system", FhirCodes.RXNORM);
              coding.put("code", code);
              coding.put("display", name);
            });
    medication.put("text", name);
    mr.putObject("subject").put("reference", "Patient/" + patientId.orElse("unknown"));
    mr.putArray("note").addObject().put("text", Disclaimer.TEXT);
    ObjectNode dosage = mr.putArray("dosageInstruction").addObject();
    dosage.put("text", longDose(c));
    boolean weekly = c.timesPerWeek().isPresent();
    if (weekly && c.afterDialysis()) {
      dosage.putArray("additionalInstruction").addObject().put("text", AFTER_EACH_HAEMODIALYSIS);
    }
    ObjectNode repeat = MAPPER.createObjectNode();
    c.durationDays()
        .ifPresent(
            d -> {
              ObjectNode bounds = repeat.putObject("boundsDuration");
              bounds.put("value", d);
              bounds.put("unit", "d");
              bounds.put("system", FhirCodes.UCUM);
              bounds.put("code", "d");
            });
    c.infusionMinutes()
        .ifPresent(
            m -> {
              repeat.put("duration", m);
              repeat.put("durationUnit", "min");
            });
    if (weekly) {
      repeat.put("frequency", c.timesPerWeek().getAsInt());
      repeat.put("period", 1);
      repeat.put("periodUnit", "wk");
    } else if (c.intervalHours().isPresent()) {
      repeat.put("frequency", 1);
      repeat.put("period", c.intervalHours().getAsInt());
      repeat.put("periodUnit", "h");
    }
    if (!repeat.isEmpty()) {
      dosage.putObject("timing").set("repeat", repeat);
    }
    dosage.putObject("route").put("text", c.route() == Route.IV ? "intravenous" : "oral");
    ObjectNode dose = dosage.putArray("doseAndRate").addObject().putObject("doseQuantity");
    dose.put("value", c.dose().value());
    dose.put("unit", "mg");
    dose.put("system", FhirCodes.UCUM);
    dose.put("code", "mg");
    return mr;
  }

  /** Lower-case name of a severity, for tests and messages. */
  static String indicator(AlertSeverity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
