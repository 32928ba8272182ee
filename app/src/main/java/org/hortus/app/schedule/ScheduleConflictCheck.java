package org.hortus.app.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hortus.model.schedule.InterlockOverride;
import org.hortus.model.schedule.InterlockPeriod;
import org.hortus.model.schedule.IrrigationConflict;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.ScheduleConflicts;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * The conflicts a schedule would cause among the stored ones, before it is saved: its irrigation
 * runs overlapping another run on the same water supply, and its ventilation runs that an
 * interlock would override. Plain calculation; any thread.
 *
 * @param irrigation pairs of overlapping irrigation runs, one of them the edited schedule's
 * @param interlocks the edited schedule's ventilation runs held by an interlock
 */
public record ScheduleConflictCheck(List<IrrigationConflict> irrigation, List<InterlockOverride> interlocks) {

  /** Days looked ahead from the first day: a week. */
  public static final int DAYS = 7;

  public ScheduleConflictCheck {
    irrigation = List.copyOf(irrigation);
    interlocks = List.copyOf(interlocks);
  }

  public boolean isEmpty() {
    return irrigation.isEmpty() && interlocks.isEmpty();
  }

  public int size() {
    return irrigation.size() + interlocks.size();
  }

  /**
   * The conflicts of {@code edited} (which replaces the stored schedule of the same id, if any) over
   * {@link #DAYS} days from {@code from}.
   */
  public static ScheduleConflictCheck of(
      Schedule edited, Collection<Schedule> stored, WaterNetwork network, List<InterlockPeriod> interlocks,
      LocalDate from, ZoneId zone) {
    LocalDate to = from.plusDays(DAYS - 1);
    return switch (edited) {
      case IrrigationSchedule irrigation -> {
        List<IrrigationSchedule> all = new ArrayList<>();
        for (Schedule s : stored) {
          if (s instanceof IrrigationSchedule other && !other.id().equals(edited.id())) {
            all.add(other);
          }
        }
        all.add(irrigation);
        List<IrrigationConflict> mine = ScheduleConflicts.irrigationOverlaps(all, network, from, to, zone).stream()
            .filter(c -> c.first().schedule() == irrigation || c.second().schedule() == irrigation)
            .toList();
        yield new ScheduleConflictCheck(mine, List.of());
      }
      case VentilationSchedule ventilation -> new ScheduleConflictCheck(List.of(),
          ScheduleConflicts.overriddenByInterlocks(List.of(ventilation), interlocks, from, to, zone));
    };
  }

  /**
   * Every conflict among the stored schedules themselves on one day: for the day timeline, which
   * marks each run involved.
   */
  public static ScheduleConflictCheck onDay(
      Collection<Schedule> stored, WaterNetwork network, List<InterlockPeriod> interlocks, LocalDate day, ZoneId zone) {
    List<IrrigationSchedule> irrigation = new ArrayList<>();
    List<VentilationSchedule> ventilation = new ArrayList<>();
    for (Schedule s : stored) {
      switch (s) {
        case IrrigationSchedule i -> irrigation.add(i);
        case VentilationSchedule v -> ventilation.add(v);
      }
    }
    return new ScheduleConflictCheck(
        ScheduleConflicts.irrigationOverlaps(irrigation, network, day, day, zone),
        ScheduleConflicts.overriddenByInterlocks(ventilation, interlocks, day, day, zone));
  }
}
