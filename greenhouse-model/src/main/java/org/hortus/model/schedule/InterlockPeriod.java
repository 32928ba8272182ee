package org.hortus.model.schedule;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Set;

/**
 * A span of time in which a safety interlock holds the vents, e.g. a storm interlock while the wind
 * was above its limit, with the hold time after it.
 *
 * @param name what holds, e.g. {@code storm interlock}
 * @param reason why, e.g. {@code wind 19 m/s}
 * @param from when it started
 * @param until when it released (exclusive)
 * @param greenhouseIds the greenhouses it holds; empty for the whole park
 */
public record InterlockPeriod(
    String name,
    String reason,
    ZonedDateTime from,
    ZonedDateTime until,
    Set<String> greenhouseIds) {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public InterlockPeriod {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reason, "reason");
    greenhouseIds = Set.copyOf(greenhouseIds);
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(name + " ends before it starts: " + from + " " + until);
    }
  }

  /** An interlock on every greenhouse of the park (a storm seen by the park's weather station). */
  public static InterlockPeriod parkWide(
      String name, String reason, ZonedDateTime from, ZonedDateTime until) {
    return new InterlockPeriod(name, reason, from, until, Set.of());
  }

  /** Whether it holds this greenhouse. */
  public boolean covers(String greenhouseId) {
    return greenhouseIds.isEmpty() || greenhouseIds.contains(greenhouseId);
  }

  /** {@code storm interlock 14:00–14:40 (wind 19 m/s)}. */
  public String describe() {
    return name + " " + HH_MM.format(from) + "–" + HH_MM.format(until) + " (" + reason + ")";
  }
}
