package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.model.RenalReplacement;
import io.github.cmvrx.core.quantity.BodySurfaceArea;
import io.github.cmvrx.core.quantity.CreatinineClearance;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.quantity.Milligrams;
import io.github.cmvrx.core.quantity.WeightNormalisedClearance;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Hydration;
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
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * The recommendation JSON, key by key against the contract (shared case-format, Output). The
 * numbers are those of the contract's own example (ganciclovir 5 mg/kg x 62 kg = 310 mg q12h
 * over 60 minutes for 21 days, GCV-PI and clinical basis §3.1 and rule REG-CNS-COMBINATION) and of
 * the foscarnet label (60 mg/kg q8h, 500 mL saline with each 40-60 mg/kg infusion, FOS-PI).
 */
class RecommendationJsonTest {

  static final List<String> TOP_KEYS =
      List.of(
          "contractVersion", "id", "status", "phase", "regimen", "alternatives", "excluded",
          "alerts", "monitoring", "rationale", "assessment", "errors");
  static final List<String> REGIMEN_KEYS =
      List.of(
          "drug", "route", "doseMg", "doseMgPerKg", "intervalHours", "timesPerWeek",
          "afterDialysis", "infusionMinutes", "durationDays", "offLabel", "hydration",
          "instructions", "ruleId");
  static final List<String> ASSESSMENT_KEYS =
      List.of(
          "creatinineClearanceMlMin", "creatinineClearanceMlMinKg", "egfrMlMin173",
          "dosingWeightKg", "idealBodyWeightKg", "adjustedBodyWeightKg", "bodySurfaceAreaM2");

  static RegimenComponent ganciclovir() {
    return RegimenComponent.builder()
        .drug(Drug.GANCICLOVIR)
        .route(Route.IV)
        .dose(Milligrams.of(310))
        .doseMgPerKg(5.0)
        .intervalHours(12)
        .infusionMinutes(60)
        .durationDays(21)
        .ruleId(RuleId.DOSE_GCV_RENAL)
        .build();
  }

  static RegimenComponent foscarnet() {
    return RegimenComponent.builder()
        .drug(Drug.FOSCARNET)
        .route(Route.IV)
        .dose(Milligrams.of(3720))
        .doseMgPerKg(60)
        .intervalHours(8)
        .infusionMinutes(120)
        .durationDays(21)
        .hydration(new Hydration(500, 500, "with each infusion"))
        .ruleId(RuleId.DOSE_FOS_RENAL)
        .build();
  }

  static RegimenComponent valganciclovir() {
    return RegimenComponent.builder()
        .drug(Drug.VALGANCICLOVIR)
        .route(Route.ORAL)
        .dose(Milligrams.of(900))
        .intervalHours(12)
        .addInstructionMessages(Message.verbatim("take with food"))
        .ruleId(RuleId.DOSE_VGC_RENAL)
        .build();
  }

  static Recommendation answered() {
    return Recommendation.builder()
        .id("hiv-encephalitis")
        .status(Status.OK)
        .phase(RecommendationPhase.INDUCTION)
        .addRegimen(ganciclovir(), foscarnet())
        .addAlternatives(valganciclovir())
        .addExcluded(
            new Exclusion(Drug.CIDOFOVIR, "never for CNS disease", RuleId.REG_CNS_PARTIAL))
        .addAlerts(
            new Alert(
                AlertSeverity.WARNING,
                "continue_until_pcr_negative",
                "continue until symptoms resolve and CSF/plasma PCR is negative",
                RuleId.REG_CNS_COMBINATION))
        .addMonitoring(new MonitoringItem(MonitoringTest.CMV_PCR, "weekly", RuleId.MON_CMV_PCR))
        .addRationale(RationaleEntry.of(RuleId.REG_CNS_COMBINATION, "CNS disease: combination"))
        .assessment(
            Assessment.builder()
                .creatinineClearance(CreatinineClearance.mlPerMin(97.2))
                .creatinineClearancePerKg(WeightNormalisedClearance.mlPerMinPerKg(1.389))
                .dosingWeight(Mass.kilograms(70.0))
                .idealBodyWeight(Mass.kilograms(70.5))
                .bodySurfaceArea(BodySurfaceArea.squareMetres(1.84))
                .renalReplacement(RenalReplacement.NONE)
                .paediatric(false)
                .build())
        .build();
  }

  static Node.ObjectNode parse(String json) {
    DocumentReader.Parsed parsed = DocumentReader.parse(json);
    assertThat(parsed.errors()).isEmpty();
    return (Node.ObjectNode) parsed.root().orElseThrow();
  }

  static Map<String, Node> object(Node node) {
    return ((Node.ObjectNode) node).members();
  }

  static List<Node> array(Node node) {
    return ((Node.ArrayNode) node).items();
  }

