package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.validation.FieldError;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Writes a recommendation in the JSON contract ({@code docs/contract.md}, section 5). Every
 * contract key is always written, in a fixed order, starting with {@code "contractVersion":
 * "1.0"} ({@link ContractVersion#CURRENT}); an absent optional value is JSON {@code null}. Rule
 * ids are written as {@code RuleId.id()} (e.g. {@code "REG-CNS-COMBINATION"}), sources as their
 * catalogue key (e.g. {@code "GCV-PI"}), enumerated values in lower case. The output is
 * deterministic: the same recommendation always gives the same characters.
 *
 * @since 0.2.0
 */
public final class RecommendationJson {
  private RecommendationJson() {}

  /**
   * Writes extra top-level keys of the recommendation object after the contract's keys (and
   * before {@code line}), e.g. the {@code exposure} list of {@code recommend --exposure}.
   */
  @FunctionalInterface
  public interface ExtraFields {
    /** No extra keys: the recommendation exactly as the contract writes it. */
    ExtraFields NONE = g -> {};

    /**
     * Writes the extra fields into the open recommendation object.
     *
     * @param g the generator, positioned inside the object
     * @throws IOException if writing fails
     */
    void write(JsonGenerator g) throws IOException;
  }

  /** How the document is laid out. */
  public enum Layout {
    /** One line, no spaces: the default, and the NDJSON form. */
    ONE_LINE,
    /** Indented over several lines, for a person to read. */
    PRETTY
  }

  /**
   * Writes a recommendation on one line.
   *
   * @param recommendation the recommendation
   * @return the JSON document
   */
  public static String write(Recommendation recommendation) {
    return write(recommendation, Layout.ONE_LINE);
  }

  /**
   * Writes a recommendation with the given layout.
   *
   * @param recommendation the recommendation
   * @param layout one line or pretty
   * @return the JSON document
   */
  public static String write(Recommendation recommendation, Layout layout) {
    StringWriter out = new StringWriter();
    try {
      write(recommendation, out, layout, OptionalLong.empty());
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes a recommendation to {@code out} (not closed, not flushed), with no line end.
   *
   * @param recommendation the recommendation
   * @param out where to write
   * @param layout one line or pretty
   * @param line the 1-based input line the recommendation answers, written as an extra last
   *     key {@code "line"} when present (NDJSON refusals)
   * @throws IOException if the writer fails
   */
  public static void write(
      Recommendation recommendation, Writer out, Layout layout, OptionalLong line)
      throws IOException {
    write(recommendation, out, layout, line, ExtraFields.NONE);
  }

  /**
   * Writes a recommendation to {@code out} (not closed, not flushed), with no line end, and extra
   * top-level keys after the contract's keys.
   *
   * @param recommendation the recommendation
   * @param out where to write
   * @param layout one line or pretty
   * @param line the 1-based input line, written as the last key {@code "line"} when present
   * @param extra writes the extra keys
   * @throws IOException if the writer fails
   */
  public static void write(
      Recommendation recommendation,
      Writer out,
      Layout layout,
      OptionalLong line,
      ExtraFields extra)
      throws IOException {
    try (JsonGenerator g =
        DocumentReader.FACTORY
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
      if (layout == Layout.PRETTY) {
        g.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      }
      writeRecommendation(g, recommendation, line, extra);
    }
  }

  private static void writeRecommendation(
      JsonGenerator g, Recommendation r, OptionalLong line, ExtraFields extra)
      throws IOException {
    g.writeStartObject();
    g.writeStringField(ContractVersion.KEY, ContractVersion.CURRENT);
    writeString(g, "id", r.id());
    g.writeStringField("status", Text.jsonName(r.status()));
    writeString(g, "phase", r.phase().map(Text::jsonName));
    writeRegimen(g, "regimen", r.regimen());
    writeRegimen(g, "alternatives", r.alternatives());
    g.writeArrayFieldStart("excluded");
    for (Exclusion e : r.excluded()) {
      g.writeStartObject();
      g.writeStringField("drug", Text.jsonName(e.drug()));
      g.writeStringField("reason", e.reason());
      g.writeStringField("ruleId", e.ruleId().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alerts");
    for (Alert a : r.alerts()) {
      g.writeStartObject();
      g.writeStringField("severity", Text.jsonName(a.severity()));
      g.writeStringField("code", a.code());
      g.writeStringField("message", a.message());
      g.writeStringField("ruleId", a.ruleId().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("monitoring");
    for (MonitoringItem m : r.monitoring()) {
      g.writeStartObject();
      g.writeStringField("test", Text.jsonName(m.test()));
      g.writeStringField("frequency", m.frequency());
      g.writeStringField("ruleId", m.ruleId().id());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("rationale");
    for (RationaleEntry e : r.rationale()) {
      g.writeStartObject();
      g.writeStringField("ruleId", e.ruleId().id());
      g.writeStringField("text", e.text());
      g.writeStringField("source", e.source().key());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeAssessment(g, r.assessment());
    g.writeArrayFieldStart("errors");
    for (FieldError e : r.errors()) {
      g.writeStartObject();
      g.writeStringField("field", e.field());
      g.writeStringField("message", e.message());
      g.writeEndObject();
    }
    g.writeEndArray();
    extra.write(g);
    if (line.isPresent()) {
      g.writeNumberField("line", line.getAsLong());
    }
    g.writeEndObject();
  }

  private static void writeRegimen(JsonGenerator g, String name, List<RegimenComponent> items)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (RegimenComponent c : items) {
      g.writeStartObject();
      g.writeStringField("drug", Text.jsonName(c.drug()));
      g.writeStringField("route", Text.jsonName(c.route()));
      g.writeNumberField("doseMg", c.dose().value());
      writeNumber(g, "doseMgPerKg", c.doseMgPerKg());
      writeInt(g, "intervalHours", c.intervalHours());
      writeInt(g, "timesPerWeek", c.timesPerWeek());
      g.writeBooleanField("afterDialysis", c.afterDialysis());
      writeInt(g, "infusionMinutes", c.infusionMinutes());
      writeInt(g, "durationDays", c.durationDays());
      g.writeBooleanField("offLabel", c.offLabel());
      if (c.hydration().isPresent()) {
        Hydration h = c.hydration().get();
        g.writeObjectFieldStart("hydration");
        g.writeNumberField("minMl", h.minMl());
        g.writeNumberField("maxMl", h.maxMl());
        g.writeStringField("when", h.when());
        g.writeEndObject();
      } else {
        g.writeNullField("hydration");
      }
      g.writeArrayFieldStart("instructions");
      for (String s : c.instructions()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeStringField("ruleId", c.ruleId().id());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeAssessment(JsonGenerator g, Optional<Assessment> assessment)
      throws IOException {
    if (assessment.isEmpty()) {
      g.writeNullField("assessment");
      return;
    }
    Assessment a = assessment.get();
    g.writeObjectFieldStart("assessment");
    writeNumber(g, "creatinineClearanceMlMin", a.creatinineClearance().map(c -> c.mlPerMin()));
    writeNumber(
        g,
        "creatinineClearanceMlMinKg",
        a.creatinineClearancePerKg().map(c -> c.mlPerMinPerKg()));
    writeNumber(g, "egfrMlMin173", a.egfr().map(e -> e.mlPerMinPer173()));
    g.writeNumberField("dosingWeightKg", a.dosingWeight().kilograms());
    writeNumber(g, "idealBodyWeightKg", a.idealBodyWeight().map(m -> m.kilograms()));
    writeNumber(g, "adjustedBodyWeightKg", a.adjustedBodyWeight().map(m -> m.kilograms()));
    g.writeNumberField("bodySurfaceAreaM2", a.bodySurfaceArea().squareMetres());
    g.writeEndObject();
  }

  private static void writeString(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeNumber(JsonGenerator g, String name, Optional<Double> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeNumber(JsonGenerator g, String name, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsDouble());
    } else {
      g.writeNullField(name);
    }
  }

  private static void writeInt(JsonGenerator g, String name, OptionalInt value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.getAsInt());
    } else {
      g.writeNullField(name);
    }
  }
}
