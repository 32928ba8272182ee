package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and times in the operator's messages: dot decimals, local 24-h times. */
final class Texts {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  private Texts() {}

  static String fixed(double value, int decimals) {
    return org.hortus.model.control.Fmt.fixed(value, decimals);
  }

  /** One decimal, or two when the value needs them: {@code 6.0}, {@code 0.35}. */
  static String litresPerM2(double value) {
    return Math.abs(value * 10 - Math.rint(value * 10)) < 1e-9 ? fixed(value, 1) : fixed(value, 2);
  }

  static String clock(Instant instant, ZoneId zone) {
    return HH_MM.format(instant.atZone(zone));
  }

  /** {@code 30 min}, {@code 2 min 06 s}, {@code 45 s}. */
  static String duration(Duration d) {
    long minutes = d.toMinutes();
    int seconds = d.toSecondsPart();
    if (minutes == 0) {
      return seconds + " s";
    }
    return seconds == 0
        ? minutes + " min"
        : String.format(Locale.ROOT, "%d min %02d s", minutes, seconds);
  }
}
