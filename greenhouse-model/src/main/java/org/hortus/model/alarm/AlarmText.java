package org.hortus.model.alarm;

import java.time.Duration;
import org.hortus.model.control.Because;

/** Wording of values and durations in transition messages. */
final class AlarmText {

  private AlarmText() {}

  /** {@code 31.24, "°C"} → {@code "31.2 °C"}. */
  static Because value(double value, String unit) {
    return unit.isEmpty()
        ? Because.of(AlarmPhrase.VALUE_WITHOUT_UNIT, value)
        : Because.of(AlarmPhrase.VALUE, value, unit);
  }

  /**
   * {@code PT10M} → {@code "10 min"}, {@code PT2H} → {@code "2 h"}, {@code PT45S} → {@code "45 s"}.
   */
  static Because duration(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds != 0 && seconds % 3600 == 0) {
      return Because.of(AlarmPhrase.DURATION_HOURS, seconds / 3600);
    }
    if (seconds != 0 && seconds % 60 == 0) {
      return Because.of(AlarmPhrase.DURATION_MINUTES, seconds / 60);
    }
    return Because.of(AlarmPhrase.DURATION_SECONDS, seconds);
  }

  /** A rounded time ahead: {@code "about 25 min"}, {@code "about 4 h"}, {@code "about 3 d"}. */
  static Because about(Duration ahead) {
    long minutes = Math.max(1, Math.round(ahead.toSeconds() / 60.0));
    if (minutes < 90) {
      return Because.of(AlarmPhrase.ABOUT_MINUTES, minutes);
    }
    long hours = Math.round(minutes / 60.0);
    if (hours < 48) {
      return Because.of(AlarmPhrase.ABOUT_HOURS, hours);
    }
    return Because.of(AlarmPhrase.ABOUT_DAYS, Math.round(hours / 24.0));
  }

  /** Words given as plain text. */
  static Because text(String text) {
    return Because.of(AlarmPhrase.TEXT, String.valueOf(text));
  }
}
