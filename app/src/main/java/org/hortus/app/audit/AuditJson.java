package org.hortus.app.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the small JSON objects stored as an audit row's before and after state, with fields in the
 * order they were put, so the same state always gives the same text.
 */
public final class AuditJson {

  /** The JSON literal for "no such state". */
  public static final String NONE = "null";

  private final Map<String, Object> fields = new LinkedHashMap<>();

  private AuditJson() {}

  public static AuditJson object() {
    return new AuditJson();
  }

  /**
   * Adds a field: a {@link String}, {@link Number}, {@link Boolean}, {@link Instant} (written as
   * ISO-8601 text), an enum (its name) or {@code null}.
   */
  public AuditJson put(String name, Object value) {
    fields.put(name, value);
    return this;
  }

  @Override
  public String toString() {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      if (json.length() > 1) {
        json.append(',');
      }
      string(json, field.getKey());
      json.append(':');
      value(json, field.getValue());
    }
    return json.append('}').toString();
  }

  private static void value(StringBuilder json, Object value) {
    switch (value) {
      case null -> json.append("null");
      case Number number -> json.append(number);
      case Boolean bool -> json.append(bool);
      case Enum<?> constant -> string(json, constant.name());
      default -> string(json, value.toString());
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20) {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    json.append('"');
  }
}
