package org.hortus.model.recipe;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a recipe period begins: a clock time in the park's time zone, or an offset from sunrise
 * or sunset (recomputed every day). Written in files as {@code "22:00"}, {@code "sunrise"},
 * {@code "sunrise-60min"} or {@code "sunset+30min"}.
 */
public sealed interface PeriodStart {

  /** A fixed local clock time. */
  record ClockTime(LocalTime time) implements PeriodStart {
    @Override
    public String toString() {
      return time.format(DateTimeFormatter.ofPattern("HH:mm"));
    }
  }

  /** An offset in minutes (negative: before) from sunrise or sunset. */
  record SunRelative(SunEvent event, int offsetMinutes) implements PeriodStart {
    public SunRelative {
      if (Math.abs(offsetMinutes) > 12 * 60) {
        throw new IllegalArgumentException("offset must be within ±12 h, was " + offsetMinutes + " min");
      }
    }

    @Override
    public String toString() {
      String name = event.name().toLowerCase(java.util.Locale.ROOT);
      if (offsetMinutes == 0) {
        return name;
      }
      return name + (offsetMinutes > 0 ? "+" : "-") + Math.abs(offsetMinutes) + "min";
    }
  }

  /** The sun events a period can follow. */
  enum SunEvent {
    SUNRISE,
    SUNSET
  }

  Pattern SUN = Pattern.compile("(sunrise|sunset)(?:([+-])(\\d{1,3})min)?");
  Pattern CLOCK = Pattern.compile("([01]\\d|2[0-3]):([0-5]\\d)");

  /** The form files use; what {@link #toString()} prints parses back to an equal value. */
  String FORMAT = "a clock time \"HH:mm\" or \"sunrise\"/\"sunset\" with an optional offset such as \"-60min\"";

  /**
   * Parses a start as written in a recipe file.
   *
   * @throws IllegalArgumentException naming the accepted forms
   */
  static PeriodStart parse(String text) {
    Matcher clock = CLOCK.matcher(text);
    if (clock.matches()) {
      return new ClockTime(
          LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2))));
    }
    Matcher sun = SUN.matcher(text);
    if (sun.matches()) {
      SunEvent event = sun.group(1).equals("sunrise") ? SunEvent.SUNRISE : SunEvent.SUNSET;
      int offset = sun.group(2) == null ? 0 : Integer.parseInt(sun.group(3));
      return new SunRelative(event, "-".equals(sun.group(2)) ? -offset : offset);
    }
    throw new IllegalArgumentException("\"" + text + "\" is not " + FORMAT);
  }
}
