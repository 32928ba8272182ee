package org.hortus.model.file;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.hortus.model.file.JsonNode.JsonArray;
import org.hortus.model.file.JsonNode.JsonNumber;
import org.hortus.model.file.JsonNode.JsonObject;
import org.hortus.model.file.JsonNode.JsonString;

/**
 * Reads the fields of one JSON object with their rules (required, type, range), reporting every
 * breach to its {@link Decoder}. Call {@link #done()} last: a field nobody asked for is an
 * unknown field, and a misspelt name must not pass silently.
 */
public final class FieldReader {

  private final Decoder decoder;
  private final JsonObject object;
  private final Set<String> read = new HashSet<>();

  FieldReader(Decoder decoder, JsonObject object) {
    this.decoder = decoder;
    this.object = object;
  }

  /** The object itself, to locate problems that concern several of its fields. */
  public JsonObject node() {
    return object;
  }

  public boolean has(String name) {
    return object.fields().containsKey(name);
  }

  /** A required number within {@code min…max}; NaN (after a recorded problem) if it is not. */
  public double number(String name, double min, double max, String unit) {
    return optionalNumber(name, min, max, unit).orElseGet(() -> missing(name, Double.NaN));
  }

  /** An optional number within {@code min…max}. */
  public Optional<Double> optionalNumber(String name, double min, double max, String unit) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof JsonNumber number)) {
      decoder.problem(node, "must be a number, was " + node.kind());
      return Optional.of(Double.NaN);
    }
    double value = number.value().doubleValue();
    if (value < min || value > max) {
      decoder.problem(
          node,
          "must be within " + format(min) + "…" + format(max) + suffix(unit) + ", was "
              + number.value().stripTrailingZeros().toPlainString());
    }
    return Optional.of(value);
  }

  /** A required whole number within {@code min…max}. */
  public int integer(String name, int min, int max, String unit) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return missing(name, 0);
    }
    if (!(node instanceof JsonNumber number)) {
      decoder.problem(node, "must be a whole number, was " + node.kind());
      return 0;
    }
    BigDecimal value = number.value();
    if (value.stripTrailingZeros().scale() > 0) {
      decoder.problem(node, "must be a whole number, was " + value.toPlainString());
      return 0;
    }
    if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      decoder.problem(
          node, "must be within " + min + "…" + max + suffix(unit) + ", was " + value.toPlainString());
      return 0;
    }
    return value.intValue();
  }

  /** An optional true/false, {@code fallback} when absent. */
  public boolean bool(String name, boolean fallback) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return fallback;
    }
    if (!(node instanceof JsonNode.JsonBoolean value)) {
      decoder.problem(node, "must be true or false, was " + node.kind());
      return fallback;
    }
    return value.value();
  }

  /** A required, non-blank text. */
  public String text(String name) {
    return optionalText(name).orElseGet(() -> missing(name, ""));
  }

  public Optional<String> optionalText(String name) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return Optional.empty();
    }
    if (!(node instanceof JsonString text)) {
      decoder.problem(node, "must be a text, was " + node.kind());
      return Optional.of("");
    }
    if (text.value().isBlank()) {
      decoder.problem(node, "must not be empty");
    }
    return Optional.of(text.value());
  }

  /**
   * A required text converted by {@code parser}; a parser failure (any runtime exception) is
   * reported as "must be {@code expected}".
   */
  public <T> Optional<T> parsed(String name, Function<String, T> parser, String expected) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return missing(name, Optional.empty());
    }
    if (!(node instanceof JsonString text)) {
      decoder.problem(node, "must be " + expected + ", was " + node.kind());
      return Optional.empty();
    }
    try {
      return Optional.of(parser.apply(text.value()));
    } catch (RuntimeException e) {
      decoder.problem(node, "must be " + expected + ", was \"" + text.value() + "\"");
      return Optional.empty();
    }
  }

  /** A required nested object. */
  public FieldReader object(String name) {
    return optionalObject(name).orElseGet(() -> missing(name, decoder.object(emptyAt(name))));
  }

  public Optional<FieldReader> optionalObject(String name) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    return node == null ? Optional.empty() : Optional.of(decoder.object(node));
  }

  /** A required array of objects, with at least {@code minItems} items. */
  public List<FieldReader> objects(String name, int minItems) {
    read.add(name);
    JsonNode node = object.fields().get(name);
    if (node == null) {
      return missing(name, List.of());
    }
    if (!(node instanceof JsonArray array)) {
      decoder.problem(node, "must be a list, was " + node.kind());
      return List.of();
    }
    if (array.items().size() < minItems) {
      decoder.problem(node, "must have at least " + minItems + " item" + (minItems == 1 ? "" : "s"));
    }
    List<FieldReader> readers = new ArrayList<>();
    for (JsonNode item : array.items()) {
      readers.add(decoder.object(item));
    }
    return readers;
  }

  /** The node of a field, to locate a problem found across fields. */
  public JsonNode nodeOf(String name) {
    JsonNode node = object.fields().get(name);
    return node == null ? object : node;
  }

  /** Records a problem at a field (or at this object if the field is absent). */
  public void problem(String name, String rule) {
    decoder.problem(nodeOf(name), rule);
  }

  /** Reports every field that no rule asked for. */
  public void done() {
    for (var field : object.fields().entrySet()) {
      if (!read.contains(field.getKey())) {
        List<String> known = read.stream().sorted().toList();
        decoder.problem(
            field.getValue(), "unknown field \"" + field.getKey() + "\" (known fields: " + String.join(", ", known) + ")");
      }
    }
  }

  private <T> T missing(String name, T placeholder) {
    decoder.problem(object, "missing required field \"" + name + "\"");
    return placeholder;
  }

  private JsonObject emptyAt(String name) {
    String path = object.path().isEmpty() ? name : object.path() + "." + name;
    return new JsonObject(path, object.line(), object.column(), java.util.Map.of());
  }

  private static String suffix(String unit) {
    return unit.isEmpty() ? "" : " " + unit;
  }

  private static String format(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
