package org.hortus.model.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When a schedule starts: a local time of day on the dates of its recurrence, within its validity.
 *
 * <p>Daylight saving time: a start time that falls in the spring-forward gap moves later by the
 * length of the gap (02:30 becomes 03:30 in Europe); a start time that occurs twice on the
 * fall-back day runs once, at its first (summer-time) occurrence.
 *
 * @param recurrence the dates it recurs on
 * @param validity the dates it is valid on
 * @param timeOfDay local start time
 */
public record ScheduleTiming(Recurrence recurrence, Validity validity, LocalTime timeOfDay) {

  public ScheduleTiming {
    Objects.requireNonNull(recurrence, "recurrence");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(timeOfDay, "timeOfDay");
  }

  /** Every day at this time, always valid. */
  public static ScheduleTiming daily(LocalTime timeOfDay) {
    return new ScheduleTiming(Recurrence.daily(), Validity.ALWAYS, timeOfDay);
  }

  /** The start instants on the local dates {@code from} to {@code to}, both included, in order. */
  public List<ZonedDateTime> starts(LocalDate from, LocalDate to, ZoneId zone) {
    List<ZonedDateTime> starts = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (validity.contains(day) && recurrence.occursOn(day)) {
        starts.add(ZonedDateTime.of(day, timeOfDay, zone));
      }
    }
    return starts;
  }
}
