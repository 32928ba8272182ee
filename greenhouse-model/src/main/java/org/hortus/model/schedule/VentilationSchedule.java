package org.hortus.model.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fixed vent opening on one greenhouse, e.g. morning airing to dry the crop: the vents open to a
 * given percentage for a given time. Safety interlocks (storm, rain, frost) override it; see {@link
 * ScheduleConflicts#overriddenByInterlocks}.
 *
 * @param id stable id
 * @param name growers' name, e.g. {@code morning airing}
 * @param greenhouseId the greenhouse ventilated, e.g. {@code GH-01}
 * @param timing when it starts
 * @param openingPercent vent opening, 0 (closed) to 100 (fully open)
 * @param duration how long the vents stay at that opening, positive
 * @param enabled false to keep it without running it
 */
public record VentilationSchedule(
    String id,
    String name,
    String greenhouseId,
    ScheduleTiming timing,
    double openingPercent,
    Duration duration,
    boolean enabled)
    implements Schedule {

  public VentilationSchedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(greenhouseId, "greenhouseId");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(duration, "duration");
    if (!(openingPercent >= 0 && openingPercent <= 100)) {
      throw new IllegalArgumentException("openingPercent must be 0 to 100, was " + openingPercent);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive, was " + duration);
    }
  }

  @Override
  public List<Occurrence<VentilationSchedule>> occurrences(
      LocalDate from, LocalDate to, ZoneId zone) {
    if (!enabled) {
      return List.of();
    }
    return timing.starts(from, to, zone).stream()
        .map(start -> new Occurrence<>(this, start, start.plus(duration)))
        .toList();
  }

  /**
   * The run holding at {@code now} among {@code schedules} (enabled ones only): a run holds from its
   * start (included) to its end (excluded). When runs overlap, the one that started last holds. A
   * run may have started on the day before (airing across midnight), but not earlier: a duration
   * is meant to be shorter than a day.
   */
  public static Optional<Occurrence<VentilationSchedule>> runningAt(
      Collection<VentilationSchedule> schedules, Instant now, ZoneId zone) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return schedules.stream()
        .flatMap(s -> s.occurrences(today.minusDays(1), today, zone).stream())
        .filter(o -> !o.start().toInstant().isAfter(now) && now.isBefore(o.end().toInstant()))
        .max(Comparator.comparing(o -> o.start().toInstant()));
  }

  /** A copy switched on or off. */
  public VentilationSchedule withEnabled(boolean on) {
    return new VentilationSchedule(id, name, greenhouseId, timing, openingPercent, duration, on);
  }
}
