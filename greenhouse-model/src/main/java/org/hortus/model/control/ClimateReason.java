package org.hortus.model.control;

import static org.hortus.model.control.Phrase.Arg.COUNT;
import static org.hortus.model.control.Phrase.Arg.F0;
import static org.hortus.model.control.Phrase.Arg.F1;
import static org.hortus.model.control.Phrase.Arg.F2;
import static org.hortus.model.control.Phrase.Arg.PHRASE;
import static org.hortus.model.control.Phrase.Arg.TIME;

import java.util.List;

/** Everything the climate controller says about why an actuator does what it does. */
public enum ClimateReason implements Phrase {
  /** Words given as plain text, shown as written. */
  TEXT("text", "{0}", Arg.TEXT),

  HEATING_AIR("heating.air", "air {0} °C, heating setpoint {1} °C", F1, F1),
  HEATING_HUMIDITY("heating.humidity", "minimum pipe for humidity: {0}", PHRASE),

  HUMIDITY_RH("humidity.rh", "RH {0} % (limit {1} %)", F0, F0),
  HUMIDITY_DEFICIT("humidity.deficit", "HD {0} g/m³ (minimum {1} g/m³)", F1, F1),
  HUMIDITY_VPD("humidity.vpd", "VPD {0} kPa (band {1}–{2} kPa)", F2, F2, F2),
  HUMIDITY_UNKNOWN("humidity.unknown", "humidity unknown"),

  VENTILATION_AIR("ventilation.air", "air {0} °C, ventilation setpoint {1} °C", F1, F1),
  VENTILATION_HUMIDITY("ventilation.humidity", "humidity: {0}", PHRASE),
  VENTILATION_WIND("ventilation.wind", "limited by wind {0} m/s", F1),
  VENTILATION_SCHEDULE("ventilation.schedule", "schedule '{0}' until {1}", Arg.TEXT, TIME),

  SENSOR_AIR("sensor.air", "air temperature sensor"),
  SENSOR_WIND("sensor.wind", "wind sensor"),
  SENSOR_CO2("sensor.co2", "CO2 sensor"),
  FALLBACK_HOLDING("fallback.holding", "{0} unusable for {1} s: holding last output", PHRASE, COUNT),
  FALLBACK_SAFE("fallback.safe", "{0} unusable for {1} s: safe output", PHRASE, COUNT),

  CO2_SENSOR_UNUSABLE("co2.sensor-unusable", "CO2 sensor unusable: dosing stopped"),
  CO2_DOSING("co2.dosing", "CO2 {0} ppm, target {1} ppm", F0, F0),
  CO2_DOSING_REDUCED(
      "co2.dosing-reduced", "CO2 {0} ppm, target {1} ppm (reduced: vents {2} % > {3} %)", F0, F0, F0, F0),
  CO2_DAILY_LIMIT("co2.daily-limit", "daily CO2 limit {0} kg reached", F0),

  SCREENS_WEATHER_UNUSABLE("screens.weather-unusable", "weather station unusable: holding screens"),
  ENERGY_SCREEN_OPEN("screens.energy-open", "open: outside {0} °C, radiation {1} W/m²", F1, F0),
  ENERGY_SCREEN_NIGHT("screens.energy-night", "closed: outside {0} °C below {1} °C at night", F1, F1),
  ENERGY_SCREEN_COLD_DAY(
      "screens.energy-cold-day",
      "closed: outside {0} °C below {1} °C and the sun keeps air under heating + 4 K", F1, F1),
  ENERGY_SCREEN_HUMIDITY_GAP("screens.humidity-gap", "humidity gap {0} %: {1}", F0, PHRASE),
  SHADE_SCREEN_OPEN("screens.shade-open", "open"),
  SHADE_SCREEN_CLOSED("screens.shade-closed", "closed: radiation {0} W/m² above {1} W/m²", F0, F0),
  SHADE_SCREEN_NO_RULE("screens.shade-no-rule", "open: no shade rule in this period"),

  LAMPS_NONE("lamps.none", "no lamps in this period"),
  LAMPS_OUTSIDE_HOURS("lamps.outside-hours", "outside lamp hours {0}–{1}", TIME, TIME),
  LAMPS_INTEGRAL_REACHED("lamps.integral-reached", "light integral {0} mol/m² reached", F1),
  LAMPS_RADIATION_UNUSABLE("lamps.radiation-unusable", "radiation sensor unusable: holding lamps"),
  LAMPS_ON(
      "lamps.on", "radiation {0} W/m² below {1} W/m², light so far {2} of {3} mol/m²", F0, F0, F1, F1),
  LAMPS_OFF(
      "lamps.off", "radiation {0} W/m² above {1} W/m², light so far {2} of {3} mol/m²", F0, F0, F1, F1),

  OVERRIDE("override", "set by {0} until {1}: {2}", Arg.TEXT, TIME, Arg.TEXT),
  BEATS_OVERRIDE("beats-override", "{0} (beats manual override: {1})", PHRASE, PHRASE),

  STORM("interlock.storm", "storm: wind {0} m/s above {1} m/s", F1, F1),
  STORM_HOLD(
      "interlock.storm-hold",
      "storm hold: wind below {0} m/s for {1} of {2} min (peak {3} m/s)", F1, COUNT, COUNT, F1),
  FROST("interlock.frost", "frost: air {0} °C below {1} °C", F1, F1),
  RAIN("interlock.rain", "rain: windward vents at most {0} %", F0);

  private final String key;
  private final String english;
  private final List<Arg> args;

  ClimateReason(String key, String english, Arg... args) {
    this.key = key;
    this.english = english;
    this.args = List.of(args);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String english() {
    return english;
  }

  @Override
  public List<Arg> args() {
    return args;
  }
}
