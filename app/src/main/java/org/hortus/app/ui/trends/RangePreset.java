package org.hortus.app.ui.trends;

import java.time.Duration;
import java.util.Locale;

/** The ranges a trend offers with one click, each ending now; texts under {@code trends.preset.*}. */
public enum RangePreset {
  HOUR(Duration.ofHours(1)),
  DAY(Duration.ofHours(24)),
  WEEK(Duration.ofDays(7)),
  MONTH(Duration.ofDays(30)),
  YEAR(Duration.ofDays(365));

  private final Duration length;

  RangePreset(Duration length) {
    this.length = length;
  }

  public Duration length() {
    return length;
  }

  /** The message key of its button, e.g. {@code trends.preset.hour}. */
  public String messageKey() {
    return "trends.preset." + name().toLowerCase(Locale.ROOT);
  }
}
