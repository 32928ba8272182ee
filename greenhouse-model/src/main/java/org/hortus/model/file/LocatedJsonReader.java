package org.hortus.model.file;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hortus.model.file.JsonNode.JsonArray;
import org.hortus.model.file.JsonNode.JsonBoolean;
import org.hortus.model.file.JsonNode.JsonNull;
import org.hortus.model.file.JsonNode.JsonNumber;
import org.hortus.model.file.JsonNode.JsonObject;
import org.hortus.model.file.JsonNode.JsonString;

/**
 * Reads JSON text into {@link JsonNode}s that carry their line, column and path. Strict: a
 * duplicate key or trailing content is a problem, as is malformed JSON.
 */
public final class LocatedJsonReader {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private LocatedJsonReader() {}

  /** Parses {@code text}; malformed JSON is reported as one problem at its place. */
  public static JsonNode read(String fileName, String text) throws InvalidFileException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new InvalidFileException(List.of(new Problem(fileName, 1, 1, "", "the file is empty")));
      }
      JsonNode root = readValue(parser, "");
      if (parser.nextToken() != null) {
        throw problem(fileName, parser.currentTokenLocation(), "unexpected content after the document");
      }
      return root;
    } catch (JsonParseException e) {
      JsonLocation at = e.getLocation();
      throw problem(fileName, at, "malformed JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new InvalidFileException(
          List.of(new Problem(fileName, 0, 0, "", "cannot be read: " + e.getMessage())));
    }
  }

  private static InvalidFileException problem(String fileName, JsonLocation at, String rule) {
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : Math.max(0, at.getColumnNr());
    return new InvalidFileException(List.of(new Problem(fileName, line, column, "", rule)));
  }

  private static JsonNode readValue(JsonParser parser, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          fields.put(name, readValue(parser, path.isEmpty() ? name : path + "." + name));
        }
        yield new JsonObject(path, line, column, fields);
      }
      case START_ARRAY -> {
        List<JsonNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(readValue(parser, path + "[" + items.size() + "]"));
        }
        yield new JsonArray(path, line, column, items);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          new JsonNumber(path, line, column, parser.getDecimalValue());
      case VALUE_STRING -> new JsonString(path, line, column, parser.getText());
      case VALUE_TRUE -> new JsonBoolean(path, line, column, true);
      case VALUE_FALSE -> new JsonBoolean(path, line, column, false);
      case VALUE_NULL -> new JsonNull(path, line, column);
      default -> throw new JsonParseException(parser, "unexpected " + parser.currentToken());
    };
  }
}
