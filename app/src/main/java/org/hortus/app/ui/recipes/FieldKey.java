package org.hortus.app.ui.recipes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in the draft a problem is: the recipe ({@code stage} −1), a stage ({@code period} −1) or a
 * period, and a field of it ({@code ""} for the object as a whole).
 *
 * @param stage the stage's index, −1 for the recipe's own fields
 * @param period the period's index in its stage, −1 for the stage's own fields
 * @param field the field's dotted name, e.g. {@code co2.target}
 */
record FieldKey(int stage, int period, String field) {

  private static final Pattern PATH =
      Pattern.compile("stages\\[(\\d+)\\](?:\\.periods\\[(\\d+)\\])?(?:\\.(.+))?");

  static FieldKey recipe(String field) {
    return new FieldKey(-1, -1, field);
  }

  static FieldKey stage(int stage, String field) {
    return new FieldKey(stage, -1, field);
  }

  static FieldKey period(int stage, int period, String field) {
    return new FieldKey(stage, period, field);
  }

  /** The place of a reader's JSON path, e.g. {@code stages[1].periods[0].co2.target}. */
  static FieldKey ofJsonPath(String path) {
    Matcher m = PATH.matcher(path);
    if (!m.matches()) {
      return recipe(path.equals("stages") ? "" : path);
    }
    int stage = Integer.parseInt(m.group(1));
    String field = m.group(3) == null ? "" : m.group(3);
    if (m.group(2) == null) {
      return field.equals("periods") ? stage(stage, "") : stage(stage, field);
    }
    return period(stage, Integer.parseInt(m.group(2)), field);
  }
}
