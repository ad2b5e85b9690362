package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;

/**
 * Reads and writes a case in the JSON contract (shared case-format, Input). Reading validates
 * per clinical basis §8 and reports every problem at once, each with its field path (e.g.
 * {@code patient.weightKg}, {@code disease.sites[1]}) and a message naming the value and the
 * accepted range; nothing is defaulted, clamped or dropped. Reading and writing both walk the
 * one table of the contract's fields, {@link CaseField}. Thread-safe and stateless.
 *
 * @since 0.2.0
 */
public final class CaseJson {
  private CaseJson() {}

  /**
   * Reads a case from a JSON document.
   *
   * @param json the document
   * @return the valid case, or every problem found with its field
   */
  public static JsonResult<PatientCase> read(String json) {
    return CaseReader.read(json);
  }

  /**
   * Reads a case from a character stream (at most {@link JsonLimits#MAX_DOCUMENT_CHARS}
   * characters are read; a longer document is an error). The reader is not closed.
   *
   * @param reader the document
   * @return the valid case, or every problem found with its field
   * @throws IOException if the reader fails
   */
  public static JsonResult<PatientCase> read(Reader reader) throws IOException {
    return read(DocumentReader.text(reader));
  }

  /**
   * Reads a case from a UTF-8 byte stream (malformed UTF-8 is an error on {@code "$"}). The
   * stream is not closed.
   *
   * @param in the document
   * @return the valid case, or every problem found with its field
   * @throws IOException if the stream fails
   */
  public static JsonResult<PatientCase> read(InputStream in) throws IOException {
    return read(DocumentReader.text(in));
  }

  private static JsonResult<PatientCase> read(DocumentReader.Source source) {
    String text = source.text();
    return text != null ? CaseReader.read(text) : CaseReader.failed(source.errorOrEmpty());
  }

  // ---------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes a case in the JSON contract, on one line; {@link #read(String)} reads it back to an
   * equal case. Absent optional values are left out; so are the virology and labs sections when
   * nothing in them is known.
   *
   * @param patientCase the case
   * @return the JSON document
   */
  public static String write(PatientCase patientCase) {
    StringWriter out = new StringWriter();
    try {
      write(patientCase, out);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter does not fail", e);
    }
    return out.toString();
  }

  /**
   * Writes a case in the JSON contract, on one line, to {@code out} (not closed).
   *
   * @param patientCase the case
   * @param out where to write
   * @throws IOException if the writer fails
   */
  public static void write(PatientCase patientCase, Writer out) throws IOException {
    try (JsonGenerator g =
        DocumentReader.FACTORY
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      g.writeStartObject();
      writeSection(g, CaseSection.ROOT, patientCase);
      g.writeEndObject();
    }
  }

  /** Writes the members of one section's object, in table order; absent values are left out. */
  private static void writeSection(JsonGenerator g, CaseSection section, Object model)
      throws IOException {
    for (CaseField f : CaseField.of(section)) {
      Object value = f.get(model);
      if (value == null) {
        continue;
      }
      g.writeFieldName(f.key());
      switch (f.kind()) {
        case OBJECT -> {
          g.writeStartObject();
          writeSection(g, java.util.Objects.requireNonNull(f.spec().child()), value);
          g.writeEndObject();
        }
        case NUMBER, CREATININE_VALUE -> g.writeNumber((Double) value);
        case WHOLE -> g.writeNumber((Integer) value);
        case BOOLEAN -> g.writeBoolean((Boolean) value);
        case ENUM -> g.writeString(Text.jsonName((Enum<?>) value));
        case ENUM_LIST -> {
          g.writeStartArray();
          for (Object e : (Collection<?>) value) {
            g.writeString(Text.jsonName((Enum<?>) e));
          }
          g.writeEndArray();
        }
        case UNIT -> g.writeString(((CreatinineUnit) value).symbol());
        case STRING, VERSION -> g.writeString((String) value);
      }
    }
  }
}
