package io.github.cmvrx.contract;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.contract.CaseField.Kind;
import io.github.cmvrx.contract.ObjectView.Presence;
import io.github.cmvrx.core.model.PatientCase;
import io.github.cmvrx.core.quantity.CreatinineUnit;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.FieldRange;
import io.github.cmvrx.core.validation.InvalidFieldsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one case document in a single pass of the streaming parser, with no tree: each member
 * whose key is in {@link CaseField} is kept in that field's slot, then every field is checked in
 * table order and the case is built. The errors and their order are those of the contract: first
 * what the parser found (syntax, limits, duplicate keys, invalid Unicode), then per object its
 * unknown keys, then its fields. One instance reads one document.
 */
final class CaseReader {
  /** The serum creatinine units by their contract spelling. */
  private static final Map<String, CreatinineUnit> UNITS = unitsBySymbol();

  /** Marks a slot whose value was an object (the object's members are in their own slots). */
  private static final Node OBJECT = new Node.ObjectNode(Map.of());

  /** Marks a slot whose value was an array where no array is read. */
  private static final Node ARRAY = new Node.ArrayNode(List.of());

  private static final Node TRUE = new Node.BooleanNode(true);
  private static final Node FALSE = new Node.BooleanNode(false);

  private static final Node.StringNode[][] KNOWN = knownNames();

  /** How many fields there are (counted once: {@code values()} copies its array each call). */
  private static final int FIELD_COUNT = CaseField.values().length;

  private final Problems problems = new Problems();
  /**
   * One slot per field, by ordinal. After parsing: what the document gave (a {@link Node}, a
   * {@link Double} for a number in a number field, a {@code List<Node>} for a list), null if
   * absent. After checking: the field's checked value, null if absent or not valid.
   */
  private final @Nullable Object[] slots = new Object[FIELD_COUNT];
  /** The unknown keys of each object, in document order; made on the first one. */
  private @Nullable Map<CaseSection, Set<String>> unknown;
  private boolean rootIsObject = true;

  private CaseReader() {}

  /** Reads a whole document held in memory. */
  static JsonResult<PatientCase> read(String document) {
    return new CaseReader().readDocument(document);
  }

  /** Returns the refusal of a document that could not be read as text at all. */
  static JsonResult<PatientCase> failed(FieldError error) {
    return new JsonResult.Invalid<>(Optional.empty(), List.of(error));
  }

  private JsonResult<PatientCase> readDocument(String document) {
    Optional<FieldError> unreadable = parse(document);
    if (unreadable.isPresent()) {
      return failed(unreadable.get());
    }
    return checkAndBuild();
  }

  // ---------------------------------------------------------------------------------------
  // Pass 1: the parser's tokens into slots.

