package io.github.cmvrx.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A test helper: parses one JSON document into maps, lists, strings, doubles and booleans. */
final class Json {
  private Json() {}

  private static final JsonFactory FACTORY = new JsonFactory();

  /** Parses a document that must be exactly one JSON object. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      p.nextToken();
      Object value = value(p);
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("content after the document: " + json);
      }
      return (Map<String, Object>) value;
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + json, e);
    }
  }

  private static Object value(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT:
        {
          Map<String, Object> m = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            m.put(name, value(p));
          }
          return m;
        }
      case START_ARRAY:
        {
          List<Object> l = new ArrayList<>();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            l.add(value(p));
          }
          return l;
        }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return true;
      case VALUE_FALSE:
        return false;
      case VALUE_NULL:
        return "null";
      default:
        throw new IllegalArgumentException("unexpected " + t);
    }
  }
}
