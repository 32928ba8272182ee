package org.hortus.app.ui.recipes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a recipe file's text into the editor's forms and the forms back into a recipe file. A
 * number field holding a number is written as a JSON number; holding anything else it is written as
 * a text, so the recipe reader refuses it at its place. An empty optional field is left out.
 */
final class RecipeForms {

  private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?");
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RecipeForms() {}

  /** Whether {@code text} is a number as a recipe file writes it ({@code 19.5}, {@code -3}). */
  static boolean isNumber(String text) {
    return JSON_NUMBER.matcher(text).matches();
  }

  /** Parses a recipe file's text (already found valid) into forms. */
  static RecipeDraftForms read(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a stored recipe is not JSON: " + e.getOriginalMessage(), e);
    }
    FormFields recipe = new FormFields(FieldSpec.RECIPE);
    fill(recipe, root);
    List<StageForm> stages = new ArrayList<>();
    for (JsonNode stageNode : root.path("stages")) {
      StageForm stage = new StageForm();
      fill(stage, stageNode);
      List<PeriodForm> periods = new ArrayList<>();
      for (JsonNode periodNode : stageNode.path("periods")) {
        PeriodForm period = new PeriodForm();
        fill(period, periodNode);
        JsonNode humidity = periodNode.path("humidity");
        period.humidityForm().set(humidity.has("humidityDeficitMin") ? HumidityForm.MIN_HUMIDITY_DEFICIT
            : humidity.has("vpdMin") || humidity.has("vpdMax") ? HumidityForm.VPD_BAND
            : HumidityForm.MAX_RELATIVE_HUMIDITY);
        period.lamps().set(periodNode.has("light"));
        periods.add(period);
      }
      stage.periods().setAll(periods);
      stages.add(stage);
    }
    return new RecipeDraftForms(root.path("id").asText(), recipe, stages);
  }

  private static void fill(FormFields form, JsonNode node) {
    for (FieldSpec spec : form.specs()) {
      JsonNode value = node;
      for (String part : spec.name().split("\\.")) {
        value = value.path(part);
      }
      form.text(spec.name()).set(value.isMissingNode() || value.isNull() ? "" : value.asText());
    }
  }

  /** Writes the forms as a recipe file declaring {@code version}. */
  static String write(String recipeId, int version, FormFields recipe, List<StageForm> stages) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", recipeId);
    root.put("version", version);
    put(root, recipe, spec -> true);
    ArrayNode stageArray = root.putArray("stages");
    for (StageForm stage : stages) {
      ObjectNode stageNode = stageArray.addObject();
      put(stageNode, stage, spec -> true);
      ArrayNode periodArray = stageNode.putArray("periods");
      for (PeriodForm period : stage.periods()) {
        ObjectNode periodNode = periodArray.addObject();
        put(periodNode, period, spec -> period.uses(spec.name()));
        if (!periodNode.has("humidity")) {
          periodNode.putObject("humidity"); // its form's fields empty: the reader says which
        }
      }
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of texts and numbers always writes", e);
    }
  }

  private static void put(ObjectNode node, FormFields form, java.util.function.Predicate<FieldSpec> used) {
    for (FieldSpec spec : form.specs()) {
      if (!used.test(spec)) {
        continue;
      }
      String text = form.value(spec.name());
      if (text.isEmpty() && (spec.optional() || spec.kind() != FieldSpec.Kind.TEXT && spec.kind() != FieldSpec.Kind.START)) {
        continue; // optional: left out; required: the reader reports it missing (the editor says so first)
      }
      String[] parts = spec.name().split("\\.");
      ObjectNode parent = node;
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      String field = parts[parts.length - 1];
      boolean numeric = spec.kind() == FieldSpec.Kind.NUMBER || spec.kind() == FieldSpec.Kind.WHOLE_NUMBER;
      if (numeric && isNumber(text)) {
        parent.put(field, new BigDecimal(text));
      } else {
        parent.put(field, text);
      }
    }
  }
}
