package org.hortus.model.schedule;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One concrete run of a schedule: [start, end) on the time line. The end is the start plus the
 * run's duration in elapsed time, so a run across a daylight-saving change lasts as long as any
 * other.
 *
 * @param schedule the schedule it comes from
 * @param start when it starts (local date, time and offset)
 * @param end when it ends, never before the start
 * @param <S> the kind of schedule
 */
public record Occurrence<S extends Schedule>(S schedule, ZonedDateTime start, ZonedDateTime end) {

  private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

  public Occurrence {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("occurrence ends before it starts: " + start + " " + end);
    }
  }

  /** Elapsed time from start to end. */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /** Whether the two runs share some time: [a, b) and [c, d) overlap when a < d and c < b. */
  public boolean overlaps(ZonedDateTime otherStart, ZonedDateTime otherEnd) {
    return start.isBefore(otherEnd) && otherStart.isBefore(end);
  }

  /** {@code 14:00–14:30}, local times. */
  public String span() {
    return HH_MM.format(start) + "–" + HH_MM.format(end);
  }
}
