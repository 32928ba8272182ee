package org.hortus.app.ui.schedules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hortus.app.schedule.ScheduleConflictCheck;
import org.hortus.app.ui.Messages;
import org.hortus.model.schedule.InterlockOverride;
import org.hortus.model.schedule.IrrigationConflict;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Occurrence;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.VentilationSchedule;

/** Schedules in the user's language: kinds, recurrences, doses, dates and conflicts. */
final class ScheduleTexts {

  private final Messages messages;
  private final DateTimeFormatter time;

  ScheduleTexts(Messages messages) {
    this.messages = messages;
    this.time = DateTimeFormatter.ofPattern("HH:mm", messages.locale());
  }

  Messages messages() {
    return messages;
  }

  String kind(Schedule schedule) {
    return messages.text(schedule instanceof IrrigationSchedule ? "schedules.kind.irrigation" : "schedules.kind.ventilation");
  }

  String time(LocalTime local) {
    return time.format(local);
  }

  String span(Occurrence<?> run) {
    return messages.text("schedules.span", time.format(run.start()), time.format(run.end()));
  }

  String recurrence(Recurrence recurrence) {
    return switch (recurrence) {
      case Recurrence.Daily d -> messages.text("schedules.recurrence.daily");
      case Recurrence.OnWeekdays w -> messages.text("schedules.recurrence.weekdays.list",
          w.days().stream().sorted().map(this::weekday).collect(Collectors.joining(messages.text("schedules.list.separator"))));
      case Recurrence.EveryNDays e -> messages.text("schedules.recurrence.every.from", e.days(), messages.date(e.startDate()));
    };
  }

  String weekday(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, messages.locale());
  }

  /** The dose (irrigation) or opening and duration (ventilation). */
  String amount(Schedule schedule) {
    return switch (schedule) {
      case IrrigationSchedule i -> switch (i.dose()) {
        case IrrigationDose.Volume v -> messages.text("schedules.dose.volume", messages.number(v.millilitresPerM2(), 0));
        case IrrigationDose.RunTime r -> messages.text("schedules.dose.minutes", messages.number(r.duration().toSeconds() / 60.0, 1));
      };
      case VentilationSchedule v -> messages.text("schedules.opening.for",
          messages.number(v.openingPercent(), 0), v.duration().toMinutes());
    };
  }

  /** A validity end: the date, or a dash for an open end. */
  String date(LocalDate date) {
    return date.equals(LocalDate.MIN) || date.equals(LocalDate.MAX) ? messages.text("schedules.date.open") : messages.date(date);
  }

  String enabled(boolean enabled) {
    return messages.text(enabled ? "schedules.enabled.yes" : "schedules.enabled.no");
  }

  /**
   * The conflicts as lines: the same two runs clashing on several days make one line that says on
   * how many days, and the first.
   */
  List<String> conflicts(ScheduleConflictCheck check) {
    Map<List<String>, List<LocalDate>> days = new LinkedHashMap<>();
    for (IrrigationConflict c : check.irrigation()) {
      var a = c.first();
      var b = c.second();
      List<String> key = List.of(a.schedule().name(), a.schedule().zoneId(), span(a),
          b.schedule().name(), b.schedule().zoneId(), span(b), c.waterSupplyId());
      days.computeIfAbsent(key, k -> new ArrayList<>()).add(a.start().toLocalDate());
    }
    List<String> lines = new ArrayList<>();
    days.forEach((key, dates) -> {
      String when = dates.size() == 1
          ? messages.date(dates.getFirst())
          : messages.text("schedules.conflict.days", dates.size(), messages.date(dates.getFirst()));
      List<Object> args = new ArrayList<>(key);
      args.add(when);
      lines.add(messages.text("schedules.conflict.irrigation", args.toArray()));
    });
    check.interlocks().forEach(o -> lines.add(conflict(o)));
    return lines;
  }

  String conflict(InterlockOverride override) {
    var run = override.run();
    var interlock = override.interlock();
    return messages.text("schedules.conflict.interlock",
        run.schedule().name(), run.schedule().greenhouseId(), messages.date(run.start().toLocalDate()), span(run),
        interlockName(interlock.name()), clock(interlock.from()), clock(interlock.until()));
  }

  String interlockName(String kind) {
    return switch (kind) {
      case "storm", "frost", "rain" -> messages.text("schedules.interlock." + kind);
      default -> messages.text("schedules.interlock.other");
    };
  }

  private String clock(ZonedDateTime at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(messages.locale()).format(at);
  }
}
