package io.github.cmvrx.simulation.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.cmvrx.core.citation.Source;
import io.github.cmvrx.core.rule.RuleId;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the rule catalogue ({@link RuleId}): every rule with its id, description and sources, as
 * text (one line per rule) or as JSON, followed in JSON by the citation catalogue so that every
 * source key resolves.
 */
public final class RulesText {
  private RulesText() {}

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * Returns every rule as one line: {@code "ID: description (sources: KEY, KEY)"}.
   *
   * @return the text, lines separated by {@code "\n"}, ending with {@code "\n"}
   */
  public static String text() {
    StringBuilder out = new StringBuilder();
    for (RuleId rule : RuleId.values()) {
      out.append(line(rule)).append('\n');
    }
    return out.toString();
  }

  /**
   * Returns one rule as a line, without line end.
   *
   * @param rule the rule
   * @return e.g. {@code "ADV-HIV-ART: HIV: start or optimise ... (sources: NIH-OI)"}
   */
  public static String line(RuleId rule) {
    List<String> keys = new ArrayList<>();
    for (Source s : rule.sources()) {
      keys.add(s.key());
    }
    return rule.id() + ": " + rule.description() + " (sources: " + String.join(", ", keys) + ")";
  }

  /**
   * Returns the catalogue as JSON: {@code {"rules":[{"id","description","sources":[keys]}],
   * "sources":[{"key","citation"}]}}, compact, with a final line end.
   *
   * @return the JSON text
   */
  public static String json() {
    StringWriter buffer = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(buffer)) {
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (RuleId rule : RuleId.values()) {
        g.writeStartObject();
        g.writeStringField("id", rule.id());
        g.writeStringField("description", rule.description());
        g.writeArrayFieldStart("sources");
        for (Source s : rule.sources()) {
          g.writeString(s.key());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("sources");
      for (Source s : Source.values()) {
        g.writeStartObject();
        g.writeStringField("key", s.key());
        g.writeStringField("citation", s.citation());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail; an exception here is a programming error.
      throw new UncheckedIOException(e);
    }
    return buffer + "\n";
  }
}
