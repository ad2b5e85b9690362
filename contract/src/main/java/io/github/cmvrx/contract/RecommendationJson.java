package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.quantity.Mass;
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
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
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
import java.util.function.Function;

/**
 * Writes a recommendation in the JSON contract ({@code docs/contract.md}, section 5). Every
 * contract key is always written, in a fixed order, starting with {@code "contractVersion":
 * "1.0"} ({@link ContractVersion#CURRENT}); an absent optional value is JSON {@code null}. Rule
 * ids are written as {@code RuleId.id()} (e.g. {@code "REG-CNS-COMBINATION"}), sources as their
 * catalogue key (e.g. {@code "GCV-PI"}), enumerated values in lower case. The output is
 * deterministic: the same recommendation always gives the same characters.
 *
 * <p>The document is written on one line straight into a buffer ({@link OneLine}): keys and
 * enumerated values as text quoted once, numbers as {@link Double#toString(double)} writes them,
 * and every message rendered by the one renderer into the buffer as a JSON string ({@link
 * Renderer#appendJsonString(StringBuilder, Message)}), escaped exactly as Jackson's generator
 * escapes. The pretty layout and the extra keys of {@link ExtraFields} are the generator's: the
 * one-line document is read back token by token and written again by a generator with the pretty
 * printer, which adds the extra keys before the object closes.
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
    Scratch scratch = Scratch.acquire();
    try {
      return scratch.oneLine(recommendation, OptionalLong.empty()).toString();
    } finally {
      scratch.release();
    }
  }

  /**
   * Writes a recommendation with the given layout.
   *
   * @param recommendation the recommendation
   * @param layout one line or pretty
   * @return the JSON document
   */
  public static String write(Recommendation recommendation, Layout layout) {
    if (layout == Layout.ONE_LINE) {
      return write(recommendation);
    }
    StringWriter out = new StringWriter();
    try {
      write(recommendation, out, layout, OptionalLong.empty(), ExtraFields.NONE);
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
    Scratch scratch = Scratch.acquire();
    try {
      if (layout == Layout.ONE_LINE && extra == ExtraFields.NONE) {
        StringBuilder document = scratch.oneLine(recommendation, line);
        out.write(scratch.chars(document), 0, document.length());
      } else {
        StringBuilder document = scratch.oneLine(recommendation, OptionalLong.empty());
        rewrite(scratch.chars(document), document.length(), out, layout, line, extra);
      }
    } finally {
      scratch.release();
    }
  }

  /** Reads the one-line documents back for {@link #rewrite}: no limits of an input document. */
  private static final JsonFactory REWRITE = new JsonFactory();

  /**
   * Writes the one-line document {@code chars[0, length)} to {@code out} again through a
   * generator: with the pretty printer for {@link Layout#PRETTY}, and the extra keys and the line
   * added before the object closes. Every token is copied as it is: a number read back from
   * {@link Double#toString(double)}'s characters is the same double, which the generator writes
   * with the same characters; a string is escaped by the generator as it was by the renderer.
   */
  private static void rewrite(
      char[] chars, int length, Writer out, Layout layout, OptionalLong line, ExtraFields extra)
      throws IOException {
    try (JsonParser p = REWRITE.createParser(chars, 0, length);
        JsonGenerator g =
            REWRITE
                .createGenerator(out)
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM)) {
      if (layout == Layout.PRETTY) {
        g.setPrettyPrinter(
            new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      }
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("the one-line document is not an object");
      }
      g.writeStartObject();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        g.copyCurrentStructure(p);
      }
      extra.write(g);
      if (line.isPresent()) {
        g.writeNumberField("line", line.getAsLong());
      }
      g.writeEndObject();
    }
  }

  /**
   * Writes one document on one line into a {@link StringBuilder}: the JSON of the contract,
   * character for character as Jackson's generator wrote it (no spaces; strings escaped as {@link
   * Renderer#appendJsonString(StringBuilder, String)} escapes; numbers as {@link
   * Double#toString(double)}, a value that is not finite as a quoted string; whole numbers in
   * decimal). Keys come with their punctuation as constants, enumerated values, rule ids and
   * source keys quoted once per constant. Lists are walked by index (they are immutable
   * random-access lists), not by iterator.
   */
  private static final class OneLine {
    private static final Renderer RENDERER = Renderer.english();

    private static final String[] STATUSES = quoted(Status.values(), Text::jsonName);
    private static final String[] PHASES = quoted(RecommendationPhase.values(), Text::jsonName);
    private static final String[] DRUGS = quoted(Drug.values(), Text::jsonName);
    private static final String[] ROUTES = quoted(Route.values(), Text::jsonName);
    private static final String[] SEVERITIES = quoted(AlertSeverity.values(), Text::jsonName);
    private static final String[] TESTS = quoted(MonitoringTest.values(), Text::jsonName);
    private static final String[] RULE_IDS = quoted(RuleId.values(), RuleId::id);
    private static final String[] SOURCE_KEYS = quoted(Source.values(), Source::key);

    private static final String START =
        "{" + Renderer.appendJsonString(new StringBuilder(), ContractVersion.KEY) + ":"
            + Renderer.appendJsonString(new StringBuilder(), ContractVersion.CURRENT)
            + ",\"id\":";

    private final StringBuilder out;

    OneLine(StringBuilder out) {
      this.out = out;
    }

    private static <E extends Enum<E>> String[] quoted(E[] constants, Function<E, String> text) {
      String[] quoted = new String[constants.length];
      for (E e : constants) {
        quoted[e.ordinal()] =
            Renderer.appendJsonString(new StringBuilder(), text.apply(e)).toString();
      }
      return quoted;
    }

    void recommendation(Recommendation r, OptionalLong line) {
      out.append(START);
      Optional<String> id = r.id();
      if (id.isPresent()) {
        Renderer.appendJsonString(out, id.get());
      } else {
        out.append("null");
      }
      out.append(",\"status\":").append(STATUSES[r.status().ordinal()]).append(",\"phase\":");
      Optional<RecommendationPhase> phase = r.phase();
      out.append(phase.isPresent() ? PHASES[phase.get().ordinal()] : "null");
      out.append(",\"regimen\":");
      regimen(r.regimen());
      out.append(",\"alternatives\":");
      regimen(r.alternatives());
      out.append(",\"excluded\":[");
      List<Exclusion> excluded = r.excluded();
      for (int i = 0; i < excluded.size(); i++) {
        Exclusion e = excluded.get(i);
        out.append(i == 0 ? "{\"drug\":" : ",{\"drug\":").append(DRUGS[e.drug().ordinal()]);
        out.append(",\"reason\":");
        RENDERER.appendJsonString(out, e.why());
        ruleIdAndClose(e.ruleId());
      }
      out.append("],\"alerts\":[");
      List<Alert> alerts = r.alerts();
      for (int i = 0; i < alerts.size(); i++) {
        Alert a = alerts.get(i);
        out.append(i == 0 ? "{\"severity\":" : ",{\"severity\":");
        out.append(SEVERITIES[a.severity().ordinal()]).append(",\"code\":");
        Renderer.appendJsonString(out, a.code());
        out.append(",\"message\":");
        RENDERER.appendJsonString(out, a.text());
        ruleIdAndClose(a.ruleId());
      }
      out.append("],\"monitoring\":[");
      List<MonitoringItem> monitoring = r.monitoring();
      for (int i = 0; i < monitoring.size(); i++) {
        MonitoringItem m = monitoring.get(i);
        out.append(i == 0 ? "{\"test\":" : ",{\"test\":").append(TESTS[m.test().ordinal()]);
        out.append(",\"frequency\":");
        RENDERER.appendJsonString(out, m.schedule());
        ruleIdAndClose(m.ruleId());
      }
      out.append("],\"rationale\":[");
      List<RationaleEntry> rationale = r.rationale();
      for (int i = 0; i < rationale.size(); i++) {
        RationaleEntry e = rationale.get(i);
        out.append(i == 0 ? "{\"ruleId\":" : ",{\"ruleId\":").append(RULE_IDS[e.ruleId().ordinal()]);
        out.append(",\"text\":");
        RENDERER.appendJsonString(out, e.conclusion());
        out.append(",\"source\":").append(SOURCE_KEYS[e.source().ordinal()]).append('}');
      }
      out.append("],\"assessment\":");
      assessment(r.assessment());
      out.append(",\"errors\":[");
      List<FieldError> errors = r.errors();
      for (int i = 0; i < errors.size(); i++) {
        FieldError e = errors.get(i);
        out.append(i == 0 ? "{\"field\":" : ",{\"field\":");
        Renderer.appendJsonString(out, e.field());
        out.append(",\"message\":");
        Renderer.appendJsonString(out, e.message());
        out.append('}');
      }
      out.append(']');
      if (line.isPresent()) {
        out.append(",\"line\":").append(line.getAsLong());
      }
      out.append('}');
    }

    private void ruleIdAndClose(RuleId id) {
      out.append(",\"ruleId\":").append(RULE_IDS[id.ordinal()]).append('}');
    }

    private void regimen(List<RegimenComponent> items) {
      out.append('[');
      for (int i = 0; i < items.size(); i++) {
        RegimenComponent c = items.get(i);
        out.append(i == 0 ? "{\"drug\":" : ",{\"drug\":").append(DRUGS[c.drug().ordinal()]);
        out.append(",\"route\":").append(ROUTES[c.route().ordinal()]).append(",\"doseMg\":");
        number(c.dose().value());
        out.append(",\"doseMgPerKg\":");
        OptionalDouble perKg = c.doseMgPerKg();
        if (perKg.isPresent()) {
          number(perKg.getAsDouble());
        } else {
          out.append("null");
        }
        out.append(",\"intervalHours\":");
        whole(c.intervalHours());
        out.append(",\"timesPerWeek\":");
        whole(c.timesPerWeek());
        out.append(",\"afterDialysis\":").append(c.afterDialysis());
        out.append(",\"infusionMinutes\":");
        whole(c.infusionMinutes());
        out.append(",\"durationDays\":");
        whole(c.durationDays());
        out.append(",\"offLabel\":").append(c.offLabel()).append(",\"hydration\":");
        Optional<Hydration> hydration = c.hydration();
        if (hydration.isPresent()) {
          Hydration h = hydration.get();
          out.append("{\"minMl\":").append(h.minMl()).append(",\"maxMl\":").append(h.maxMl());
          out.append(",\"when\":");
          RENDERER.appendJsonString(out, h.timing());
          out.append('}');
        } else {
          out.append("null");
        }
        out.append(",\"instructions\":[");
        List<Message> instructions = c.instructionMessages();
        for (int k = 0; k < instructions.size(); k++) {
          if (k > 0) {
            out.append(',');
          }
          RENDERER.appendJsonString(out, instructions.get(k));
        }
        out.append(']');
        ruleIdAndClose(c.ruleId());
      }
      out.append(']');
    }

    private void assessment(Optional<Assessment> assessment) {
      if (assessment.isEmpty()) {
        out.append("null");
        return;
      }
      Assessment a = assessment.get();
      out.append("{\"creatinineClearanceMlMin\":");
      if (a.creatinineClearance().isPresent()) {
        number(a.creatinineClearance().get().mlPerMin());
      } else {
        out.append("null");
      }
      out.append(",\"creatinineClearanceMlMinKg\":");
      if (a.creatinineClearancePerKg().isPresent()) {
        number(a.creatinineClearancePerKg().get().mlPerMinPerKg());
      } else {
        out.append("null");
      }
      out.append(",\"egfrMlMin173\":");
      if (a.egfr().isPresent()) {
        number(a.egfr().get().mlPerMinPer173());
      } else {
        out.append("null");
      }
      out.append(",\"dosingWeightKg\":");
      number(a.dosingWeight().kilograms());
      out.append(",\"idealBodyWeightKg\":");
      kilograms(a.idealBodyWeight());
      out.append(",\"adjustedBodyWeightKg\":");
      kilograms(a.adjustedBodyWeight());
      out.append(",\"bodySurfaceAreaM2\":");
      number(a.bodySurfaceArea().squareMetres());
      out.append('}');
    }

    private void kilograms(Optional<Mass> mass) {
      if (mass.isPresent()) {
        number(mass.get().kilograms());
      } else {
        out.append("null");
      }
    }

    private void whole(OptionalInt value) {
      if (value.isPresent()) {
        out.append(value.getAsInt());
      } else {
        out.append("null");
      }
    }

    /**
     * Writes a number as the generator's {@code writeNumber(double)} does: {@link
     * Double#toString(double)}'s characters (which {@link StringBuilder#append(double)} writes),
     * and a value that is not finite as a string ("NaN", "Infinity", "-Infinity").
     */
    private void number(double value) {
      if (Double.isFinite(value)) {
        out.append(value);
      } else {
        out.append('"').append(value).append('"');
      }
    }
  }

  /**
   * Buffers reused by the writes of one thread: the one-line document and its characters. A
   * write that starts while another is under way on the same thread (a message argument or an
   * {@link ExtraFields} that writes a recommendation) gets buffers of its own; a buffer that grew
   * past {@link #KEEP_CHARS} is not kept.
   */
  private static final class Scratch {
    /** The most characters a kept buffer may hold: larger ones are left to the collector. */
    private static final int KEEP_CHARS = 1 << 16;

    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    private final StringBuilder document = new StringBuilder(4096);
    private final OneLine writer = new OneLine(document);

    /** The characters of the last document {@link #chars(StringBuilder)} copied. */
    private char[] copied = new char[0];

    private boolean busy;

    static Scratch acquire() {
      Scratch s = CURRENT.get();
      if (s.busy) {
        s = new Scratch();
      }
      s.busy = true;
      return s;
    }

    void release() {
      busy = false;
      if (document.capacity() > KEEP_CHARS || copied.length > KEEP_CHARS) {
        if (CURRENT.get() == this) {
          CURRENT.remove();
        }
      }
    }

    /** Writes {@code r} on one line into the reused builder, and returns the builder. */
    StringBuilder oneLine(Recommendation r, OptionalLong line) {
      document.setLength(0);
      writer.recommendation(r, line);
      return document;
    }

    /**
     * Returns {@code text}'s characters, copied into the reused array (at least as long as the
     * text).
     */
    char[] chars(StringBuilder text) {
      int n = text.length();
      if (copied.length < n) {
        copied = new char[Math.max(n, 2 * copied.length)];
      }
      text.getChars(0, n, copied, 0);
      return copied;
    }
  }
}
