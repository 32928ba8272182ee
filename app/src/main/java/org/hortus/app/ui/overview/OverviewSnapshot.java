package org.hortus.app.ui.overview;

import java.util.List;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.control.Because;

/**
 * One refresh of the overview: every greenhouse, the weather station and the flood watch.
 *
 * @param houses the greenhouses in the park's order
 * @param weather the park's weather station
 * @param flood the drainage basin and the flood warning
 */
public record OverviewSnapshot(List<HouseSummary> houses, Weather weather, Flood flood) {

  public OverviewSnapshot {
    houses = List.copyOf(houses);
  }

  /**
   * The weather station; NaN where not known.
   *
   * @param outsideCelsius outside temperature
   * @param relativeHumidityPercent outside relative humidity
   * @param radiationWattsPerM2 global radiation
   * @param windMetresPerSecond wind speed
   * @param rainMillimetresPerHour rain intensity
   */
  public record Weather(
      double outsideCelsius,
      double relativeHumidityPercent,
      double radiationWattsPerM2,
      double windMetresPerSecond,
      double rainMillimetresPerHour) {}

  /**
   * The flood watch.
   *
   * @param drainLevelMillimetres the drainage basin's water level (NaN if not known)
   * @param rainGaugeMillimetresPerHour the park's rain gauge (NaN if not known)
   * @param state whether the flood alarm is active
   * @param message the flood alarm's latest words in English, e.g. "drain level 1000 mm steady …"
   * @param words the same words for the console to translate
   */
  public record Flood(
      double drainLevelMillimetres,
      double rainGaugeMillimetresPerHour,
      FloodState state,
      String message,
      Because words) {

    /** A flood watch whose words are known only as plain text (shown as written). */
    public Flood(
        double drainLevelMillimetres,
        double rainGaugeMillimetresPerHour,
        FloodState state,
        String message) {
      this(
          drainLevelMillimetres,
          rainGaugeMillimetresPerHour,
          state,
          message,
          Because.of(AlarmPhrase.TEXT, message));
    }
  }

  /** Whether the flood warning stands. */
  public enum FloodState {
    /** Not known: the park has no flood alarm, or no drain level has come in. */
    UNKNOWN,
    CLEAR,
    WARNING
  }
}
