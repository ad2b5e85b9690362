package io.github.cmvrx.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON document into a {@link Node} tree within {@link JsonLimits}: strict JSON (no
 * comments, NaN, single quotes or trailing commas), duplicate keys reported as field errors,
 * syntax and limit violations reported on {@code "$"} with line and column.
 */
final class DocumentReader {
  private DocumentReader() {}

  /**
   * The shared, thread-safe factory with the limits set. Numbers are read with Jackson's fast
   * double parser, which gives the same correctly rounded double as {@link Double#parseDouble}
   * without its allocations (it was the largest allocation of reading a case).
   */
  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
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
    Source source = text(reader);
    String text = source.text();
    return text != null ? parse(text) : failure(source.errorOrEmpty());
  }

  /**
   * A document's text, or the one error that kept it from being read as text.
   *
   * @param text the text, or null
   * @param error the error, or null
   */
  record Source(@Nullable String text, @Nullable FieldError error) {
    FieldError errorOrEmpty() {
      return error != null ? error : DocumentReader.error("$", "empty input: expected a JSON object");
    }
  }

  /**
   * Reads at most {@link JsonLimits#MAX_DOCUMENT_CHARS} characters.
   *
   * @throws IOException if the reader fails
   */
  static Source text(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    int n;
    while ((n = reader.read(buffer)) != -1) {
      text.append(buffer, 0, n);
      if (text.length() > JsonLimits.MAX_DOCUMENT_CHARS) {
        return new Source(null, tooLargeError());
      }
    }
    return new Source(text.toString(), null);
  }

  /**
   * Decodes strict UTF-8 and reads as {@link #text(Reader)}; malformed UTF-8 is an error.
   *
   * @throws IOException if the stream fails
   */
  static Source text(InputStream in) throws IOException {
    Reader reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    try {
      return text(reader);
    } catch (CharacterCodingException e) {
      return new Source(null, error("$", "input is not valid UTF-8 text"));
    }
  }

  /**
   * Decodes strict UTF-8 and reads as {@link #read(Reader)}; malformed UTF-8 is a field error.
   *
   * @throws IOException if the stream fails
   */
  static Parsed read(InputStream in) throws IOException {
    Source source = text(in);
    String text = source.text();
    return text != null ? parse(text) : failure(source.errorOrEmpty());
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
    JsonParser parser;
    try {
      parser = FACTORY.createParser(text);
    } catch (IOException e) {
      return failure("not valid JSON: " + e.getMessage());
    }
    try (parser) {
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
      return failure(fieldPath(parser), limitMessage(e, parser.currentLocation()));
    } catch (JsonProcessingException e) {
      return failure(fieldPath(parser), "not valid JSON: " + plainMessage(e) + at(e.getLocation()));
    } catch (IOException e) {
      // A String source cannot fail to read; anything else is a parse problem of the text.
      return failure(fieldPath(parser), "not valid JSON: " + e.getMessage());
    }
  }

  /**
   * Returns the contract path of the value the parser is at, e.g. {@code patient.ageYears} or
   * {@code disease.sites[1]}; {@code "$"} at the top (issue 12 item 14: limits name the field).
   */
  static String fieldPath(JsonParser parser) {
    StringBuilder path = new StringBuilder();
    List<String> parts = new ArrayList<>();
    for (JsonStreamContext c = parser.getParsingContext();
        c != null && !c.inRoot();
        c = c.getParent()) {
      if (c.inObject()) {
        String name = c.getCurrentName();
        if (name != null) {
          parts.add("." + name);
        }
      } else if (c.inArray()) {
        parts.add("[" + Math.max(0, c.getCurrentIndex()) + "]");
      }
    }
    for (int i = parts.size() - 1; i >= 0; i--) {
      path.append(parts.get(i));
    }
    String p = path.length() > 0 && path.charAt(0) == '.' ? path.substring(1) : path.toString();
    return p.isEmpty() ? "$" : p.startsWith("[") ? "$" + p : p;
  }

  /**
   * Returns the index of the first unpaired surrogate in {@code s}, or -1 if {@code s} is valid
   * Unicode (issue 12 item 4).
   */
  static int firstUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Returns {@code s} with each unpaired surrogate replaced by U+FFFD (s itself if none). */
  static String withoutUnpairedSurrogates(String s) {
    if (firstUnpairedSurrogate(s) < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else {
        b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return b.toString();
  }

  private static void requireValidUnicode(
      String s, String path, String what, List<FieldError> errors) {
    if (firstUnpairedSurrogate(s) >= 0) {
      errors.add(unicodeError(s, path, what));
    }
  }

  /** Returns the error of a key or string {@code s} that holds an unpaired surrogate. */
  static FieldError unicodeError(String s, String path, String what) {
    int bad = Math.max(0, firstUnpairedSurrogate(s));
    return new FieldError(
        path.isEmpty() ? "$" : path,
        String.format(
            Locale.ROOT,
            "%s holds invalid Unicode: an unpaired surrogate \\u%04X at character %d;"
                + " refused so that no text is silently changed",
            what,
            (int) s.charAt(bad),
            bad + 1));
  }

  private static Node readValue(JsonParser p, String path, List<FieldError> errors)
      throws IOException {
    JsonToken token = p.currentToken();
    switch (token) {
      case START_OBJECT:
        {
          Map<String, Node> members = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String raw = p.currentName();
            // An invalid key is refused; its unpaired surrogates are replaced in the path and in
            // every message that echoes it, so no output holds invalid Unicode (found by fuzzing).
            String name = withoutUnpairedSurrogates(raw);
            String childPath = path.isEmpty() ? name : path + "." + name;
            requireValidUnicode(raw, childPath, "the key", errors);
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
        {
          String text = p.getText();
          requireValidUnicode(text, path, "the string", errors);
          return new Node.StringNode(withoutUnpairedSurrogates(text));
        }
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
    return failure(tooLargeError());
  }

  /** Returns the error of a document over {@link JsonLimits#MAX_DOCUMENT_CHARS}. */
  static FieldError tooLargeError() {
    return error(
        "$",
        String.format(
            Locale.ROOT,
            "document is larger than the limit of %d characters (1 MiB)",
            JsonLimits.MAX_DOCUMENT_CHARS));
  }

  private static Parsed failure(String message) {
    return failure("$", message);
  }

  private static Parsed failure(String field, String message) {
    return failure(error(field, message));
  }

  private static Parsed failure(FieldError error) {
    return new Parsed(Optional.empty(), List.of(error));
  }

  /** Returns a parse error; the path and the parser's message may echo raw input: never pass invalid Unicode on. */
  static FieldError error(String field, String message) {
    return new FieldError(withoutUnpairedSurrogates(field), withoutUnpairedSurrogates(message));
  }

  /** Names the limit that was exceeded, in the words of {@link JsonLimits}. */
  static String limitMessage(StreamConstraintsException e, JsonLocation fallback) {
    String m = String.valueOf(e.getOriginalMessage());
    String where = at(e.getLocation() != null ? e.getLocation() : fallback);
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
      return tooLargeError().message();
    }
    return "input exceeds a parsing limit: " + m + where;
  }

  /**
   * Says what is wrong in the input's terms, never the parser's (issue 12 item 15): no feature
   * names, no source descriptions, no advice to enable parser options.
   */
  static String plainMessage(JsonProcessingException e) {
    String m = String.valueOf(e.getOriginalMessage());
    int newline = m.indexOf('\n');
    if (newline >= 0) {
      m = m.substring(0, newline);
    }
    if (m.contains("NaN") || m.contains("INF") || m.contains("Infinity")) {
      return "NaN and Infinity are not numbers in JSON: give a finite number";
    }
    if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
      return "comments are not allowed in JSON";
    }
    if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("(code 39)")) {
      return "text must be in double quotes, not single quotes";
    }
    if (m.contains("ALLOW_TRAILING_COMMA") || m.contains("trailing comma")) {
      return "a comma must be followed by another value";
    }
    if (m.contains("ALLOW_LEADING_ZEROS") || m.contains("Leading zeroes")) {
      return "a number may not start with 0 unless it is 0 or 0.something";
    }
    if (m.contains("ALLOW_UNQUOTED_CONTROL_CHARS") || m.contains("Illegal unquoted character")) {
      return "a control character must be written as an escape (such as \\n or \\u0007) inside a"
          + " string";
    }
    if (m.contains("ALLOW_UNQUOTED_FIELD_NAMES") || m.contains("double-quote to start field name")) {
      return "a key must be text in double quotes";
    }
    if (m.contains("Unexpected end-of-input")) {
      return "the document ends too early: an object, array or string is not closed";
    }
    if (m.startsWith("Unrecognized token")) {
      return "unrecognized word "
          + m.substring("Unrecognized token ".length()).replaceAll(":.*$", "")
          + ": expected a string in double quotes, a number, true, false or null";
    }
    if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF-16")) {
      return "the text is not valid Unicode";
    }
    // Anything else: keep Jackson's description of the character, drop parser advice.
    m = m.replaceAll("\\[Source: [^\\]]*\\]", "");
    m = m.replaceAll("\\s*[(:;,]?\\s*(enable|Feature|[A-Za-z]*ReadFeature)[^)]*\\)?", "");
    return m.trim();
  }

  /** Returns where the parser is, {@code " (line L, column C)"}, or "" if not known. */
  static String at(@Nullable JsonLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return String.format(
        Locale.ROOT, " (line %d, column %d)", location.getLineNr(), location.getColumnNr());
  }
}
