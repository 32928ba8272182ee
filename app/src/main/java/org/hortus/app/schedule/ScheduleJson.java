package org.hortus.app.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.hortus.app.audit.AuditJson;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.VentilationSchedule;

/** A stored schedule as the audit log's before or after state. */
final class ScheduleJson {

  private ScheduleJson() {}

  static AuditJson of(SavedSchedule saved) {
    var schedule = saved.schedule();
    var timing = schedule.timing();
    AuditJson json = AuditJson.object()
        .put("id", saved.id())
        .put("kind", saved.irrigation() ? "irrigation" : "ventilation")
        .put("name", schedule.name())
        .put("target", saved.targetId())
        .put("start", timing.timeOfDay().toString())
        .put("recurrence", recurrence(timing.recurrence()))
        .put("validFrom", date(timing.validity().from(), LocalDate.MIN))
        .put("validUntil", date(timing.validity().until(), LocalDate.MAX));
    switch (schedule) {
      case IrrigationSchedule i -> {
        switch (i.dose()) {
          case IrrigationDose.Volume v -> json.put("doseMillilitresPerM2", v.millilitresPerM2());
          case IrrigationDose.RunTime r -> json.put("doseSeconds", r.duration().toSeconds());
        }
      }
      case VentilationSchedule v -> json.put("openingPercent", v.openingPercent())
          .put("durationMinutes", v.duration().toMinutes());
    }
    return json.put("enabled", schedule.enabled()).put("revision", saved.revision());
  }

  private static String recurrence(Recurrence recurrence) {
    return switch (recurrence) {
      case Recurrence.Daily d -> "daily";
      case Recurrence.OnWeekdays w ->
          "weekdays " + w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
      case Recurrence.EveryNDays e -> "every " + e.days() + " days from " + e.startDate();
    };
  }

  private static String date(LocalDate date, LocalDate open) {
    return date.equals(open) ? null : date.toString();
  }
}
