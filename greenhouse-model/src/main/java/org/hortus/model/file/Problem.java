package org.hortus.model.file;

/**
 * One thing wrong with a park or recipe file, located so a person can find and fix it.
 *
 * @param file the file's name as the user gave it
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param jsonPath where in the document, e.g. {@code stages[1].periods[2].heatingTemperature}
 * @param rule the rule broken, in words
 */
public record Problem(String file, int line, int column, String jsonPath, String rule) {

  /** {@code tomato.json:12:7: stages[1].periods[2].heatingTemperature: must be …}. */
  public String message() {
    String where = line > 0 ? file + ":" + line + ":" + column : file;
    return jsonPath.isEmpty() ? where + ": " + rule : where + ": " + jsonPath + ": " + rule;
  }

  @Override
  public String toString() {
    return message();
  }
}
