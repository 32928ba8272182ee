package org.hortus.app.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.model.park.Park;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.VentilationSchedule;

/**
 * The limits of a schedule beyond what the model's records already refuse: a name, a target in the
 * park, a start on the minute, and sane sizes. The editor checks each field with these as the
 * technician types; the service checks the whole schedule again before it stores it.
 */
public final class ScheduleRules {

  public static final int MAX_NAME_LENGTH = 100;
  /** Far above any crop's shot (tomato: 300–600 mL/m²), below a flood. */
  public static final double MAX_DOSE_ML_PER_M2 = 2000;
  public static final int MAX_DOSE_MINUTES = 60;
  /** Half a day: runs are meant to end on the day after they start at the latest. */
  public static final int MAX_VENTILATION_MINUTES = 720;
  public static final int MAX_EVERY_DAYS = 365;

  private ScheduleRules() {}

  public static Optional<ScheduleProblem> name(String name) {
    if (name == null || name.isBlank()) {
      return Optional.of(ScheduleProblem.NAME_REQUIRED);
    }
    return name.strip().length() > MAX_NAME_LENGTH ? Optional.of(ScheduleProblem.NAME_TOO_LONG) : Optional.empty();
  }

  /** An irrigation schedule targets a zone of the park, a ventilation schedule a greenhouse. */
  public static Optional<ScheduleProblem> target(boolean irrigation, String targetId, Park park) {
    if (targetId == null || targetId.isBlank()) {
      return Optional.of(ScheduleProblem.TARGET_REQUIRED);
    }
    boolean known = irrigation
        ? park.greenhouses().stream().flatMap(g -> g.zones().stream()).anyMatch(z -> z.id().equals(targetId))
        : park.greenhouse(targetId).isPresent();
    return known ? Optional.empty() : Optional.of(ScheduleProblem.TARGET_UNKNOWN);
  }

  public static Optional<ScheduleProblem> doseMillilitresPerM2(double value) {
    if (!(value > 0)) {
      return Optional.of(ScheduleProblem.DOSE_NOT_POSITIVE);
    }
    return value > MAX_DOSE_ML_PER_M2 || !Double.isFinite(value) ? Optional.of(ScheduleProblem.DOSE_TOO_LARGE) : Optional.empty();
  }

  public static Optional<ScheduleProblem> doseRunTime(Duration runTime) {
    if (runTime.isNegative() || runTime.isZero()) {
      return Optional.of(ScheduleProblem.DOSE_NOT_POSITIVE);
    }
    return runTime.compareTo(Duration.ofMinutes(MAX_DOSE_MINUTES)) > 0 ? Optional.of(ScheduleProblem.DOSE_TOO_LARGE) : Optional.empty();
  }

  public static Optional<ScheduleProblem> openingPercent(double value) {
    return value >= 0 && value <= 100 ? Optional.empty() : Optional.of(ScheduleProblem.OPENING_RANGE);
  }

  public static Optional<ScheduleProblem> ventilationDuration(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return Optional.of(ScheduleProblem.DURATION_NOT_POSITIVE);
    }
    return duration.compareTo(Duration.ofMinutes(MAX_VENTILATION_MINUTES)) > 0
        ? Optional.of(ScheduleProblem.DURATION_TOO_LONG) : Optional.empty();
  }

  public static Optional<ScheduleProblem> everyDays(int days) {
    return days >= 1 && days <= MAX_EVERY_DAYS ? Optional.empty() : Optional.of(ScheduleProblem.EVERY_DAYS_RANGE);
  }

  /** Every problem of a whole schedule, in field order; empty when it may be stored. */
  public static List<ScheduleProblem> check(Schedule schedule, Park park) {
    List<ScheduleProblem> problems = new ArrayList<>();
    name(schedule.name()).ifPresent(problems::add);
    var time = schedule.timing().timeOfDay();
    if (time.getSecond() != 0 || time.getNano() != 0) {
      problems.add(ScheduleProblem.TIME_FORMAT);
    }
    if (schedule.timing().recurrence() instanceof Recurrence.EveryNDays every) {
      everyDays(every.days()).ifPresent(problems::add);
    }
    switch (schedule) {
      case IrrigationSchedule irrigation -> {
        target(true, irrigation.zoneId(), park).ifPresent(problems::add);
        switch (irrigation.dose()) {
          case IrrigationDose.Volume v -> doseMillilitresPerM2(v.millilitresPerM2()).ifPresent(problems::add);
          case IrrigationDose.RunTime r -> doseRunTime(r.duration()).ifPresent(problems::add);
        }
      }
      case VentilationSchedule ventilation -> {
        target(false, ventilation.greenhouseId(), park).ifPresent(problems::add);
        openingPercent(ventilation.openingPercent()).ifPresent(problems::add);
        ventilationDuration(ventilation.duration()).ifPresent(problems::add);
      }
    }
    problems.sort(java.util.Comparator.comparing(ScheduleProblem::field));
    return problems;
  }
}
