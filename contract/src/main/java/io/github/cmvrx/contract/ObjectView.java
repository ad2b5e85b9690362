package io.github.cmvrx.contract;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import io.github.cmvrx.core.validation.FieldError;
import io.github.cmvrx.core.validation.FieldRange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One JSON object being validated: typed access to its members by key, each problem recorded
 * in {@link Problems} under the member's path. A JSON {@code null} is the same as an absent key
 * ("not known"); a required member that is absent or null is an error.
 */
final class ObjectView {
  /** Whether a member must be present. */
  enum Presence {
    REQUIRED,
    OPTIONAL
  }

  private final String path;
  private final Map<String, Node> members;
  private final Problems problems;

  private ObjectView(String path, Map<String, Node> members, Problems problems) {
    this.path = path;
    this.members = members;
    this.problems = problems;
  }

  /** Returns a view of {@code node} at {@code path}, or records that it is not an object. */
  static Optional<ObjectView> of(String path, Node node, Problems problems) {
    if (node instanceof Node.ObjectNode o) {
      return Optional.of(new ObjectView(path, o.members(), problems));
    }
    problems.add(path, "expected a JSON object, got " + Text.describe(node));
    return Optional.empty();
  }

  /** Returns the path of member {@code key}. */
  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  String path() {
    return path;
  }

  /** Returns the member names, in document order. */
  java.util.Set<String> keys() {
    return members.keySet();
  }

  /** Records every key that is not in {@code accepted}, with a hint for a likely misspelling. */
  @CanIgnoreReturnValue
  ObjectView acceptOnly(String... accepted) {
    List<String> keys = Arrays.asList(accepted);
    for (String key : members.keySet()) {
      if (!keys.contains(key)) {
        String hint =
            keys.stream()
                .filter(k -> Text.editDistance(k, key) <= 2)
                .findFirst()
                .map(k -> " (did you mean \"" + k + "\"?)")
                .orElse("");
        problems.add(
            pathOf(key),
            "unknown key \""
                + Text.clip(key)
                + "\""
                + hint
                + "; accepted keys"
                + (path.isEmpty() ? "" : " in " + path)
                + ": "
                + String.join(", ", keys));
      }
    }
    return this;
  }

  /** Returns the member's value unless it is absent or null; records a missing required one. */
  Optional<Node> member(String key, Presence presence) {
    Node node = members.get(key);
    if (node == null || node == Node.NullNode.INSTANCE) {
      if (presence == Presence.REQUIRED) {
        problems.add(
            pathOf(key), node == null ? "required field is missing" : "required field is null");
      }
      return Optional.empty();
    }
    return Optional.of(node);
  }

  /** Returns whether the key is not in the object at all (null counts as present). */
  boolean isAbsentKey(String key) {
    return !members.containsKey(key);
  }

  /** Returns whether the member is absent or null. */
  boolean isAbsent(String key) {
    Node node = members.get(key);
    return node == null || node == Node.NullNode.INSTANCE;
  }

  Optional<ObjectView> object(String key, Presence presence) {
    return member(key, presence).flatMap(n -> of(pathOf(key), n, problems));
  }

  Optional<String> string(String key, Presence presence) {
    return member(key, presence).flatMap(n -> asString(pathOf(key), n));
  }

