package org.hortus.app.alarm;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.control.Because;
import org.hortus.model.control.ClimateReason;
import org.hortus.model.control.Phrase;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.JsonNode;
import org.hortus.model.file.LocatedJsonReader;

/**
 * A {@link Because} as compact JSON for the alarm history: {@code ["alarm.above", ["alarm.value",
 * 31.2, "°C"], …]}, a phrase's key then its arguments, nested reasons as nested arrays. Numbers
 * that JSON cannot hold (NaN, infinities) are written as text. Reading gives nothing for text it
 * does not know (a key of another version, damaged text), so the caller shows the stored English.
 */
public final class WordsJson {

  private static final Map<String, Phrase> PHRASES = new HashMap<>();

  static {
    Stream.of(ClimateReason.values(), AlarmPhrase.values(), ParkAlarmPhrase.values())
        .flatMap(Stream::of)
        .forEach(p -> PHRASES.put(p.key(), p));
  }

  private WordsJson() {}

  /** Every phrase the history may hold, by key. */
  public static Map<String, Phrase> phrases() {
    return Map.copyOf(PHRASES);
  }

  /** {@code words} as JSON. */
  public static String write(Because words) {
    StringBuilder json = new StringBuilder();
    write(json, words);
    return json.toString();
  }

  /** The words stored as {@code json}, if they can be read. */
  public static Optional<Because> read(String json) {
    if (json == null || json.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(because(LocatedJsonReader.read("words", json)));
    } catch (InvalidFileException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  private static void write(StringBuilder json, Because words) {
    json.append('[');
    string(json, words.key());
    List<Phrase.Arg> kinds = words.phrase().args();
    for (int i = 0; i < kinds.size(); i++) {
      json.append(',');
      Object arg = words.args().get(i);
      switch (kinds.get(i)) {
        case F0, F1, F2 -> number(json, ((Number) arg).doubleValue());
        case COUNT -> json.append(((Number) arg).longValue());
        case PHRASE -> write(json, (Because) arg);
        case TEXT, TIME, INSTANT -> string(json, String.valueOf(arg));
      }
    }
    json.append(']');
  }

  private static void number(StringBuilder json, double value) {
    if (Double.isFinite(value)) {
      json.append(value);
    } else {
      string(json, String.valueOf(value));
    }
  }

  private static void string(StringBuilder json, String text) {
    json.append('"').append(JsonStringEncoder.getInstance().quoteAsString(text)).append('"');
  }

  private static Because because(JsonNode node) {
    List<JsonNode> items = ((JsonNode.JsonArray) node).items();
    Phrase phrase = PHRASES.get(((JsonNode.JsonString) items.getFirst()).value());
    if (phrase == null) {
      throw new IllegalArgumentException("unknown phrase");
    }
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < phrase.args().size(); i++) {
      JsonNode item = items.get(i + 1);
      args.add(
          switch (phrase.args().get(i)) {
            case F0, F1, F2 -> number(item);
            case COUNT -> ((JsonNode.JsonNumber) item).value().longValueExact();
            case TEXT -> ((JsonNode.JsonString) item).value();
            case TIME -> LocalTime.parse(((JsonNode.JsonString) item).value());
            case INSTANT -> Instant.parse(((JsonNode.JsonString) item).value());
            case PHRASE -> because(item);
          });
    }
    return new Because(phrase, args);
  }

  private static double number(JsonNode item) {
    return item instanceof JsonNode.JsonString text
        ? Double.parseDouble(text.value())
        : ((JsonNode.JsonNumber) item).value().doubleValue();
  }
}
