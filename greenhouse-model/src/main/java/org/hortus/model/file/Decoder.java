package org.hortus.model.file;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one file while its objects are decoded, so a file with several
 * mistakes reports all of them at once. Decoding goes on past a problem with a placeholder value;
 * {@link #throwIfAny} then refuses the whole file, so nothing of it is applied.
 */
public final class Decoder {

  private final String fileName;
  private final List<Problem> problems = new ArrayList<>();

  public Decoder(String fileName) {
    this.fileName = fileName;
  }

  /** Reads {@code text} and returns its root as an object to decode. */
  public static FieldReader root(Decoder decoder, String text) throws InvalidFileException {
    return decoder.object(LocatedJsonReader.read(decoder.fileName, text));
  }

  /** Views {@code node} as an object; records a problem (and returns an empty view) if not. */
  public FieldReader object(JsonNode node) {
    if (node instanceof JsonNode.JsonObject object) {
      return new FieldReader(this, object);
    }
    problem(node, "must be an object, was " + node.kind());
    return new FieldReader(this, new JsonNode.JsonObject(node.path(), node.line(), node.column(), java.util.Map.of()));
  }

  /** Records that {@code node} breaks {@code rule}. */
  public void problem(JsonNode node, String rule) {
    problems.add(new Problem(fileName, node.line(), node.column(), node.path(), rule));
  }

  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  public String fileName() {
    return fileName;
  }

  /** Refuses the file if anything was wrong, listing every problem in file order. */
  public void throwIfAny() throws InvalidFileException {
    if (!problems.isEmpty()) {
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new InvalidFileException(sorted);
    }
  }
}