  static Object scalar(Node node) {
    if (node instanceof Node.StringNode s) {
      return s.value();
    }
    if (node instanceof Node.NumberNode n) {
      return n.value();
    }
    if (node instanceof Node.BooleanNode b) {
      return b.value();
    }
    return node;
  }

  @Test
  void write_answered_hasExactlyTheContractKeysInOrder() {
    Map<String, Node> top = parse(RecommendationJson.write(answered())).members();
    assertThat(top.keySet()).containsExactlyElementsOf(TOP_KEYS);
    for (Node component : array(top.get("regimen"))) {
      assertThat(object(component).keySet()).containsExactlyElementsOf(REGIMEN_KEYS);
    }
    assertThat(object(array(top.get("alternatives")).get(0)).keySet())
        .containsExactlyElementsOf(REGIMEN_KEYS);
    assertThat(object(array(top.get("excluded")).get(0)).keySet())
        .containsExactly("drug", "reason", "ruleId");
    assertThat(object(array(top.get("alerts")).get(0)).keySet())
        .containsExactly("severity", "code", "message", "ruleId");
    assertThat(object(array(top.get("monitoring")).get(0)).keySet())
        .containsExactly("test", "frequency", "ruleId");
    assertThat(object(array(top.get("rationale")).get(0)).keySet())
        .containsExactly("ruleId", "text", "source");
    assertThat(object(top.get("assessment")).keySet()).containsExactlyElementsOf(ASSESSMENT_KEYS);
    Map<String, Node> hydration = object(object(array(top.get("regimen")).get(1)).get("hydration"));
    assertThat(hydration.keySet()).containsExactly("minMl", "maxMl", "when");
  }

