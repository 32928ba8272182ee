package org.hortus.app.ui.recipes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What changed between two versions of a recipe, field by field, as an agronomist reads it: stage
 * and period by name, the field, the value before and after. Stages and periods are matched by
 * name (a renamed one shows as removed and added); numbers are compared by value ({@code 19} and
 * {@code 19.0} are the same). The id and version are left out: they differ by design.
 */
final class RecipeDiff {

  /**
   * One change.
   *
   * @param stage the stage's name, empty for the recipe's own fields
   * @param period the period's name, empty for the stage's own fields
   * @param field the field's dotted name ({@code co2.target}), empty when a whole stage or period
   *     was added or removed
   * @param before the value before, empty when added
   * @param after the value after, empty when removed
   */
  record Change(String stage, String period, String field, Optional<String> before, Optional<String> after) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  private static final Set<String> LEFT_OUT = Set.of("id", "version");

  private RecipeDiff() {}

  /** The changes from recipe file {@code before} to recipe file {@code after}. */
  static List<Change> between(String before, String after) {
    JsonNode old = parse(before);
    JsonNode now = parse(after);
    List<Change> changes = new ArrayList<>();
    fields(old, now, "", "", changes);
    Map<String, JsonNode> oldStages = byName(old.path("stages"));
    Map<String, JsonNode> newStages = byName(now.path("stages"));
    for (String stage : union(oldStages.keySet(), newStages.keySet())) {
      JsonNode a = oldStages.get(stage);
      JsonNode b = newStages.get(stage);
      if (a == null || b == null) {
        changes.add(whole(stage, "", a, b));
        continue;
      }
      fields(a, b, stage, "", changes);
      Map<String, JsonNode> oldPeriods = byName(a.path("periods"));
      Map<String, JsonNode> newPeriods = byName(b.path("periods"));
      for (String period : union(oldPeriods.keySet(), newPeriods.keySet())) {
        JsonNode pa = oldPeriods.get(period);
        JsonNode pb = newPeriods.get(period);
        if (pa == null || pb == null) {
          changes.add(whole(stage, period, pa, pb));
        } else {
          fields(pa, pb, stage, period, changes);
        }
      }
    }
    return changes;
  }

  private static Change whole(String stage, String period, JsonNode before, JsonNode after) {
    return new Change(stage, period, "", Optional.ofNullable(before).map(n -> ""), Optional.ofNullable(after).map(n -> ""));
  }

  /** Compares the scalar fields (nested objects flattened, lists left to the caller). */
  private static void fields(JsonNode a, JsonNode b, String stage, String period, List<Change> changes) {
    Map<String, String> before = flatten(a, "");
    Map<String, String> after = flatten(b, "");
    for (String field : union(before.keySet(), after.keySet())) {
      String x = before.get(field);
      String y = after.get(field);
      if (!same(x, y)) {
        changes.add(new Change(stage, period, field, Optional.ofNullable(x), Optional.ofNullable(y)));
      }
    }
  }

  private static Map<String, String> flatten(JsonNode node, String prefix) {
    Map<String, String> flat = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = prefix + field.getKey();
      if (prefix.isEmpty() && LEFT_OUT.contains(name) || field.getValue().isArray()) {
        continue;
      }
      if (field.getValue().isObject()) {
        flat.putAll(flatten(field.getValue(), name + "."));
      } else {
        flat.put(name, field.getValue().asText());
      }
    }
    return flat;
  }

  private static boolean same(String x, String y) {
    if (x == null || y == null) {
      return x == y;
    }
    if (RecipeForms.isNumber(x) && RecipeForms.isNumber(y)) {
      return new BigDecimal(x).compareTo(new BigDecimal(y)) == 0;
    }
    return x.equals(y);
  }

  private static Map<String, JsonNode> byName(JsonNode list) {
    Map<String, JsonNode> named = new LinkedHashMap<>();
    for (JsonNode item : list) {
      String name = item.path("name").asText();
      String key = name;
      for (int n = 2; named.containsKey(key); n++) {
        key = name + " (" + n + ")";
      }
      named.put(key, item);
    }
    return named;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a recipe file: " + e.getOriginalMessage(), e);
    }
  }
}
