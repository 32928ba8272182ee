package org.hortus.app.schedule;

import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.VentilationSchedule;

/** Small helpers over both kinds of {@link Schedule}. */
public final class Schedules {

  /** The id a schedule carries before it is stored. */
  public static final String NEW_ID = "new";

  private Schedules() {}

  /** The zone (irrigation) or greenhouse (ventilation) it acts on. */
  public static String targetId(Schedule schedule) {
    return switch (schedule) {
      case IrrigationSchedule s -> s.zoneId();
      case VentilationSchedule s -> s.greenhouseId();
    };
  }

  /** The same schedule under another id. */
  public static Schedule withId(Schedule schedule, String id) {
    return switch (schedule) {
      case IrrigationSchedule s -> new IrrigationSchedule(id, s.name().strip(), s.zoneId(), s.timing(), s.dose(), s.enabled());
      case VentilationSchedule s -> new VentilationSchedule(
          id, s.name().strip(), s.greenhouseId(), s.timing(), s.openingPercent(), s.duration(), s.enabled());
    };
  }

  /** The same schedule switched on or off. */
  public static Schedule withEnabled(Schedule schedule, boolean enabled) {
    return switch (schedule) {
      case IrrigationSchedule s -> s.withEnabled(enabled);
      case VentilationSchedule s -> s.withEnabled(enabled);
    };
  }
}
