package org.hortus.app.ui.recipes;

import java.util.List;

/**
 * One field of the recipe editor: its JSON name relative to its object (nested objects dotted, as
 * {@code co2.target}), what it holds, and whether it may stay empty. The names are those of the
 * recipe file ({@code docs/recipes.md}), so a reader's problem at a JSON path finds its field; the
 * label's message key is {@code recipes.field.<name>}.
 *
 * @param name e.g. {@code heatingTemperature}, {@code irrigation.shotVolume}
 * @param kind what may be typed
 * @param optional whether an empty field is left out of the file rather than refused
 */
record FieldSpec(String name, Kind kind, boolean optional) {

  /** What a field holds. */
  enum Kind {
    TEXT,
    NUMBER,
    WHOLE_NUMBER,
    START
  }

  /** The node id part of this field: dots become dashes ({@code co2-target}). */
  String idPart() {
    return name.replace('.', '-');
  }

  String labelKey() {
    return "recipes.field." + name;
  }

  private static FieldSpec text(String name) {
    return new FieldSpec(name, Kind.TEXT, false);
  }

  private static FieldSpec number(String name) {
    return new FieldSpec(name, Kind.NUMBER, false);
  }

  private static FieldSpec whole(String name) {
    return new FieldSpec(name, Kind.WHOLE_NUMBER, false);
  }

  static final List<FieldSpec> RECIPE = List.of(text("crop"), text("source"));

  static final List<FieldSpec> STAGE = List.of(
      text("name"),
      whole("fromDay"),
      new FieldSpec("untilDay", Kind.WHOLE_NUMBER, true),
      whole("irrigation.startAfterSunrise"),
      number("irrigation.radiationSumPerShot"),
      whole("irrigation.minIntervalMinutes"),
      whole("irrigation.maxIntervalMinutes"),
      number("irrigation.shotVolume"),
      whole("irrigation.stopBeforeSunset"),
      number("irrigation.maxDailyVolume"));

  /** The humidity fields, of which the period's humidity form shows one or two. */
  static final List<FieldSpec> HUMIDITY = List.of(
      number("humidity.rhMax"),
      number("humidity.humidityDeficitMin"),
      number("humidity.vpdMin"),
      number("humidity.vpdMax"));

  /** The lamp fields, shown when the period uses lamps. */
  static final List<FieldSpec> LIGHT = List.of(number("light.onBelowRadiation"), number("light.dailyLightIntegral"));

  static final List<FieldSpec> PERIOD = List.of(
      text("name"),
      new FieldSpec("start", Kind.START, false),
      whole("rampMinutes"),
      number("heatingTemperature"),
      number("ventilationTemperature"),
      HUMIDITY.get(0), HUMIDITY.get(1), HUMIDITY.get(2), HUMIDITY.get(3),
      number("co2.target"),
      number("co2.reducedTarget"),
      number("co2.reduceAboveVentOpening"),
      number("screens.energyScreenBelowOutsideTemperature"),
      number("screens.energyScreenBelowRadiation"),
      new FieldSpec("screens.shadeScreenAboveRadiation", Kind.NUMBER, true),
      number("screens.humidityGap"),
      LIGHT.get(0), LIGHT.get(1));
}
