package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.core.quantity.Mass;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.Assessment;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Hydration;
import io.github.cmvrx.core.recommendation.MonitoringItem;
import io.github.cmvrx.core.recommendation.RationaleEntry;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RegimenComponent;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
import io.github.cmvrx.core.validation.FieldError;
import java.io.IOException;
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
    Scratch scratch = Scratch.acquire();
    try {
      StringBuilder document = scratch.document;
      document.setLength(0);
      write(
          recommendation,
          scratch.documentWriter,
          layout,
          OptionalLong.empty(),
          ExtraFields.NONE,
          scratch);
      return document.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not fail", e);
    } finally {
      scratch.release();
    }
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
      write(recommendation, out, layout, line, extra, scratch);
    } finally {
      scratch.release();
    }
  }

  private static void write(
      Recommendation recommendation,
      Writer out,
      Layout layout,
      OptionalLong line,
      ExtraFields extra,
      Scratch scratch)
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
      new Fields(g, scratch).recommendation(recommendation, line, extra);
    }
  }

  /**
   * Writes the fields of one document to a generator. Messages are rendered by {@link
   * Renderer#english()} (the one renderer, as {@code explain} uses it) into a reused buffer and
   * handed to the generator as characters, and numbers are written from the same buffer, so the
   * document costs no string per message or number. Lists are walked by index (they are
   * immutable random-access lists), not by iterator.
   */
  private static final class Fields {
    private static final Renderer RENDERER = Renderer.english();

    private final JsonGenerator g;
    private final Scratch scratch;

    Fields(JsonGenerator g, Scratch scratch) {
      this.g = g;
      this.scratch = scratch;
    }

    void recommendation(Recommendation r, OptionalLong line, ExtraFields extra)
        throws IOException {
      g.writeStartObject();
      g.writeStringField(ContractVersion.KEY, ContractVersion.CURRENT);
      Optional<String> id = r.id();
      if (id.isPresent()) {
        g.writeStringField("id", id.get());
      } else {
        g.writeNullField("id");
      }
      g.writeStringField("status", Text.jsonName(r.status()));
      Optional<RecommendationPhase> phase = r.phase();
      if (phase.isPresent()) {
        g.writeStringField("phase", Text.jsonName(phase.get()));
      } else {
        g.writeNullField("phase");
      }
      regimen("regimen", r.regimen());
      regimen("alternatives", r.alternatives());
      g.writeArrayFieldStart("excluded");
      List<Exclusion> excluded = r.excluded();
      for (int i = 0; i < excluded.size(); i++) {
        Exclusion e = excluded.get(i);
        g.writeStartObject();
        g.writeStringField("drug", Text.jsonName(e.drug()));
        message("reason", e.why());
        g.writeStringField("ruleId", e.ruleId().id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("alerts");
      List<Alert> alerts = r.alerts();
      for (int i = 0; i < alerts.size(); i++) {
        Alert a = alerts.get(i);
        g.writeStartObject();
        g.writeStringField("severity", Text.jsonName(a.severity()));
        g.writeStringField("code", a.code());
        message("message", a.text());
        g.writeStringField("ruleId", a.ruleId().id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("monitoring");
      List<MonitoringItem> monitoring = r.monitoring();
      for (int i = 0; i < monitoring.size(); i++) {
        MonitoringItem m = monitoring.get(i);
        g.writeStartObject();
        g.writeStringField("test", Text.jsonName(m.test()));
        message("frequency", m.schedule());
        g.writeStringField("ruleId", m.ruleId().id());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("rationale");
      List<RationaleEntry> rationale = r.rationale();
      for (int i = 0; i < rationale.size(); i++) {
        RationaleEntry e = rationale.get(i);
        g.writeStartObject();
        g.writeStringField("ruleId", e.ruleId().id());
        message("text", e.conclusion());
        g.writeStringField("source", e.source().key());
        g.writeEndObject();
      }
      g.writeEndArray();
      assessment(r.assessment());
      g.writeArrayFieldStart("errors");
      List<FieldError> errors = r.errors();
      for (int i = 0; i < errors.size(); i++) {
        FieldError e = errors.get(i);
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

    private void regimen(String name, List<RegimenComponent> items) throws IOException {
      g.writeArrayFieldStart(name);
      for (int i = 0; i < items.size(); i++) {
        RegimenComponent c = items.get(i);
        g.writeStartObject();
        g.writeStringField("drug", Text.jsonName(c.drug()));
        g.writeStringField("route", Text.jsonName(c.route()));
        g.writeFieldName("doseMg");
        number(c.dose().value());
        OptionalDouble perKg = c.doseMgPerKg();
        g.writeFieldName("doseMgPerKg");
        if (perKg.isPresent()) {
          number(perKg.getAsDouble());
        } else {
          g.writeNull();
        }
        whole("intervalHours", c.intervalHours());
        whole("timesPerWeek", c.timesPerWeek());
        g.writeBooleanField("afterDialysis", c.afterDialysis());
        whole("infusionMinutes", c.infusionMinutes());
        whole("durationDays", c.durationDays());
        g.writeBooleanField("offLabel", c.offLabel());
        Optional<Hydration> hydration = c.hydration();
        if (hydration.isPresent()) {
          Hydration h = hydration.get();
          g.writeObjectFieldStart("hydration");
          g.writeNumberField("minMl", h.minMl());
          g.writeNumberField("maxMl", h.maxMl());
          message("when", h.timing());
          g.writeEndObject();
        } else {
          g.writeNullField("hydration");
        }
        g.writeArrayFieldStart("instructions");
        List<Message> instructions = c.instructionMessages();
        for (int k = 0; k < instructions.size(); k++) {
          messageValue(instructions.get(k));
        }
        g.writeEndArray();
        g.writeStringField("ruleId", c.ruleId().id());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void assessment(Optional<Assessment> assessment) throws IOException {
      if (assessment.isEmpty()) {
        g.writeNullField("assessment");
        return;
      }
      Assessment a = assessment.get();
      g.writeObjectFieldStart("assessment");
      g.writeFieldName("creatinineClearanceMlMin");
      if (a.creatinineClearance().isPresent()) {
        number(a.creatinineClearance().get().mlPerMin());
      } else {
        g.writeNull();
      }
      g.writeFieldName("creatinineClearanceMlMinKg");
      if (a.creatinineClearancePerKg().isPresent()) {
        number(a.creatinineClearancePerKg().get().mlPerMinPerKg());
      } else {
        g.writeNull();
      }
      g.writeFieldName("egfrMlMin173");
      if (a.egfr().isPresent()) {
        number(a.egfr().get().mlPerMinPer173());
      } else {
        g.writeNull();
      }
      g.writeFieldName("dosingWeightKg");
      number(a.dosingWeight().kilograms());
      kilograms("idealBodyWeightKg", a.idealBodyWeight());
      kilograms("adjustedBodyWeightKg", a.adjustedBodyWeight());
      g.writeFieldName("bodySurfaceAreaM2");
      number(a.bodySurfaceArea().squareMetres());
      g.writeEndObject();
    }

    private void kilograms(String name, Optional<Mass> mass) throws IOException {
      g.writeFieldName(name);
      if (mass.isPresent()) {
        number(mass.get().kilograms());
      } else {
        g.writeNull();
      }
    }

    private void whole(String name, OptionalInt value) throws IOException {
      if (value.isPresent()) {
        g.writeNumberField(name, value.getAsInt());
      } else {
        g.writeNullField(name);
      }
    }

    private void message(String name, Message m) throws IOException {
      g.writeFieldName(name);
      messageValue(m);
    }

    /** Writes a message's text as a JSON string, rendered into the reused buffer. */
    private void messageValue(Message m) throws IOException {
      StringBuilder text = scratch.text;
      text.setLength(0);
      RENDERER.append(text, m);
      g.writeString(scratch.chars(), 0, text.length());
    }

    /**
     * Writes a number as {@link JsonGenerator#writeNumber(double)} does ({@link
     * Double#toString(double)}'s characters, which {@link StringBuilder#append(double)} also
     * writes), without its string. A value that is not finite is left to the generator, which
     * quotes it.
     */
    private void number(double value) throws IOException {
      if (!Double.isFinite(value)) {
        g.writeNumber(value);
        return;
      }
      StringBuilder text = scratch.text;
      text.setLength(0);
      text.append(value);
      g.writeNumber(scratch.chars(), 0, text.length());
    }
  }

  /**
   * Buffers reused by the writes of one thread: the text of a message or number and its
   * characters, and the document of {@link #write(Recommendation, Layout)}. A write that starts
   * while another is under way on the same thread (an {@link ExtraFields} that writes a
   * recommendation) gets buffers of its own; a document buffer that grew past {@link
   * #KEEP_CHARS} is not kept.
   */
  private static final class Scratch {
    /** The most characters a kept buffer may hold: larger ones are left to the collector. */
    private static final int KEEP_CHARS = 1 << 16;

    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    final StringBuilder text = new StringBuilder(256);
    final StringBuilder document = new StringBuilder(4096);
    final Writer documentWriter = new BuilderWriter(document);
    private char[] chars = new char[256];
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
      if (document.capacity() > KEEP_CHARS || text.capacity() > KEEP_CHARS) {
        if (CURRENT.get() == this) {
          CURRENT.remove();
        }
      }
    }

    /** Returns {@link #text}'s characters in an array at least as long as the text. */
    char[] chars() {
      int n = text.length();
      if (chars.length < n) {
        chars = new char[Math.max(n, 2 * chars.length)];
      }
      text.getChars(0, n, chars, 0);
      return chars;
    }
  }

  /** A writer into a {@link StringBuilder}: a {@link java.io.StringWriter} without its locks. */
  private static final class BuilderWriter extends Writer {
    private final StringBuilder out;

    BuilderWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      out.append(cbuf, off, len);
    }

    @Override
    public void write(String str, int off, int len) {
      out.append(str, off, off + len);
    }

    @Override
    public void write(int c) {
      out.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
