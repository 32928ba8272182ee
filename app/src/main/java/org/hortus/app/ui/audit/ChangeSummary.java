package org.hortus.app.ui.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hortus.app.ui.Messages;

/**
 * An audit row's before and after state in one line: what was created, what was removed, or which
 * fields changed ({@code role: TECHNICIAN → AGRONOMIST}). Field names are translated where the
 * bundle knows them ({@code audit.field.*}); values are data and shown as stored, but for yes/no and role names. State that is
 * not a JSON object is shown as it is. Stateless.
 */
final class ChangeSummary {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_LENGTH = 240;

  private final Messages messages;

  ChangeSummary(Messages messages) {
    this.messages = messages;
  }

  String of(String beforeJson, String afterJson) {
    JsonNode before = parse(beforeJson);
    JsonNode after = parse(afterJson);
    String text;
    if (before == null || after == null) {
      text = messages.text("audit.change.raw", beforeJson, afterJson);
    } else if (before.isNull() && after.isObject()) {
      text = messages.text("audit.change.created", fields(after));
    } else if (before.isObject() && after.isNull()) {
      text = messages.text("audit.change.removed", fields(before));
    } else if (before.isObject() && after.isObject()) {
      List<String> changes = changes(before, after);
      text = changes.isEmpty() ? messages.text("audit.change.none") : String.join("; ", changes);
    } else {
      text = messages.text("audit.change.raw", beforeJson, afterJson);
    }
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "\u2026";
  }

  private List<String> changes(JsonNode before, JsonNode after) {
    Set<String> names = new LinkedHashSet<>();
    after.fieldNames().forEachRemaining(names::add);
    before.fieldNames().forEachRemaining(names::add);
    List<String> changes = new ArrayList<>();
    for (String name : names) {
      JsonNode was = before.path(name);
      JsonNode now = after.path(name);
      if (!was.equals(now)) {
        changes.add(messages.text("audit.change.field", field(name), value(was), value(now)));
      }
    }
    return changes;
  }

  private String fields(JsonNode object) {
    List<String> parts = new ArrayList<>();
    object.properties().forEach(property -> {
      if (!property.getValue().isNull()) {
        parts.add(messages.text("audit.change.value", field(property.getKey()), value(property.getValue())));
      }
    });
    return String.join(", ", parts);
  }

  private String field(String name) {
    String key = "audit.field." + name;
    return messages.has(key) ? messages.text(key) : name;
  }

  /** A stored value; yes/no and role names in the reader's language, the rest as stored. */
  private String value(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return "\u2014";
    }
    if (value.isBoolean()) {
      return messages.text(value.asBoolean() ? "audit.value.yes" : "audit.value.no");
    }
    if (value.isTextual()) {
      String word = value.asText().toLowerCase(java.util.Locale.ROOT);
      if (messages.has("role." + word)) {
        return messages.text("role." + word);
      }
      if (messages.has("audit.value." + word)) {
        return messages.text("audit.value." + word); // words the services store, e.g. password: reset
      }
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
