package org.hortus.model.sim.weather;

/** One line of an EPW file split into fields, with 1-based field access and located errors. */
final class EpwFields {

  private final String file;
  private final int line;
  private final String text;
  private final String[] fields;

  EpwFields(String file, int line, String text) {
    this.file = file;
    this.line = line;
    this.text = text;
    this.fields = text == null ? new String[0] : text.split(",", -1);
  }

  String text() {
    return text;
  }

  int line() {
    return line;
  }

  int size() {
    return fields.length;
  }

  String quoted() {
    if (text == null) {
      return "end of file";
    }
    return "'" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "'";
  }

  EpwFormatException fault(String problem) {
    return new EpwFormatException(file, line, problem);
  }

  void requireFields(int count) {
    if (fields.length < count) {
      throw fault("expected " + count + " fields, found " + fields.length);
    }
  }

  String string(int field) {
    return fields[field - 1].trim();
  }

  /** A required number within [min, max]. */
  double number(int field, String name, double min, double max) {
    String raw = fields[field - 1].trim();
    double value;
    try {
      value = Double.parseDouble(raw);
    } catch (NumberFormatException e) {
      throw fault("field " + field + " (" + name + "): '" + raw + "' is not a number");
    }
    if (!(value >= min && value <= max)) {
      throw fault("field " + field + " (" + name + "): " + raw + " is outside " + min + "–" + max);
    }
    return value;
  }

  /** A number within [min, max], or NaN if blank or at least the EPW missing-value code. */
  double optional(int field, String name, double min, double max, double missingCode) {
    if (field > fields.length || fields[field - 1].isBlank()) {
      return Double.NaN;
    }
    String raw = fields[field - 1].trim();
    try {
      if (Double.parseDouble(raw) >= missingCode) {
        return Double.NaN;
      }
    } catch (NumberFormatException e) {
      throw fault("field " + field + " (" + name + "): '" + raw + "' is not a number");
    }
    return number(field, name, min, max);
  }

  /** A required number that must not carry the missing-value code. */
  double required(int field, String name, double min, double max, double missingCode) {
    double value = optional(field, name, min, max, missingCode);
    if (Double.isNaN(value)) {
      throw fault(
          "field " + field + " (" + name + "): value missing ('" + fields[field - 1].trim() + "')");
    }
    return value;
  }

  int integer(int field, String name, int min, int max) {
    String raw = fields[field - 1].trim();
    int value;
    try {
      value = Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      throw fault("field " + field + " (" + name + "): '" + raw + "' is not a whole number");
    }
    if (value < min || value > max) {
      throw fault("field " + field + " (" + name + "): " + raw + " is outside " + min + "–" + max);
    }
    return value;
  }
}
