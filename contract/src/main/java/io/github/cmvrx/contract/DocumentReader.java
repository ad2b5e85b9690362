package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.cmvrx.core.validation.FieldError;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one JSON document into a {@link Node} tree within {@link JsonLimits}: strict JSON (no
 * comments, NaN, single quotes or trailing commas), duplicate keys reported as field errors,
 * syntax and limit violations reported on {@code "$"} with line and column.
 */
final class DocumentReader {
  private DocumentReader() {}

  /** The shared, thread-safe factory with the limits set. */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                  .maxStringLength(JsonLimits.MAX_STRING_CHARS)
                  .maxNameLength(JsonLimits.MAX_NAME_CHARS)
                  .maxNumberLength(JsonLimits.MAX_NUMBER_CHARS)
                  .maxDocumentLength(JsonLimits.MAX_DOCUMENT_CHARS)
                  .build())
          .build();

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A document read into a tree, with the problems found on the way (duplicate keys). */
  record Parsed(Optional<Node> root, List<FieldError> errors) {}

  /**
   * Reads at most {@link JsonLimits#MAX_DOCUMENT_CHARS} characters, then parses them.
   *
   * @throws IOException if the reader fails
   */
  static Parsed read(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      text.append(buffer, 0, n);
      if (text.length() > JsonLimits.MAX_DOCUMENT_CHARS) {
        return tooLarge();
      }
    }
    return parse(text.toString());
  }

  /**
   * Decodes strict UTF-8 and reads as {@link #read(Reader)}; malformed UTF-8 is a field error.
   *
   * @throws IOException if the stream fails
   */
  static Parsed read(InputStream in) throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return read(reader);
    } catch (CharacterCodingException e) {
      return failure("input is not valid UTF-8 text");
    }
  }

  /** Parses a whole document held in memory. */
  static Parsed parse(String document) {
    if (document.length() > JsonLimits.MAX_DOCUMENT_CHARS) {
      return tooLarge();
    }
    String text =
        !document.isEmpty() && document.charAt(0) == BYTE_ORDER_MARK
            ? document.substring(1)
            : document;
    List<FieldError> errors = new ArrayList<>();
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return failure("empty input: expected a JSON object");
      }
      Node root = readValue(parser, "", errors);
      JsonToken after = parser.nextToken();
      if (after != null) {
        return failure(
            "unexpected content after the end of the JSON document" + at(parser.currentLocation()));
      }
      return new Parsed(Optional.of(root), List.copyOf(errors));
    } catch (StreamConstraintsException e) {
      return failure(limitMessage(e));
    } catch (JsonProcessingException e) {
      return failure("not valid JSON: " + cleanMessage(e) + at(e.getLocation()));
    } catch (IOException e) {
      // A String source cannot fail to read; anything else is a parse problem of the text.
      return failure("not valid JSON: " + e.getMessage());
    }
  }

  private static Node readValue(JsonParser p, String path, List<FieldError> errors)
      throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> members = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            String childPath = path.isEmpty() ? name : path + "." + name;
            p.nextToken();
            Node value = readValue(p, childPath, errors);
            if (members.containsKey(name)) {
              errors.add(
                  new FieldError(
                      childPath,
                      "duplicate key \"" + Text.clip(name) + "\": each key may appear only once"));
            } else {
              members.put(name, value);
            }
          }
          return new Node.ObjectNode(members);
        }
      case START_ARRAY:
        {
          List<Node> items = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(p, path + "[" + items.size() + "]", errors));
          }
          return new Node.ArrayNode(items);
        }
      case VALUE_STRING:
        return new Node.StringNode(p.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Node.NumberNode(p.getText(), p.getValueAsDouble());
      case VALUE_TRUE:
        return new Node.BooleanNode(true);
      case VALUE_FALSE:
        return new Node.BooleanNode(false);
      case VALUE_NULL:
        return Node.NullNode.INSTANCE;
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(
            p, "unexpected token " + token);
    }
  }

  private static Parsed tooLarge() {
    return failure(
        String.format(
            Locale.ROOT,
            "document is larger than the limit of %d characters (1 MiB)",
            JsonLimits.MAX_DOCUMENT_CHARS));
  }

  private static Parsed failure(String message) {
    return new Parsed(Optional.empty(), List.of(new FieldError("$", message)));
  }

  /** Names the limit that was exceeded, in the words of {@link JsonLimits}. */
  static String limitMessage(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    String where = at(e.getLocation());
    if (m.contains("NestingDepth")) {
      return "nesting of arrays and objects is deeper than the limit of "
          + JsonLimits.MAX_NESTING_DEPTH
          + where;
    }
    if (m.contains("StringLength")) {
      return "a string value is longer than the limit of "
          + JsonLimits.MAX_STRING_CHARS
          + " characters"
          + where;
    }
    if (m.contains("NameLength")) {
      return "a key is longer than the limit of " + JsonLimits.MAX_NAME_CHARS + " characters" + where;
    }
    if (m.contains("NumberLength")) {
      return "a number is longer than the limit of "
          + JsonLimits.MAX_NUMBER_CHARS
          + " characters"
          + where;
    }
    if (m.contains("DocumentLength")) {
      return tooLarge().errors().get(0).message();
    }
    return "input exceeds a parsing limit: " + m + where;
  }

  private static String cleanMessage(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    // Jackson may name the (redacted) source inside the message; keep only line and column.
    m = m.replaceAll("\\[Source: [^;\\]]*; ", "[");
    int newline = m.indexOf('\n');
    return newline < 0 ? m : m.substring(0, newline);
  }

  private static String at(JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return String.format(
        Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
  }
}
