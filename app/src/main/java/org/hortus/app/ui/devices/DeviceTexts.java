package org.hortus.app.ui.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.app.ui.Messages;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.Quality;

/** The devices page's words for states, qualities, numbers, times and ages ({@code devices.*}). */
final class DeviceTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Messages messages;
  private final Clock clock;

  DeviceTexts(Messages messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String text(String key, Object... args) {
    return messages.text("devices." + key, args);
  }

  String state(ConnectionState state) {
    return text("state." + state.name());
  }

  String quality(Optional<Quality> quality) {
    return quality.map(q -> text("quality." + q.name())).orElse(text("quality.none"));
  }

  /** An engineering value; a dash when there is none (NaN, as a BAD value carries). */
  String value(double value) {
    return Double.isFinite(value) ? text("value", value) : text("none");
  }

  String raw(OptionalDouble raw) {
    return raw.isPresent() ? text("raw", raw.getAsDouble()) : text("none");
  }

  /** A time of day in the console's zone, with the date when it is not today. */
  String time(Instant instant) {
    ZoneId zone = clock.getZone();
    boolean today = LocalDate.ofInstant(instant, zone).equals(LocalDate.now(clock));
    return (today ? TIME : DATE_TIME).format(instant.atZone(zone));
  }

  /** How long ago: seconds below two minutes, minutes below two hours, else hours. */
  String age(Duration age) {
    long seconds = Math.max(0, age.toSeconds());
    if (seconds < 120) {
      return text("age.seconds", seconds);
    }
    if (seconds < 7200) {
      return text("age.minutes", seconds / 60);
    }
    return text("age.hours", seconds / 3600);
  }

  String since(Instant since) {
    return text("since", time(since), age(Duration.between(since, clock.instant())));
  }
}
