package org.hortus.app.ui.schedules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.hortus.app.schedule.ScheduleConflictCheck;
import org.hortus.app.schedule.Schedules;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.Zone;
import org.hortus.model.schedule.InterlockPeriod;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Occurrence;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * One day of schedules as lanes of bars: a lane per greenhouse (its ventilation) and per zone (its
 * irrigation) that has a schedule, in the park's order; a bar per run starting that day, placed as
 * fractions of the day, marked when it is in a conflict (two runs on one water supply, or a run
 * against an interlock). Plain calculation.
 *
 * @param date the day shown
 * @param lanes the lanes, top to bottom
 */
record TimelinePlan(LocalDate date, List<Lane> lanes) {

  /**
   * A lane.
   *
   * @param targetId the greenhouse or zone
   * @param bars its runs that day
   */
  record Lane(String targetId, List<Bar> bars) {}

  /**
   * A run on the day.
   *
   * @param run the occurrence
   * @param startFraction its start as a fraction of the day, 0 to 1
   * @param endFraction its end, clipped at 1 (a run past midnight)
   * @param conflict whether it is in a conflict
   */
  record Bar(Occurrence<?> run, double startFraction, double endFraction, boolean conflict) {

    boolean irrigation() {
      return run.schedule() instanceof IrrigationSchedule;
    }
  }

  static TimelinePlan of(
      Park park, List<Schedule> stored, List<InterlockPeriod> interlocks, LocalDate date, Predicate<String> greenhouseShown) {
    ZoneId zone = park.site().zone();
    WaterNetwork network = WaterNetwork.of(park);
    Set<String> conflicting = conflicting(ScheduleConflictCheck.onDay(stored, network, interlocks, date, zone));
    Map<String, List<Schedule>> byTarget = new LinkedHashMap<>();
    stored.forEach(s -> byTarget.computeIfAbsent(Schedules.targetId(s), t -> new ArrayList<>()).add(s));
    ZonedDateTime midnight = date.atStartOfDay(zone);
    double dayMillis = Duration.between(midnight, date.plusDays(1).atStartOfDay(zone)).toMillis();
    List<Lane> lanes = new ArrayList<>();
    for (Greenhouse house : park.greenhouses()) {
      if (!greenhouseShown.test(house.id())) {
        continue;
      }
      List<String> targets = new ArrayList<>();
      targets.add(house.id());
      house.zones().stream().map(Zone::id).forEach(targets::add);
      for (String target : targets) {
        List<Schedule> schedules = byTarget.get(target);
        if (schedules == null) {
          continue;
        }
        List<Bar> bars = new ArrayList<>();
        for (Schedule schedule : schedules) {
          for (Occurrence<?> run : runs(schedule, network, date, zone)) {
            double start = Duration.between(midnight, run.start()).toMillis() / dayMillis;
            double end = Math.min(1, Duration.between(midnight, run.end()).toMillis() / dayMillis);
            bars.add(new Bar(run, start, end, conflicting.contains(key(run))));
          }
        }
        lanes.add(new Lane(target, bars));
      }
    }
    return new TimelinePlan(date, lanes);
  }

  private static List<? extends Occurrence<?>> runs(Schedule schedule, WaterNetwork network, LocalDate date, ZoneId zone) {
    return switch (schedule) {
      case IrrigationSchedule i -> network.zone(i.zoneId()).isPresent()
          ? i.occurrences(date, date, zone, network) : i.occurrences(date, date, zone);
      case VentilationSchedule v -> v.occurrences(date, date, zone);
    };
  }

  private static Set<String> conflicting(ScheduleConflictCheck check) {
    Set<String> keys = new HashSet<>();
    check.irrigation().forEach(c -> {
      keys.add(key(c.first()));
      keys.add(key(c.second()));
    });
    check.interlocks().forEach(o -> keys.add(key(o.run())));
    return keys;
  }

  private static String key(Occurrence<?> run) {
    return run.schedule().id() + "@" + run.start().toInstant();
  }
}
