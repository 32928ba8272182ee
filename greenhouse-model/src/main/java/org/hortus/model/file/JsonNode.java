package org.hortus.model.file;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so every rule can name the line,
 * column and path of what it refuses. Built by {@link LocatedJsonReader}.
 */
public sealed interface JsonNode {

  /** The path from the document root, e.g. {@code stages[1].periods[0].start}. */
  String path();

  int line();

  int column();

  /** What kind of value this is, for messages: "an object", "a number", … */
  String kind();

  /** A JSON object; field order is the file's. */
  record JsonObject(String path, int line, int column, Map<String, JsonNode> fields)
      implements JsonNode {
    public JsonObject {
      fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    @Override
    public String kind() {
      return "an object";
    }
  }

  /** A JSON array. */
  record JsonArray(String path, int line, int column, List<JsonNode> items) implements JsonNode {
    public JsonArray {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A JSON number, kept exact. */
  record JsonNumber(String path, int line, int column, BigDecimal value) implements JsonNode {
    @Override
    public String kind() {
      return "a number";
    }
  }

  /** A JSON string. */
  record JsonString(String path, int line, int column, String value) implements JsonNode {
    @Override
    public String kind() {
      return "a text";
    }
  }

  /** A JSON true or false. */
  record JsonBoolean(String path, int line, int column, boolean value) implements JsonNode {
    @Override
    public String kind() {
      return "true or false";
    }
  }

  /** A JSON null. */
  record JsonNull(String path, int line, int column) implements JsonNode {
    @Override
    public String kind() {
      return "null";
    }
  }
}