  @Test
  void write_answered_writesContractValues() {
    Map<String, Node> top = parse(RecommendationJson.write(answered())).members();
    assertThat(scalar(top.get("id"))).isEqualTo("hiv-encephalitis");
    assertThat(scalar(top.get("status"))).isEqualTo("ok");
    assertThat(scalar(top.get("phase"))).isEqualTo("induction");
    Map<String, Node> gcv = object(array(top.get("regimen")).get(0));
    assertThat(scalar(gcv.get("drug"))).isEqualTo("ganciclovir");
    assertThat(scalar(gcv.get("route"))).isEqualTo("iv");
    assertThat(scalar(gcv.get("doseMg"))).isEqualTo(310.0);
    assertThat(scalar(gcv.get("doseMgPerKg"))).isEqualTo(5.0);
    assertThat(scalar(gcv.get("intervalHours"))).isEqualTo(12.0);
    assertThat(gcv.get("timesPerWeek")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(scalar(gcv.get("afterDialysis"))).isEqualTo(false);
    assertThat(scalar(gcv.get("infusionMinutes"))).isEqualTo(60.0);
    assertThat(scalar(gcv.get("durationDays"))).isEqualTo(21.0);
    assertThat(scalar(gcv.get("offLabel"))).isEqualTo(false);
    assertThat(gcv.get("hydration")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(array(gcv.get("instructions"))).isEmpty();
    assertThat(scalar(gcv.get("ruleId"))).isEqualTo("DOSE-GCV-RENAL");

    Map<String, Node> fos = object(array(top.get("regimen")).get(1));
    Map<String, Node> hydration = object(fos.get("hydration"));
    assertThat(scalar(hydration.get("minMl"))).isEqualTo(500.0);
    assertThat(scalar(hydration.get("maxMl"))).isEqualTo(500.0);
    assertThat(scalar(hydration.get("when"))).isEqualTo("with each infusion");

    Map<String, Node> vgc = object(array(top.get("alternatives")).get(0));
    assertThat(scalar(vgc.get("route"))).isEqualTo("oral");
    assertThat(vgc.get("doseMgPerKg")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(vgc.get("infusionMinutes")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(vgc.get("durationDays")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(array(vgc.get("instructions")).stream().map(RecommendationJsonTest::scalar))
        .containsExactly("take with food");

    Map<String, Node> excluded = object(array(top.get("excluded")).get(0));
    assertThat(scalar(excluded.get("drug"))).isEqualTo("cidofovir");
    assertThat(scalar(excluded.get("ruleId"))).isEqualTo("REG-CNS-PARTIAL");
    Map<String, Node> alert = object(array(top.get("alerts")).get(0));
    assertThat(scalar(alert.get("severity"))).isEqualTo("warning");
    assertThat(scalar(alert.get("code"))).isEqualTo("continue_until_pcr_negative");
    Map<String, Node> monitoring = object(array(top.get("monitoring")).get(0));
    assertThat(scalar(monitoring.get("test"))).isEqualTo("cmv_pcr");
    assertThat(scalar(monitoring.get("frequency"))).isEqualTo("weekly");
    Map<String, Node> rationale = object(array(top.get("rationale")).get(0));
    assertThat(scalar(rationale.get("ruleId"))).isEqualTo("REG-CNS-COMBINATION");
    assertThat(scalar(rationale.get("source"))).isEqualTo(Source.SEED.key());

    Map<String, Node> a = object(top.get("assessment"));
    assertThat(scalar(a.get("creatinineClearanceMlMin"))).isEqualTo(97.2);
    assertThat(scalar(a.get("creatinineClearanceMlMinKg"))).isEqualTo(1.389);
    assertThat(a.get("egfrMlMin173")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(scalar(a.get("dosingWeightKg"))).isEqualTo(70.0);
    assertThat(scalar(a.get("idealBodyWeightKg"))).isEqualTo(70.5);
    assertThat(a.get("adjustedBodyWeightKg")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(scalar(a.get("bodySurfaceAreaM2"))).isEqualTo(1.84);
    assertThat(array(top.get("errors"))).isEmpty();
  }

  @Test
  void write_refused_writesNullsAndErrors() {
    Recommendation r =
        Recommendation.refused(
            Optional.empty(),
            List.of(new FieldError("patient.weightKg", "value 500 is outside (0, 400] kg")));
    Map<String, Node> top = parse(RecommendationJson.write(r)).members();
    assertThat(top.keySet()).containsExactlyElementsOf(TOP_KEYS);
    // Every recommendation carries the contract version, refusals too (decision 0750).
    assertThat(scalar(top.get("contractVersion"))).isEqualTo("1.0");
    assertThat(top.get("id")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(scalar(top.get("status"))).isEqualTo("refused");
    assertThat(top.get("phase")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(top.get("assessment")).isEqualTo(Node.NullNode.INSTANCE);
    assertThat(array(top.get("regimen"))).isEmpty();
    Map<String, Node> error = object(array(top.get("errors")).get(0));
    assertThat(error.keySet()).containsExactly("field", "message");
    assertThat(scalar(error.get("field"))).isEqualTo("patient.weightKg");
  }

  @Test
  void write_default_isOneLineAndDeterministic() {
    String once = RecommendationJson.write(answered());
    assertThat(once).doesNotContain("\n").startsWith("{\"contractVersion\":\"1.0\",\"id\":\"hiv-encephalitis\",\"status\":\"ok\"");
    assertThat(RecommendationJson.write(answered())).isEqualTo(once);
  }

  @Test
  void write_pretty_isIndentedAndSameContent() {
    String pretty = RecommendationJson.write(answered(), RecommendationJson.Layout.PRETTY);
    assertThat(pretty).contains("\n  \"status\"");
    assertThat(parse(pretty)).isEqualTo(parse(RecommendationJson.write(answered())));
  }

  @Test
  void write_prettyRefusalWithLine_laidOutKeyByKey() throws IOException {
    // Jackson's pretty printer with two-space indents: "key" : value, an empty list "[ ]",
    // each element of a list and each key of an object on a line of its own.
    StringWriter out = new StringWriter();
    RecommendationJson.write(
        Recommendation.refused(
            Optional.of("case-1"), List.of(new FieldError("patient.weightKg", "required"))),
        out,
        RecommendationJson.Layout.PRETTY,
        OptionalLong.of(7));
    assertThat(out.toString())
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"contractVersion\" : \"1.0\",",
                "  \"id\" : \"case-1\",",
                "  \"status\" : \"refused\",",
                "  \"phase\" : null,",
                "  \"regimen\" : [ ],",
                "  \"alternatives\" : [ ],",
                "  \"excluded\" : [ ],",
                "  \"alerts\" : [ ],",
                "  \"monitoring\" : [ ],",
                "  \"rationale\" : [ ],",
                "  \"assessment\" : null,",
                "  \"errors\" : [",
                "    {",
                "      \"field\" : \"patient.weightKg\",",
                "      \"message\" : \"required\"",
                "    }",
                "  ],",
                "  \"line\" : 7",
                "}"));
  }

  @Test
  void write_extraFieldsThatWriteARecommendation_bothDocumentsWhole() throws IOException {
    // The extra keys are written by the generator after the contract's keys were copied from
    // the one-line document; an extra key that writes a recommendation itself must not disturb
    // the outer document, and the "line" key comes last.
    String plain = RecommendationJson.write(answered());
    StringWriter out = new StringWriter();
    RecommendationJson.write(
        answered(),
        out,
        RecommendationJson.Layout.ONE_LINE,
        OptionalLong.of(3),
        g -> g.writeStringField("inner", RecommendationJson.write(answered())));
    Map<String, Node> top = parse(out.toString()).members();
    assertThat(top.keySet()).endsWith("errors", "inner", "line");
    assertThat(scalar(top.get("inner"))).isEqualTo(plain);
    assertThat(out.toString())
        .startsWith(plain.substring(0, plain.length() - 1) + ",\"inner\":")
        .endsWith(",\"line\":3}");
  }

  @Test
  void write_withLine_addsLineAsLastKey() throws IOException {
    StringWriter out = new StringWriter();
    RecommendationJson.write(
        answered(), out, RecommendationJson.Layout.ONE_LINE, OptionalLong.of(7));
    Map<String, Node> top = parse(out.toString()).members();
    assertThat(top.keySet()).endsWith("errors", "line");
    assertThat(scalar(top.get("line"))).isEqualTo(7.0);
  }

  @Test
  void write_specialCharactersInText_escaped() {
    Recommendation r =
        Recommendation.refused(
            Optional.of("quote\" and \\ and \n newline"),
            List.of(new FieldError("$", "tab\there")));
    String json = RecommendationJson.write(r);
    assertThat(json).doesNotContain("\n");
    assertThat(scalar(parse(json).members().get("id"))).isEqualTo("quote\" and \\ and \n newline");
  }

  @Test
  void write_messagesLongerThanTheBuffers_writtenWholeAndEscaped() {
    // 9,000 characters: longer than the reused message buffer (256) and, escaped (13,500), than
    // the generator's own buffer (8,000); within the reader's limit of 10,000 for a string.
    String reason = "a\"b\\c\n".repeat(1_500);
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addExcluded(new Exclusion(Drug.CIDOFOVIR, reason, RuleId.REG_CNS_PARTIAL))
            .addAlerts(new Alert(AlertSeverity.INFO, "short", "ok", RuleId.REG_CNS_COMBINATION))
            .build();
    Map<String, Node> top = parse(RecommendationJson.write(r)).members();
    assertThat(scalar(object(array(top.get("excluded")).get(0)).get("reason"))).isEqualTo(reason);
    assertThat(scalar(object(array(top.get("alerts")).get(0)).get("message"))).isEqualTo("ok");
  }

  @Test
  void write_textsNeedingEscapesOrNot_sameCharactersAsTheGeneratorsOwnEscaping()
      throws IOException {
    // Plain printable ASCII is copied as it is; a quote, a backslash, a control character or a
    // character outside ASCII goes through Jackson's escaping. Either way the string in the
    // document must be exactly what Jackson writes for that text on its own.
    List<String> texts =
        List.of(
            "plain text, 2.5 mg/kg every 12 h (GCV-PI)",
            "a \"quoted\" word",
            "back\\slash",
            "tab\there and line\nbreak",
            "CrCl \u2265 60 mL/min, 5 \u00b5g",
            "",
            "~ { } [ ] : , / end");
    for (String text : texts) {
      Recommendation r =
          Recommendation.builder()
              .status(Status.OK)
              .phase(RecommendationPhase.INDUCTION)
              .addAlerts(new Alert(AlertSeverity.INFO, "code", text, RuleId.REG_CNS_COMBINATION))
              .build();
      StringWriter expected = new StringWriter();
      try (com.fasterxml.jackson.core.JsonGenerator g =
          new com.fasterxml.jackson.core.JsonFactory().createGenerator(expected)) {
        g.writeString(text);
      }
      String json = RecommendationJson.write(r);
      assertThat(json).contains("\"message\":" + expected);
      assertThat(scalar(object(array(parse(json).members().get("alerts")).get(0)).get("message")))
          .isEqualTo(text);
    }
  }

  @Test
  void write_whileAnotherWriteIsUnderWayOnTheThread_bothDocumentsWhole() {
    // A message argument written by its toString() (as the renderer writes data) that writes a
    // recommendation itself, in the middle of the outer write's message: the inner write must
    // not use the outer write's buffers.
    StringBuilder inner = new StringBuilder();
    Object writesWhileRendered =
        new Object() {
          @Override
          public String toString() {
            inner.append(RecommendationJson.write(answered()));
            return "argument";
          }
        };
    Recommendation r =
        Recommendation.builder()
            .status(Status.OK)
            .phase(RecommendationPhase.INDUCTION)
            .addAlerts(
                new Alert(
                    AlertSeverity.INFO,
                    "nested",
                    Message.of(MessageKey.NOT_COMPUTABLE, writesWhileRendered),
                    RuleId.REG_CNS_COMBINATION))
            .build();
    Map<String, Node> top = parse(RecommendationJson.write(r)).members();
    assertThat(scalar(object(array(top.get("alerts")).get(0)).get("message")))
        .isEqualTo("dose not computable: argument");
    assertThat(parse(inner.toString())).isEqualTo(parse(RecommendationJson.write(answered())));
  }
}
