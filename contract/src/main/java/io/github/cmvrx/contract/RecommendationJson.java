package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.core.citation.Source;
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
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.Renderer;
import io.github.cmvrx.core.validation.FieldError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Arrays;
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
      CharsWriter document = scratch.document;
      document.reset();
      write(recommendation, document, layout, OptionalLong.empty(), ExtraFields.NONE, scratch);
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
   * Renderer#english()} (the one renderer, as {@code explain} uses it) straight into a JSON string
   * ({@link Renderer#appendJsonString}: quoted, and escaped as the generator escapes) in a reused
   * buffer, and handed to the generator as a raw value, so the document costs no string per
   * message and the text is not looked at a second time. Numbers are written from the same
   * buffer. Keys, enumerated values, rule ids and source keys are written from strings quoted
   * once ({@link SerializedString}); text that comes from the input (the case id, the field and
   * message of an error) and the alert codes are escaped by the generator. Lists are walked by
   * index (they are immutable random-access lists), not by iterator.
   */
  private static final class Fields {
    private static final Renderer RENDERER = Renderer.english();

    private static final SerializedString CONTRACT_VERSION_KEY =
        new SerializedString(ContractVersion.KEY);
    private static final SerializedString CONTRACT_VERSION =
        new SerializedString(ContractVersion.CURRENT);
    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString STATUS = new SerializedString("status");
    private static final SerializedString PHASE = new SerializedString("phase");
    private static final SerializedString REGIMEN = new SerializedString("regimen");
    private static final SerializedString ALTERNATIVES = new SerializedString("alternatives");
    private static final SerializedString EXCLUDED = new SerializedString("excluded");
    private static final SerializedString DRUG = new SerializedString("drug");
    private static final SerializedString REASON = new SerializedString("reason");
    private static final SerializedString RULE_ID = new SerializedString("ruleId");
    private static final SerializedString ALERTS = new SerializedString("alerts");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString MONITORING = new SerializedString("monitoring");
    private static final SerializedString TEST = new SerializedString("test");
    private static final SerializedString FREQUENCY = new SerializedString("frequency");
    private static final SerializedString RATIONALE = new SerializedString("rationale");
    private static final SerializedString TEXT = new SerializedString("text");
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString ERRORS = new SerializedString("errors");
    private static final SerializedString FIELD = new SerializedString("field");
    private static final SerializedString LINE = new SerializedString("line");
    private static final SerializedString ROUTE = new SerializedString("route");
    private static final SerializedString DOSE_MG = new SerializedString("doseMg");
    private static final SerializedString DOSE_MG_PER_KG = new SerializedString("doseMgPerKg");
    private static final SerializedString INTERVAL_HOURS = new SerializedString("intervalHours");
    private static final SerializedString TIMES_PER_WEEK = new SerializedString("timesPerWeek");
    private static final SerializedString AFTER_DIALYSIS = new SerializedString("afterDialysis");
    private static final SerializedString INFUSION_MINUTES =
        new SerializedString("infusionMinutes");
    private static final SerializedString DURATION_DAYS = new SerializedString("durationDays");
    private static final SerializedString OFF_LABEL = new SerializedString("offLabel");
    private static final SerializedString HYDRATION = new SerializedString("hydration");
    private static final SerializedString MIN_ML = new SerializedString("minMl");
    private static final SerializedString MAX_ML = new SerializedString("maxMl");
    private static final SerializedString WHEN = new SerializedString("when");
    private static final SerializedString INSTRUCTIONS = new SerializedString("instructions");
    private static final SerializedString ASSESSMENT = new SerializedString("assessment");
    private static final SerializedString CREATININE_CLEARANCE =
        new SerializedString("creatinineClearanceMlMin");
    private static final SerializedString CREATININE_CLEARANCE_PER_KG =
        new SerializedString("creatinineClearanceMlMinKg");
    private static final SerializedString EGFR = new SerializedString("egfrMlMin173");
    private static final SerializedString DOSING_WEIGHT = new SerializedString("dosingWeightKg");
    private static final SerializedString IDEAL_BODY_WEIGHT =
        new SerializedString("idealBodyWeightKg");
    private static final SerializedString ADJUSTED_BODY_WEIGHT =
        new SerializedString("adjustedBodyWeightKg");
    private static final SerializedString BODY_SURFACE_AREA =
        new SerializedString("bodySurfaceAreaM2");

    /** Each rule's id as the contract writes it, by ordinal. */
    private static final SerializedString[] RULE_IDS = quoted(RuleId.values(), RuleId::id);

    /** Each source's catalogue key, by ordinal. */
    private static final SerializedString[] SOURCE_KEYS = quoted(Source.values(), Source::key);

    private final JsonGenerator g;
    private final Scratch scratch;

    Fields(JsonGenerator g, Scratch scratch) {
      this.g = g;
      this.scratch = scratch;
    }

    private static <E extends Enum<E>> SerializedString[] quoted(
        E[] constants, Function<E, String> text) {
      SerializedString[] out = new SerializedString[constants.length];
      for (E e : constants) {
        out[e.ordinal()] = new SerializedString(text.apply(e));
      }
      return out;
    }

    void recommendation(Recommendation r, OptionalLong line, ExtraFields extra)
        throws IOException {
      g.writeStartObject();
      g.writeFieldName(CONTRACT_VERSION_KEY);
      g.writeString(CONTRACT_VERSION);
      g.writeFieldName(ID);
      Optional<String> id = r.id();
      if (id.isPresent()) {
        g.writeString(id.get());
      } else {
        g.writeNull();
      }
      enumField(STATUS, r.status());
      g.writeFieldName(PHASE);
      Optional<RecommendationPhase> phase = r.phase();
      if (phase.isPresent()) {
        g.writeString(Text.jsonString(phase.get()));
      } else {
        g.writeNull();
      }
      regimen(REGIMEN, r.regimen());
      regimen(ALTERNATIVES, r.alternatives());
      g.writeFieldName(EXCLUDED);
      g.writeStartArray();
      List<Exclusion> excluded = r.excluded();
      for (int i = 0; i < excluded.size(); i++) {
        Exclusion e = excluded.get(i);
        g.writeStartObject();
        enumField(DRUG, e.drug());
        message(REASON, e.why());
        ruleId(e.ruleId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName(ALERTS);
      g.writeStartArray();
      List<Alert> alerts = r.alerts();
      for (int i = 0; i < alerts.size(); i++) {
        Alert a = alerts.get(i);
        g.writeStartObject();
        enumField(SEVERITY, a.severity());
        g.writeFieldName(CODE);
        g.writeString(a.code());
        message(MESSAGE, a.text());
        ruleId(a.ruleId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName(MONITORING);
      g.writeStartArray();
      List<MonitoringItem> monitoring = r.monitoring();
      for (int i = 0; i < monitoring.size(); i++) {
        MonitoringItem m = monitoring.get(i);
        g.writeStartObject();
        enumField(TEST, m.test());
        message(FREQUENCY, m.schedule());
        ruleId(m.ruleId());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName(RATIONALE);
      g.writeStartArray();
      List<RationaleEntry> rationale = r.rationale();
      for (int i = 0; i < rationale.size(); i++) {
        RationaleEntry e = rationale.get(i);
        g.writeStartObject();
        ruleId(e.ruleId());
        message(TEXT, e.conclusion());
        g.writeFieldName(SOURCE);
        g.writeString(SOURCE_KEYS[e.source().ordinal()]);
        g.writeEndObject();
      }
      g.writeEndArray();
      assessment(r.assessment());
      g.writeFieldName(ERRORS);
      g.writeStartArray();
      List<FieldError> errors = r.errors();
      for (int i = 0; i < errors.size(); i++) {
        FieldError e = errors.get(i);
        g.writeStartObject();
        g.writeFieldName(FIELD);
        g.writeString(e.field());
        g.writeFieldName(MESSAGE);
        g.writeString(e.message());
        g.writeEndObject();
      }
      g.writeEndArray();
      extra.write(g);
      if (line.isPresent()) {
        g.writeFieldName(LINE);
        g.writeNumber(line.getAsLong());
      }
      g.writeEndObject();
    }

    private void regimen(SerializedString name, List<RegimenComponent> items) throws IOException {
      g.writeFieldName(name);
      g.writeStartArray();
      for (int i = 0; i < items.size(); i++) {
        RegimenComponent c = items.get(i);
        g.writeStartObject();
        enumField(DRUG, c.drug());
        enumField(ROUTE, c.route());
        g.writeFieldName(DOSE_MG);
        number(c.dose().value());
        OptionalDouble perKg = c.doseMgPerKg();
        g.writeFieldName(DOSE_MG_PER_KG);
        if (perKg.isPresent()) {
          number(perKg.getAsDouble());
        } else {
          g.writeNull();
        }
        whole(INTERVAL_HOURS, c.intervalHours());
        whole(TIMES_PER_WEEK, c.timesPerWeek());
        g.writeFieldName(AFTER_DIALYSIS);
        g.writeBoolean(c.afterDialysis());
        whole(INFUSION_MINUTES, c.infusionMinutes());
        whole(DURATION_DAYS, c.durationDays());
        g.writeFieldName(OFF_LABEL);
        g.writeBoolean(c.offLabel());
        g.writeFieldName(HYDRATION);
        Optional<Hydration> hydration = c.hydration();
        if (hydration.isPresent()) {
          Hydration h = hydration.get();
          g.writeStartObject();
          g.writeFieldName(MIN_ML);
          g.writeNumber(h.minMl());
          g.writeFieldName(MAX_ML);
          g.writeNumber(h.maxMl());
          message(WHEN, h.timing());
          g.writeEndObject();
        } else {
          g.writeNull();
        }
        g.writeFieldName(INSTRUCTIONS);
        g.writeStartArray();
        List<Message> instructions = c.instructionMessages();
        for (int k = 0; k < instructions.size(); k++) {
          messageValue(instructions.get(k));
        }
        g.writeEndArray();
        ruleId(c.ruleId());
        g.writeEndObject();
      }
      g.writeEndArray();
    }

    private void assessment(Optional<Assessment> assessment) throws IOException {
      g.writeFieldName(ASSESSMENT);
      if (assessment.isEmpty()) {
        g.writeNull();
        return;
      }
      Assessment a = assessment.get();
      g.writeStartObject();
      g.writeFieldName(CREATININE_CLEARANCE);
      if (a.creatinineClearance().isPresent()) {
        number(a.creatinineClearance().get().mlPerMin());
      } else {
        g.writeNull();
      }
      g.writeFieldName(CREATININE_CLEARANCE_PER_KG);
      if (a.creatinineClearancePerKg().isPresent()) {
        number(a.creatinineClearancePerKg().get().mlPerMinPerKg());
      } else {
        g.writeNull();
      }
      g.writeFieldName(EGFR);
      if (a.egfr().isPresent()) {
        number(a.egfr().get().mlPerMinPer173());
      } else {
        g.writeNull();
      }
      g.writeFieldName(DOSING_WEIGHT);
      number(a.dosingWeight().kilograms());
      kilograms(IDEAL_BODY_WEIGHT, a.idealBodyWeight());
      kilograms(ADJUSTED_BODY_WEIGHT, a.adjustedBodyWeight());
      g.writeFieldName(BODY_SURFACE_AREA);
      number(a.bodySurfaceArea().squareMetres());
      g.writeEndObject();
    }

    private void kilograms(SerializedString name, Optional<Mass> mass) throws IOException {
      g.writeFieldName(name);
      if (mass.isPresent()) {
        number(mass.get().kilograms());
      } else {
        g.writeNull();
      }
    }

    private void whole(SerializedString name, OptionalInt value) throws IOException {
      g.writeFieldName(name);
      if (value.isPresent()) {
        g.writeNumber(value.getAsInt());
      } else {
        g.writeNull();
      }
    }

    private void enumField(SerializedString name, Enum<?> value) throws IOException {
      g.writeFieldName(name);
      g.writeString(Text.jsonString(value));
    }

    private void ruleId(RuleId id) throws IOException {
      g.writeFieldName(RULE_ID);
      g.writeString(RULE_IDS[id.ordinal()]);
    }

    private void message(SerializedString name, Message m) throws IOException {
      g.writeFieldName(name);
      messageValue(m);
    }

    /**
     * Writes a message as a JSON string: rendered, quoted and escaped in the reused buffer, and
     * handed to the generator as a raw value (which it places after the key or the previous
     * element as it places any value).
     */
    private void messageValue(Message m) throws IOException {
      StringBuilder text = scratch.text;
      text.setLength(0);
      RENDERER.appendJsonString(text, m);
      g.writeRawValue(scratch.chars(), 0, text.length());
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
   * recommendation) gets buffers of its own; a buffer that grew past {@link #KEEP_CHARS} is not
   * kept.
   */
  private static final class Scratch {
    /** The most characters a kept buffer may hold: larger ones are left to the collector. */
    private static final int KEEP_CHARS = 1 << 16;

    private static final ThreadLocal<Scratch> CURRENT = ThreadLocal.withInitial(Scratch::new);

    final StringBuilder text = new StringBuilder(256);
    final CharsWriter document = new CharsWriter(4096);
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

  /**
   * A writer into a growing character array: a {@link java.io.CharArrayWriter} without its
   * locks. The generator hands it whole blocks of its own buffer, which are copied as they are
   * (a {@link StringBuilder} would look at every character to keep one byte per character), and
   * the document becomes a string once, at the end.
   */
  private static final class CharsWriter extends Writer {
    private char[] buffer;
    private int length;

    CharsWriter(int capacity) {
      buffer = new char[capacity];
    }

    void reset() {
      length = 0;
    }

    int capacity() {
      return buffer.length;
    }

    private void ensure(int more) {
      int need = length + more;
      if (need > buffer.length) {
        buffer = Arrays.copyOf(buffer, Math.max(need, 2 * buffer.length));
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      ensure(len);
      System.arraycopy(cbuf, off, buffer, length, len);
      length += len;
    }

    @Override
    public void write(String str, int off, int len) {
      ensure(len);
      str.getChars(off, off + len, buffer, length);
      length += len;
    }

    @Override
    public void write(int c) {
      ensure(1);
      buffer[length++] = (char) c;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return new String(buffer, 0, length);
    }
  }
}
