package org.hortus.model.alarm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The hours people are expected on site, in the park's time zone. An alarm with working hours
 * counts its condition only outside them (a door opened at night).
 *
 * @param from local start, inclusive
 * @param until local end, exclusive; earlier than {@code from} for a span across midnight
 * @param zone the park's time zone
 * @param days the days on which the hours apply (the day {@code from} falls on); all other days are
 *     outside working hours
 */
public record WorkingHours(LocalTime from, LocalTime until, ZoneId zone, Set<DayOfWeek> days) {

  public WorkingHours {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(zone, "zone");
    if (from.equals(until)) {
      throw new IllegalArgumentException("working hours from " + from + " until the same time");
    }
    days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
  }

  /** The same hours every day of the week. */
  public static WorkingHours daily(LocalTime from, LocalTime until, ZoneId zone) {
    return new WorkingHours(from, until, zone, EnumSet.allOf(DayOfWeek.class));
  }

  /** Whether {@code at} lies within working hours. */
  public boolean contains(Instant at) {
    ZonedDateTime local = at.atZone(zone);
    LocalTime time = local.toLocalTime();
    if (from.isBefore(until)) {
      return days.contains(local.getDayOfWeek()) && !time.isBefore(from) && time.isBefore(until);
    }
    if (!time.isBefore(from)) {
      return days.contains(local.getDayOfWeek());
    }
    return time.isBefore(until) && days.contains(local.getDayOfWeek().minus(1));
  }
}
