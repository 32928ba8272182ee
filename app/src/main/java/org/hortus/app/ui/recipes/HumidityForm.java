package org.hortus.app.ui.recipes;

import java.util.List;

/** The three forms a period's humidity limit can take; a period uses exactly one. */
enum HumidityForm {
  MAX_RELATIVE_HUMIDITY(List.of("humidity.rhMax")),
  MIN_HUMIDITY_DEFICIT(List.of("humidity.humidityDeficitMin")),
  VPD_BAND(List.of("humidity.vpdMin", "humidity.vpdMax"));

  private final List<String> fields;

  HumidityForm(List<String> fields) {
    this.fields = fields;
  }

  /** The field names this form writes. */
  List<String> fields() {
    return fields;
  }

  String labelKey() {
    return "recipes.humidity." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
