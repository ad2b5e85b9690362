package io.github.cmvrx.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link Renderer#appendJsonString}: the text {@link Renderer#render} gives, in quotation marks,
 * with exactly the characters JSON requires escaped (RFC 8259 section 7): for every key with
 * every argument shape, with text arguments as a case id or a field path from the input may hold
 * them, and with catalogue wording that itself holds a quotation mark or a reverse solidus.
 */
class RendererJsonStringTest {
  private static final Renderer ENGLISH = Renderer.english();

  /** Text arguments holding what JSON escapes, and what it does not (non-ASCII, solidus, DEL). */
  private static final List<Function<Integer, Object>> TEXT_SHAPES =
      List.of(
          i -> "case \"" + i + "\" with \\ and\ttab",
          i -> "line\nbreak\r\u0001\u001f\u0000 end" + i,
          i -> "caf\u00e9 \u2265 5 \u00b5g /path/ \u007f \ud83d\ude00" + i,
          i -> List.of(Message.verbatim("a\"b"), Message.of(MessageKey.NOT_COMPUTABLE, "c\\d" + i)));

  private static String json(Renderer renderer, Message m) {
    return renderer.appendJsonString(new StringBuilder(), m).toString();
  }

  private static List<Message> everyKeyWithEveryShape() {
    List<Function<Integer, Object>> shapes = new ArrayList<>(MessageCatalogueTest.SHAPES);
    shapes.addAll(TEXT_SHAPES);
    List<Message> messages = new ArrayList<>();
    for (MessageKey key : MessageKey.values()) {
      for (Function<Integer, Object> shape : shapes) {
        messages.add(MessageCatalogueTest.sample(key, shape));
      }
    }
    for (Function<Integer, Object> shape : TEXT_SHAPES) {
      messages.add(Message.verbatim(String.valueOf(shape.apply(0))));
    }
    return messages;
  }

  @Test
  void everyKeyWithEveryArgumentShape_isTheRenderedTextQuotedAndEscaped() {
    int escaped = 0;
    for (Message m : everyKeyWithEveryShape()) {
      String text = ENGLISH.render(m);
      String json = ENGLISH.appendJsonString(new StringBuilder("before:"), m).toString();

      assertThat(json).as("%s", text).startsWith("before:\"").endsWith("\"");
      String inside = json.substring("before:\"".length(), json.length() - 1);
      assertThat(decode(inside)).as("%s", text).isEqualTo(text);
      if (needsNoEscape(text)) {
        assertThat(inside).isEqualTo(text);
      } else {
        escaped++;
      }
    }
    // The text shapes reach every key with an argument: the escaping is exercised, not skipped.
    assertThat(escaped).isGreaterThan(MessageKey.values().length);
  }

  @Test
  void escapes_workedOutByHand() {
    assertThat(json(ENGLISH, Message.verbatim("a\"b\\c/d"))).isEqualTo("\"a\\\"b\\\\c/d\"");
    assertThat(json(ENGLISH, Message.verbatim("\b\t\n\f\r"))).isEqualTo("\"\\b\\t\\n\\f\\r\"");
    assertThat(json(ENGLISH, Message.verbatim("\u0000\u0001\u001b\u001f \u007f")))
        .isEqualTo("\"\\u0000\\u0001\\u001B\\u001F \u007f\"");
    assertThat(json(ENGLISH, Message.verbatim("caf\u00e9 \u2265 \ud83d\ude00")))
        .isEqualTo("\"caf\u00e9 \u2265 \ud83d\ude00\"");
    assertThat(json(ENGLISH, Message.verbatim(""))).isEqualTo("\"\"");
    // NOT_COMPUTABLE = "dose not computable: {0}", the argument a field path as given.
    assertThat(json(ENGLISH, Message.of(MessageKey.NOT_COMPUTABLE, "labs.\"x\"\n")))
        .isEqualTo("\"dose not computable: labs.\\\"x\\\"\\n\"");
  }

  @Test
  void aCatalogueWordingWithAQuoteABackslashAndATab_escapedInTheJsonOnly() {
    Map<MessageKey, String> wording = MessageCatalogueTest.placeholdersOnly();
    wording.put(MessageKey.CRCL, "CrCl \"{0,f1}\" mL\\min\tper");
    Renderer renderer = new Renderer(MessageCatalogue.of(wording));
    Message m = Message.of(MessageKey.CRCL, 44.25);

    assertThat(renderer.render(m)).isEqualTo("CrCl \"44.3\" mL\\min\tper");
    assertThat(json(renderer, m)).isEqualTo("\"CrCl \\\"44.3\\\" mL\\\\min\\tper\"");
    // Nested in a message of the plain wording, the escaped literal is used again.
    assertThat(json(renderer, Message.of(MessageKey.NOT_COMPUTABLE, m)))
        .isEqualTo("\"x CrCl \\\"44.3\\\" mL\\\\min\\tper\"");
  }

  private static boolean needsNoEscape(String text) {
    return text.chars().noneMatch(c -> c < 0x20 || c == '"' || c == '\\');
  }

  /**
   * Decodes the inside of a JSON string (RFC 8259 section 7), refusing a raw quotation mark or
   * control character and an unknown escape: a decoder of its own, not the renderer's escaping
   * run backwards.
   */
  private static String decode(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c < 0x20) {
        throw new AssertionError("unescaped character " + (int) c + " at " + i + " in " + s);
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'f' -> out.append('\f');
        case 'r' -> out.append('\r');
        case 'u' -> {
          out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("unknown escape \\" + e + " in " + s);
      }
    }
    return out.toString();
  }
}
