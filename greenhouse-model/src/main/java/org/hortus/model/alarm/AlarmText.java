package org.hortus.model.alarm;

import java.time.Duration;
import org.hortus.model.control.Fmt;

/** Wording of values and durations in transition messages. */
final class AlarmText {

  private AlarmText() {}

  /** {@code 31.24, "°C"} → {@code "31.2 °C"}. */
  static String value(double value, String unit) {
    return unit.isEmpty() ? Fmt.f1(value) : Fmt.f1(value) + " " + unit;
  }

  /**
   * {@code PT10M} → {@code "10 min"}, {@code PT2H} → {@code "2 h"}, {@code PT45S} → {@code "45 s"}.
   */
  static String duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + " h";
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return seconds / 60 + " min";
    }
    return seconds + " s";
  }

  /** A rounded time ahead: {@code "about 25 min"}, {@code "about 4 h"}, {@code "about 3 d"}. */
  static String about(Duration ahead) {
    long minutes = Math.max(1, Math.round(ahead.toSeconds() / 60.0));
    if (minutes < 90) {
      return "about " + minutes + " min";
    }
    long hours = Math.round(minutes / 60.0);
    if (hours < 48) {
      return "about " + hours + " h";
    }
    return "about " + Math.round(hours / 24.0) + " d";
  }
}
