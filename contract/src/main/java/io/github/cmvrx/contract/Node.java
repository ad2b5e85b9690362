package io.github.cmvrx.contract;

import java.util.List;
import java.util.Map;

/** A parsed JSON value: a small immutable tree, so that validation can report every problem. */
sealed interface Node {

  /**
   * Returns the JSON type name for messages.
   *
   * @return "object", "array", "string", "number", "boolean" or "null"
   */
  String typeName();

  /** A JSON object; members in document order, the first of duplicate keys kept. */
  record ObjectNode(Map<String, Node> members) implements Node {
    public ObjectNode {
      members = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(members));
    }

    @Override
    public String typeName() {
      return "object";
    }
  }

  /** A JSON array. */
  record ArrayNode(List<Node> items) implements Node {
    public ArrayNode {
      items = List.copyOf(items);
    }

    @Override
    public String typeName() {
      return "array";
    }
  }

  /** A JSON string. */
  record StringNode(String value) implements Node {
    @Override
    public String typeName() {
      return "string";
    }
  }

  /**
   * A JSON number: its text as written and its value as a double (infinite when it overflows).
   */
  record NumberNode(String text, double value) implements Node {
    @Override
    public String typeName() {
      return "number";
    }
  }

  /** A JSON boolean. */
  record BooleanNode(boolean value) implements Node {
    @Override
    public String typeName() {
      return "boolean";
    }
  }

  /** The JSON null. */
  enum NullNode implements Node {
    INSTANCE;

    @Override
    public String typeName() {
      return "null";
    }
  }
}