  Optional<Boolean> bool(String key) {
    Optional<Node> node = member(key, Presence.OPTIONAL);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof Node.BooleanNode b) {
      return Optional.of(b.value());
    }
    problems.add(pathOf(key), "expected true or false, got " + Text.describe(node.get()));
    return Optional.empty();
  }

  /** Returns the member as a number inside {@code range}, or records why it is not one. */
  OptionalDouble number(String key, Presence presence, FieldRange range) {
    Optional<Node> node = member(key, presence);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    return inRange(pathOf(key), node.get(), range);
  }

  /** Returns the member as a number without range check, or records why it is not one. */
  OptionalDouble rawNumber(String key, Presence presence) {
    Optional<Node> node = member(key, presence);
    if (node.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (node.get() instanceof Node.NumberNode n) {
      return OptionalDouble.of(n.value());
    }
    problems.add(pathOf(key), "expected a number, got " + Text.describe(node.get()));
    return OptionalDouble.empty();
  }

  /** Returns the member as a whole number inside {@code range}, or records why it is not one. */
  OptionalInt wholeNumber(String key, Presence presence, FieldRange range) {
    Optional<Node> node = member(key, presence);
    if (node.isEmpty()) {
      return OptionalInt.empty();
    }
    OptionalDouble value = inRange(pathOf(key), node.get(), range);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    double v = value.getAsDouble();
    if (v != Math.rint(v)) {
      problems.add(
          pathOf(key),
          "expected a whole number of "
              + range.unit()
              + ", got "
              + Text.describe(node.get())
              + "; accepted range "
              + range.describe());
      return OptionalInt.empty();
    }
    return OptionalInt.of((int) v);
  }

  /** Returns the member as a constant of {@code type} by its lower-case name. */
  <E extends Enum<E>> Optional<E> enumValue(String key, Presence presence, Class<E> type) {
    return member(key, presence).flatMap(n -> asEnum(pathOf(key), n, type));
  }

  /**
   * Returns the member as a list of distinct constants of {@code type}; an absent or null list
   * is empty; duplicates are errors.
   */
  <E extends Enum<E>> Optional<List<E>> enumList(
      String key, Presence presence, Class<E> type, String itemNoun) {
    Optional<Node> node = member(key, presence);
    if (node.isEmpty()) {
      return presence == Presence.REQUIRED ? Optional.empty() : Optional.of(List.of());
    }
    if (!(node.get() instanceof Node.ArrayNode array)) {
      problems.add(pathOf(key), "expected a list, got " + Text.describe(node.get()));
      return Optional.empty();
    }
    int before = problems.size();
    List<E> values = new ArrayList<>();
    List<Node> items = array.items();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = pathOf(key) + "[" + i + "]";
      Optional<E> value = asEnum(itemPath, items.get(i), type);
      if (value.isPresent()) {
        int earlier = values.indexOf(value.get());
        if (earlier >= 0) {
          problems.add(
              itemPath,
              "duplicate "
                  + itemNoun
                  + " \""
                  + Text.jsonName(value.get())
                  + "\": already given at ["
                  + indexOf(items, value.get(), type)
                  + "]");
        }
      }
      value.ifPresent(values::add);
    }
    return problems.size() == before ? Optional.of(List.copyOf(values)) : Optional.empty();
  }

  private static <E extends Enum<E>> int indexOf(List<Node> items, E value, Class<E> type) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) instanceof Node.StringNode s
          && s.value().equals(Text.jsonName(value))) {
        return i;
      }
    }
    return -1;
  }

  /** Returns the member as one of the given strings, or records the accepted ones. */
  <T> Optional<T> choice(String key, Presence presence, Map<String, T> accepted) {
    return member(key, presence).flatMap(n -> asChoice(pathOf(key), n, accepted));
  }

  <T> Optional<T> asChoice(String at, Node node, Map<String, T> accepted) {
    Optional<String> s = asString(at, node);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    T value = accepted.get(s.get());
    if (value == null) {
      problems.add(
          at,
          "value \""
              + Text.clip(s.get())
              + "\" is not one of the accepted values: "
              + String.join(", ", accepted.keySet()));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private Optional<String> asString(String at, Node node) {
    if (node instanceof Node.StringNode s) {
      return Optional.of(s.value());
    }
    problems.add(at, "expected a string, got " + Text.describe(node));
    return Optional.empty();
  }

  /**
   * Each enum type's constants by JSON name, in declaration order, built once per type (building
   * it on every enum field read was a hot spot of reading a case); never modified.
   */
  private static final ClassValue<Map<String, ?>> BY_JSON_NAME =
      new ClassValue<>() {
        @Override
        protected Map<String, ?> computeValue(Class<?> type) {
          Map<String, Object> byName = new LinkedHashMap<>();
          for (Object constant : type.getEnumConstants()) {
            byName.putIfAbsent(Text.jsonName((Enum<?>) constant), constant);
          }
          return Collections.unmodifiableMap(byName);
        }
      };

  private <E extends Enum<E>> Optional<E> asEnum(String at, Node node, Class<E> type) {
    @SuppressWarnings("unchecked") // built from type's own constants
    Map<String, E> byName = (Map<String, E>) BY_JSON_NAME.get(type);
    return asChoice(at, node, byName);
  }

  /** Returns an enum type's constants by JSON name, in declaration order (never modified). */
  static Map<String, ?> jsonNames(Class<?> type) {
    return BY_JSON_NAME.get(type);
  }

  private OptionalDouble inRange(String at, Node node, FieldRange range) {
    if (!(node instanceof Node.NumberNode n)) {
      problems.add(
          at,
          "expected a number, got " + Text.describe(node) + "; accepted range " + range.describe());
      return OptionalDouble.empty();
    }
    Optional<FieldError> error = range.check(n.value());
    if (error.isPresent()) {
      problems.add(at, error.get().message());
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(n.value());
  }
}