  /** Parses the document into the slots; returns the one error that stops reading, if any. */
  private Optional<FieldError> parse(String document) {
    if (document.length() > JsonLimits.MAX_DOCUMENT_CHARS) {
      return Optional.of(DocumentReader.tooLargeError());
    }
    String text =
        !document.isEmpty() && document.charAt(0) == '\uFEFF' ? document.substring(1) : document;
    JsonParser parser;
    try {
      parser = DocumentReader.FACTORY.createParser(text);
    } catch (IOException e) {
      return Optional.of(DocumentReader.error("$", "not valid JSON: " + e.getMessage()));
    }
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.of(DocumentReader.error("$", "empty input: expected a JSON object"));
      }
      @Nullable Node rootNotObject = null;
      if (first == JsonToken.START_OBJECT) {
        readObject(parser, CaseSection.ROOT);
      } else {
        rootNotObject = skipValue(parser, "");
      }
      if (parser.nextToken() != null) {
        return Optional.of(
            DocumentReader.error(
                "$",
                "unexpected content after the end of the JSON document"
                    + DocumentReader.at(parser.currentLocation())));
      }
      if (rootNotObject != null) {
        problems.add("", "expected a JSON object, got " + Text.describe(rootNotObject));
        rootIsObject = false;
      }
      return Optional.empty();
    } catch (StreamConstraintsException e) {
      return Optional.of(
          DocumentReader.error(
              DocumentReader.fieldPath(parser),
              DocumentReader.limitMessage(e, parser.currentLocation())));
    } catch (JsonProcessingException e) {
      return Optional.of(
          DocumentReader.error(
              DocumentReader.fieldPath(parser),
              "not valid JSON: "
                  + DocumentReader.plainMessage(e)
                  + DocumentReader.at(e.getLocation())));
    } catch (IOException e) {
      return Optional.of(
          DocumentReader.error(
              DocumentReader.fieldPath(parser), "not valid JSON: " + e.getMessage()));
    }
  }

  /** Reads the members of a section's object; the parser is at its START_OBJECT. */
  private void readObject(JsonParser p, CaseSection section) throws IOException {
    CaseField[] fields = CaseField.of(section);
    @Nullable Set<String> seenUnknown = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      if (DocumentReader.firstUnpairedSurrogate(name) >= 0) {
        String rawName = name;
        name = DocumentReader.withoutUnpairedSurrogates(rawName);
        problems.add(DocumentReader.unicodeError(rawName, section.pathOf(name), "the key"));
      }
      p.nextToken();
      CaseField field = find(fields, name);
      if (field != null && slots[field.ordinal()] == null) {
        slots[field.ordinal()] = readField(p, field);
      } else if (field != null) {
        skipValue(p, field.path());
        duplicate(field.path(), name);
      } else {
        String path = section.pathOf(name);
        skipValue(p, path);
        if (seenUnknown == null) {
          seenUnknown = new LinkedHashSet<>();
          if (unknown == null) {
            unknown = new EnumMap<>(CaseSection.class);
          }
          unknown.put(section, seenUnknown);
        }
        if (!seenUnknown.add(name)) {
          duplicate(path, name);
        }
      }
    }
  }

  private static @Nullable CaseField find(CaseField[] fields, String name) {
    for (CaseField f : fields) {
      if (f.key().equals(name)) {
        return f;
      }
    }
    return null;
  }

  private void duplicate(String path, String name) {
    problems.add(path, "duplicate key \"" + Text.clip(name) + "\": each key may appear only once");
  }

  /** Reads the value of a known field; the parser is at its first token. */
  private Object readField(JsonParser p, CaseField field) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT && field.kind() == Kind.OBJECT) {
      CaseSection child = field.spec().child();
      readObject(p, requireNonNull(child));
      return OBJECT;
    }
    if (token == JsonToken.START_ARRAY && field.kind() == Kind.ENUM_LIST) {
      List<Node> items = new ArrayList<>(4);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        // An item (index >= 0) is always read as a Node.
        items.add((Node) scalarOrSkip(p, field, field.path(), items.size()));
      }
      return items;
    }
    return scalarOrSkip(p, field, field.path(), -1);
  }

  /**
   * Reads a scalar at {@code path} (item {@code index} of it, or the field itself if -1); an
   * object or array is walked (for its problems) and marked by its type.
   */
  private Object scalarOrSkip(JsonParser p, @Nullable CaseField field, String path, int index)
      throws IOException {
    switch (p.currentToken()) {
      case VALUE_STRING:
        {
          Node.StringNode known = field == null ? null : known(p, field);
          return known != null ? known : string(p, path, index);
        }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return number(p, field, index);
      case VALUE_TRUE:
        return TRUE;
      case VALUE_FALSE:
        return FALSE;
      case VALUE_NULL:
        return Node.NullNode.INSTANCE;
      default:
        return skipValue(p, itemPath(path, index));
    }
  }

  private Node.StringNode string(JsonParser p, String path, int index) throws IOException {
    String text = p.getText();
    if (DocumentReader.firstUnpairedSurrogate(text) < 0) {
      return new Node.StringNode(text);
    }
    problems.add(DocumentReader.unicodeError(text, itemPath(path, index), "the string"));
    return new Node.StringNode(DocumentReader.withoutUnpairedSurrogates(text));
  }

  private static String itemPath(String path, int index) {
    return index < 0 ? path : path + "[" + index + "]";
  }

  /**
   * Walks a value that is not kept, reporting what the parser reports anywhere in a document
   * (duplicate keys, invalid Unicode); returns a node that describes it in a message.
   */
  @CanIgnoreReturnValue
  private Node skipValue(JsonParser p, String path) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Set<String> keys = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String rawName = p.currentName();
        String name = DocumentReader.withoutUnpairedSurrogates(rawName);
        String childPath = path.isEmpty() ? name : path + "." + name;
        if (DocumentReader.firstUnpairedSurrogate(rawName) >= 0) {
          problems.add(DocumentReader.unicodeError(rawName, childPath, "the key"));
        }
        p.nextToken();
        skipValue(p, childPath);
        if (!keys.add(name)) {
          duplicate(childPath, name);
        }
      }
      return OBJECT;
    }
    if (token == JsonToken.START_ARRAY) {
      int i = 0;
      while (p.nextToken() != JsonToken.END_ARRAY) {
        skipValue(p, path + "[" + i++ + "]");
      }
      return ARRAY;
    }
    // Without a field, a number is read as a Node.
    return (Node) scalarOrSkip(p, null, path, -1);
  }

  /**
   * Returns the number the parser is at: in a number field, the value itself (a range message
   * quotes the value, never the text); elsewhere, or a whole-number field's fraction, a node
   * with its text for the message.
   */
  private static Object number(JsonParser p, @Nullable CaseField field, int index)
      throws IOException {
    double value = p.getDoubleValue();
    boolean quotedNever =
        field != null
            && index < 0
            && (field.kind() == Kind.NUMBER
                || field.kind() == Kind.CREATININE_VALUE
                || (field.kind() == Kind.WHOLE && value == Math.rint(value)));
    return quotedNever ? (Object) value : new Node.NumberNode(p.getText(), value);
  }

  /**
   * Returns the shared node of a string that is one of the names a field accepts, compared in
   * the parser's buffer so that no string is made; null if it is none of them.
   */
  private static Node.@Nullable StringNode known(JsonParser p, CaseField field) throws IOException {
    Node.StringNode[] names = KNOWN[field.ordinal()];
    if (names.length == 0) {
      return null;
    }
    char[] buffer = p.getTextCharacters();
    int offset = p.getTextOffset();
    int length = p.getTextLength();
    for (Node.StringNode name : names) {
      String s = name.value();
      if (s.length() == length && regionEquals(buffer, offset, s)) {
        return name;
      }
    }
    return null;
  }

  private static boolean regionEquals(char[] buffer, int offset, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (buffer[offset + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The names each field accepts (enum names, units), as shared nodes, by field ordinal. */
  private static Node.StringNode[][] knownNames() {
    CaseField[] fields = CaseField.values();
    Node.StringNode[][] known = new Node.StringNode[fields.length][];
    for (CaseField f : fields) {
      Map<String, ?> names =
          f.kind() == Kind.UNIT
              ? UNITS
              : f.kind() == Kind.ENUM || f.kind() == Kind.ENUM_LIST
                  ? enumNames(f)
                  : Map.of();
      known[f.ordinal()] =
          names.keySet().stream().map(Node.StringNode::new).toArray(Node.StringNode[]::new);
    }
    return known;
  }

  // ---------------------------------------------------------------------------------------
  // Pass 2: every field checked in table order, then the case built.

  private JsonResult<PatientCase> checkAndBuild() {
    if (!rootIsObject) {
      return new JsonResult.Invalid<>(Optional.empty(), problems.list());
    }
    checkSection(CaseSection.ROOT);
    Object id = slots[CaseField.ID.ordinal()];
    Optional<String> echo = id instanceof String s ? Optional.of(s) : Optional.empty();
    if (!problems.isEmpty()) {
      return new JsonResult.Invalid<>(echo, problems.list());
    }
    try {
      return new JsonResult.Valid<>((PatientCase) build(CaseSection.ROOT));
    } catch (InvalidFieldsException e) {
      problems.addAll(e.errors());
    } catch (IllegalArgumentException e) {
      // A rule of the model that no field check above knows: still an error, never a crash.
      problems.add("$", String.valueOf(e.getMessage()));
    }
    return new JsonResult.Invalid<>(echo, problems.list());
  }

  /**
   * Checks one object: its unknown keys, then its fields. A creatinine unit is checked before
   * its value (the value's range depends on it), and nested objects after the other fields.
   */
  private void checkSection(CaseSection section) {
    Set<String> unknownKeys = unknown == null ? null : unknown.get(section);
    CaseField[] fields = CaseField.of(section);
    if (unknownKeys != null) {
      for (String key : unknownKeys) {
        problems.add(section.pathOf(key), unknownKeyMessage(section, key, fields));
      }
    }
    for (CaseField f : fields) {
      if (f.kind() == Kind.UNIT) {
        check(f);
      }
    }
    for (CaseField f : fields) {
      if (f.kind() != Kind.UNIT && f.kind() != Kind.OBJECT) {
        check(f);
      }
    }
    for (CaseField f : fields) {
      if (f.kind() == Kind.OBJECT) {
        check(f);
      }
    }
  }

  private static String unknownKeyMessage(CaseSection section, String key, CaseField[] fields) {
    String hint = "";
    List<String> keys = new ArrayList<>(fields.length);
    for (CaseField f : fields) {
      keys.add(f.key());
      if (hint.isEmpty() && Text.editDistance(f.key(), key) <= 2) {
        hint = " (did you mean \"" + f.key() + "\"?)";
      }
    }
    return "unknown key \""
        + Text.clip(key)
        + "\""
        + hint
        + "; accepted keys"
        + (section.path().isEmpty() ? "" : " in " + section.path())
        + ": "
        + String.join(", ", keys);
  }

  private void check(CaseField f) {
    Object given = slots[f.ordinal()];
    // An id that was not valid Unicode (or was given twice) is never echoed.
    boolean idInvalid = f == CaseField.ID && problems.hasField(f.path());
    @Nullable Object value = null;
    if (given == null || given == Node.NullNode.INSTANCE) {
      if (f.presence() == Presence.REQUIRED) {
        problems.add(
            f.path(), given == null ? "required field is missing" : "required field is null");
      }
    } else {
      value = value(f, given);
    }
    if (idInvalid) {
      value = null;
    }
    slots[f.ordinal()] = value;
    boolean isGiven = given != null && given != Node.NullNode.INSTANCE;
    problems.addAll(f.joinedRules(isGiven, value, slots));
  }

  /** Returns the checked value of a given field, or null after recording why it is not valid. */
  private @Nullable Object value(CaseField f, Object node) {
    switch (f.kind()) {
      case VERSION:
        {
          Object s = string(f, node);
          if (s != null) {
            ContractVersion.problem((String) s).ifPresent(m -> problems.add(f.path(), m));
          }
          return s;
        }
      case STRING:
        return string(f, node);
      case OBJECT:
        {
          if (node != OBJECT) {
            problems.add(f.path(), "expected a JSON object, got " + describe(node));
            return null;
          }
          CaseSection child = requireNonNull(f.spec().child());
          int before = problems.size();
          checkSection(child);
          return problems.size() == before ? child : null;
        }
      case NUMBER:
        return inRange(f.path(), node, requireNonNull(f.spec().range()));
      case WHOLE:
        return whole(f.path(), node, requireNonNull(f.spec().range()));
      case BOOLEAN:
        if (node instanceof Node.BooleanNode b) {
          return b.value();
        }
        problems.add(f.path(), "expected true or false, got " + describe(node));
        return null;
      case ENUM:
        return oneOf(f.path(), node, enumNames(f));
      case ENUM_LIST:
        return list(f, node);
      case UNIT:
        return oneOf(f.path(), node, UNITS);
      case CREATININE_VALUE:
        {
          CaseField unitField =
              f == CaseField.SERUM_CREATININE_VALUE
                  ? CaseField.SERUM_CREATININE_UNIT
                  : CaseField.BASELINE_UNIT;
          Object unit = slots[unitField.ordinal()];
          if (unit instanceof CreatinineUnit u) {
            return inRange(
                f.path(), node, requireNonNull(f.spec().rangeByUnit()).apply(u));
          }
          if (node instanceof Double d) {
            return d;
          }
          problems.add(f.path(), "expected a number, got " + describe(node));
          return null;
        }
    }
    throw new AssertionError(f.kind());
  }

  private @Nullable Object string(CaseField f, Object node) {
    if (node instanceof Node.StringNode s) {
      return s.value();
    }
    problems.add(f.path(), "expected a string, got " + describe(node));
    return null;
  }

  private @Nullable Double inRange(String path, Object node, FieldRange range) {
    Double value =
        node instanceof Double d
            ? d
            : node instanceof Node.NumberNode n ? Double.valueOf(n.value()) : null;
    if (value == null) {
      problems.add(
          path, "expected a number, got " + describe(node) + "; accepted range " + range.describe());
      return null;
    }
    Optional<FieldError> error = range.check(value);
    if (error.isPresent()) {
      problems.add(path, error.get().message());
      return null;
    }
    return value;
  }

  /** Describes a given value as a message quotes it (a bare number only in a number field). */
  private static String describe(Object given) {
    return given instanceof Node n ? Text.describe(n) : "number " + given;
  }

  private @Nullable Object whole(String path, Object node, FieldRange range) {
    Double value = inRange(path, node, range);
    if (value == null) {
      return null;
    }
    double v = value;
    if (v != Math.rint(v)) {
      problems.add(
          path,
          "expected a whole number of "
              + range.unit()
              + ", got "
              + describe(node)
              + "; accepted range "
              + range.describe());
      return null;
    }
    return (int) v;
  }

  private @Nullable Object oneOf(String path, Object node, Map<String, ?> accepted) {
    if (!(node instanceof Node.StringNode s)) {
      problems.add(path, "expected a string, got " + describe(node));
      return null;
    }
    Object value = accepted.get(s.value());
    if (value == null) {
      problems.add(
          path,
          "value \""
              + Text.clip(s.value())
              + "\" is not one of the accepted values: "
              + String.join(", ", accepted.keySet()));
    }
    return value;
  }

  private static Map<String, ?> enumNames(CaseField f) {
    return ObjectView.jsonNames(requireNonNull(f.spec().type()));
  }

  /** Returns a list of distinct constants, or null after recording each bad or repeated item. */
  private @Nullable Object list(CaseField f, Object node) {
    if (!(node instanceof List<?> items)) {
      problems.add(f.path(), "expected a list, got " + describe(node));
      return null;
    }
    Map<String, ?> names = enumNames(f);
    int before = problems.size();
    List<Object> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      Object item = requireNonNull(items.get(i));
      Object value = item instanceof Node.StringNode s ? names.get(s.value()) : null;
      if (value == null) {
        // Only now the item's path: a valid list makes no strings.
        value = oneOf(f.path() + "[" + i + "]", item, names);
      }
      if (value != null) {
        int earlier = out.indexOf(value);
        if (earlier >= 0) {
          problems.add(
              f.path() + "[" + i + "]",
              "duplicate "
                  + f.spec().itemNoun()
                  + " \""
                  + Text.jsonName((Enum<?>) value)
                  + "\": already given at ["
                  + firstIndex(items, Text.jsonName((Enum<?>) value))
                  + "]");
        }
        out.add(value);
      }
    }
    return problems.size() == before ? out : null;
  }

  private static int firstIndex(List<?> items, String name) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Node.StringNode s && s.value().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Builds a section's value from its checked fields, through the model's builder. */
  private Object build(CaseSection section) {
    Object builder = section.newBuilder();
    for (CaseField f : CaseField.of(section)) {
      Object value = slots[f.ordinal()];
      if (value == null) {
        continue;
      }
      if (f.kind() == Kind.OBJECT) {
        value = build(requireNonNull(f.spec().child()));
      }
      f.set(builder, value);
    }
    return section.build(builder);
  }

  private static Map<String, CreatinineUnit> unitsBySymbol() {
    Map<String, CreatinineUnit> units = new LinkedHashMap<>();
    for (CreatinineUnit u : CreatinineUnit.values()) {
      units.put(u.symbol(), u);
    }
    return units;
  }
}
