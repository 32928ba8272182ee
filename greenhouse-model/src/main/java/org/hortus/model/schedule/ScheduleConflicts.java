package org.hortus.model.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds schedules that cannot run as set: irrigation runs competing for one water supply, and
 * ventilation runs that a safety interlock overrides. Plain calculation over the given dates.
 */
public final class ScheduleConflicts {

  private ScheduleConflicts() {}

  /**
   * Pairs of irrigation runs, starting on {@code from} to {@code to}, on zones fed by the same
   * water supply that overlap in time (a zone and itself included: it has one valve). Schedules on
   * zones outside the network are ignored. In order of the first run's start.
   */
  public static List<IrrigationConflict> irrigationOverlaps(
      List<IrrigationSchedule> schedules,
      WaterNetwork network,
      LocalDate from,
      LocalDate to,
      ZoneId zone) {
    List<Occurrence<IrrigationSchedule>> runs = new ArrayList<>();
    for (IrrigationSchedule schedule : schedules) {
      if (network.zone(schedule.zoneId()).isPresent()) {
        runs.addAll(schedule.occurrences(from, to, zone, network));
      }
    }
    runs.sort(Comparator.comparing(o -> o.start().toInstant()));
    List<IrrigationConflict> conflicts = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      Occurrence<IrrigationSchedule> a = runs.get(i);
      String supply = network.supplyOf(a.schedule().zoneId()).id();
      for (int j = i + 1; j < runs.size(); j++) {
        Occurrence<IrrigationSchedule> b = runs.get(j);
        if (!b.start().isBefore(a.end())) {
          break; // sorted by start: no later run overlaps a
        }
        if (supply.equals(network.supplyOf(b.schedule().zoneId()).id())) {
          conflicts.add(new IrrigationConflict(a, b, supply));
        }
      }
    }
    return conflicts;
  }

  /**
   * Ventilation runs, starting on {@code from} to {@code to}, that overlap an interlock holding
   * their greenhouse: the interlock wins. One entry per run and interlock, in order of the run's
   * start.
   */
  public static List<InterlockOverride> overriddenByInterlocks(
      List<VentilationSchedule> schedules,
      List<InterlockPeriod> interlocks,
      LocalDate from,
      LocalDate to,
      ZoneId zone) {
    List<InterlockOverride> overrides = new ArrayList<>();
    for (VentilationSchedule schedule : schedules) {
      for (Occurrence<VentilationSchedule> run : schedule.occurrences(from, to, zone)) {
        for (InterlockPeriod interlock : interlocks) {
          if (interlock.covers(schedule.greenhouseId())
              && run.overlaps(interlock.from(), interlock.until())) {
            overrides.add(new InterlockOverride(run, interlock));
          }
        }
      }
    }
    overrides.sort(Comparator.comparing(o -> o.run().start().toInstant()));
    return overrides;
  }
}
