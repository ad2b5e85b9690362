package io.github.cmvrx.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.github.cmvrx.core.model.Drug;
import io.github.cmvrx.core.recommendation.Alert;
import io.github.cmvrx.core.recommendation.AlertSeverity;
import io.github.cmvrx.core.recommendation.Exclusion;
import io.github.cmvrx.core.recommendation.Recommendation;
import io.github.cmvrx.core.recommendation.RecommendationPhase;
import io.github.cmvrx.core.recommendation.Status;
import io.github.cmvrx.core.rule.RuleId;
import io.github.cmvrx.core.text.Message;
import io.github.cmvrx.core.text.MessageKey;
import io.github.cmvrx.core.text.Renderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages go into the recommendation JSON rendered straight into a JSON string ({@link
 * Renderer#appendJsonString}) instead of as text handed to the generator: the characters must be
 * exactly those the generator writes for the rendered text, for every character, and for text
 * from the input (a case id, a field path, a message given as text) holding quotation marks, reverse
 * solidi, control characters and non-ASCII, on one line and pretty.
 */
class MessageJsonEscapingTest {
  /** Text as the input may give it: everything JSON escapes, and what it leaves alone. */
  private static final String HOSTILE =
      "id \"7\" \\ back/slash\ttab\nline\r\u0000\u0001\u001f \u007f caf\u00e9 \u2265 \ud83d\ude00";

  /** The generator's own characters for {@code text} as a string value. */
  private static String generatorString(String text) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(out)) {
      g.writeString(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  @Test
  void everyCharacter_escapedAsTheGeneratorEscapesIt() {
    List<String> different = new ArrayList<>();
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      String text = "a" + (char) c + "b";
      String json =
          Renderer.english()
              .appendJsonString(new StringBuilder(), Message.verbatim(text))
              .toString();
      if (!json.equals(generatorString(text))) {
        different.add(Integer.toHexString(c) + ": " + json);
      }
    }
    assertThat(different).isEmpty();
  }

  private static Recommendation hostile() {
    return Recommendation.builder()
        .id(HOSTILE)
        .status(Status.OK)
        .phase(RecommendationPhase.INDUCTION)
        .addExcluded(
            new Exclusion(
                Drug.CIDOFOVIR,
                Message.of(MessageKey.NOT_COMPUTABLE, "patient.\"weight\\Kg\"\n"),
                RuleId.REG_CNS_PARTIAL))
        .addAlerts(
            new Alert(
                AlertSeverity.WARNING,
                "implausible_input",
                Message.of(MessageKey.IMPLAUSIBLE_INPUT, "labs." + HOSTILE, HOSTILE),
                RuleId.REG_CNS_COMBINATION),
            new Alert(AlertSeverity.INFO, "verbatim", HOSTILE, RuleId.REG_CNS_COMBINATION))
        .build();
  }

  @Test
  void hostileTextInMessagesAndTheCaseId_writtenAsTheGeneratorWritesTheRenderedText() {
    Recommendation r = hostile();
    String json = RecommendationJson.write(r);
    String pretty = RecommendationJson.write(r, RecommendationJson.Layout.PRETTY);

    Renderer renderer = Renderer.english();
    String reason = renderer.render(r.excluded().get(0).why());
    String implausible = renderer.render(r.alerts().get(0).text());
    // Whatever the catalogue's wording, both text arguments are in the message as given.
    assertThat(implausible).contains("labs." + HOSTILE).contains(": " + HOSTILE);
    assertThat(json)
        .contains("\"id\":" + generatorString(HOSTILE) + ",")
        .contains("\"reason\":" + generatorString(reason) + ",")
        .contains("\"message\":" + generatorString(implausible) + ",")
        .contains("\"message\":" + generatorString(HOSTILE) + ",");
    assertThat(pretty)
        .contains("\"reason\" : " + generatorString(reason) + ",\n")
        .contains("\"message\" : " + generatorString(implausible) + ",\n");

    com.fasterxml.jackson.databind.JsonNode tree = readTree(json);
    assertThat(tree.get("id").asText()).isEqualTo(HOSTILE);
    assertThat(tree.get("excluded").get(0).get("reason").asText()).isEqualTo(reason);
    assertThat(tree.get("alerts").get(0).get("message").asText()).isEqualTo(implausible);
    assertThat(tree.get("alerts").get(1).get("message").asText()).isEqualTo(HOSTILE);
    assertThat(readTree(pretty)).isEqualTo(tree);
  }

  @Test
  void prettyLayout_sameDocumentAsTheGeneratorsPrettyPrinterMakesOfTheOneLineDocument()
      throws IOException {
    // The message values are raw values to the generator: the pretty printer must place them
    // (key separator, indentation, commas) exactly as it places the strings it writes itself.
    Recommendation r = hostile();
    com.fasterxml.jackson.databind.ObjectMapper mapper =
        new com.fasterxml.jackson.databind.ObjectMapper();
    StringWriter expected = new StringWriter();
    try (JsonGenerator g = DocumentReader.FACTORY.createGenerator(expected)) {
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      mapper.writeTree(g, mapper.readTree(RecommendationJson.write(r)));
    }
    assertThat(RecommendationJson.write(r, RecommendationJson.Layout.PRETTY))
        .isEqualTo(expected.toString());
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
