package org.hortus.app.ui.schedules;

import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hortus.app.schedule.SavedSchedule;
import org.hortus.app.schedule.ScheduleConflictCheck;
import org.hortus.app.schedule.ScheduleProblem;
import org.hortus.app.schedule.ScheduleProblem.Field;
import org.hortus.app.schedule.ScheduleRules;
import org.hortus.app.schedule.Schedules;
import org.hortus.model.park.Park;
import org.hortus.model.schedule.InterlockPeriod;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.hortus.model.schedule.Validity;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * The schedule editor's state: the fields as typed, checked at every change, each problem as a
 * text at its field, the schedule they make when all are valid, and the conflicts it would cause
 * over the week from its first valid day (or today). Needs no FX toolkit; call it on one thread
 * (the FX thread in the console).
 */
final class ScheduleEditorViewModel {

  private static final Pattern HH_MM = Pattern.compile("(\\d{1,2}):(\\d{2})");

  final ObjectProperty<ScheduleKind> kind = new SimpleObjectProperty<>(ScheduleKind.IRRIGATION);
  final StringProperty name = new SimpleStringProperty("");
  final StringProperty target = new SimpleStringProperty("");
  final StringProperty time = new SimpleStringProperty("");
  final ObjectProperty<RecurrenceChoice> recurrence = new SimpleObjectProperty<>(RecurrenceChoice.DAILY);
  final Map<DayOfWeek, BooleanProperty> weekdays = new EnumMap<>(DayOfWeek.class);
  final StringProperty everyDays = new SimpleStringProperty("2");
  final StringProperty dose = new SimpleStringProperty("");
  final ObjectProperty<DoseUnit> doseUnit = new SimpleObjectProperty<>(DoseUnit.MILLILITRES_PER_M2);
  final StringProperty opening = new SimpleStringProperty("");
  final StringProperty duration = new SimpleStringProperty("");
  final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
  final ObjectProperty<LocalDate> validUntil = new SimpleObjectProperty<>();
  final BooleanProperty enabled = new SimpleBooleanProperty(true);

  private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
  private final ObservableList<String> conflicts = FXCollections.observableArrayList();
  /** One read-only view, kept: its listeners on {@link #conflicts} are weak. */
  private final ObservableList<String> conflictsView = FXCollections.unmodifiableObservableList(conflicts);
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper();
  private final ScheduleTexts texts;
  private final Park park;
  private final WaterNetwork network;
  private final ZoneId zone;
  private final Supplier<List<SavedSchedule>> stored;
  private final Supplier<List<InterlockPeriod>> interlocks;
  private final Supplier<LocalDate> today;
  private Schedule schedule;
  private ScheduleConflictCheck check = new ScheduleConflictCheck(List.of(), List.of());
  private long id;
  private int revision;
  private LocalDate everyFrom;
  private boolean loading;

  ScheduleEditorViewModel(ScheduleTexts texts, Park park, Supplier<List<SavedSchedule>> stored,
      Supplier<List<InterlockPeriod>> interlocks, Supplier<LocalDate> today) {
    this.texts = texts;
    this.park = park;
    this.network = WaterNetwork.of(park);
    this.zone = park.site().zone();
    this.stored = stored;
    this.interlocks = interlocks;
    this.today = today;
    for (Field field : Field.values()) {
      errors.put(field, new ReadOnlyStringWrapper(""));
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      weekdays.put(day, new SimpleBooleanProperty(false));
    }
    List<Observable> inputs = new ArrayList<>(List.of(kind, name, target, time, recurrence, everyDays, dose, doseUnit,
        opening, duration, validFrom, validUntil, enabled));
    inputs.addAll(weekdays.values());
    inputs.forEach(input -> input.addListener(o -> {
      if (!loading) {
        validate();
      }
    }));
    validate();
  }

  ReadOnlyStringProperty error(Field field) {
    return errors.get(field).getReadOnlyProperty();
  }

  ObservableList<String> conflicts() {
    return conflictsView;
  }

  ReadOnlyBooleanProperty valid() {
    return valid.getReadOnlyProperty();
  }

  /** Whether a stored schedule is being edited (its kind is then fixed). */
  ReadOnlyBooleanProperty editing() {
    return editing.getReadOnlyProperty();
  }

  /** The schedule the fields make, when they are all valid. */
  Optional<Schedule> schedule() {
    return Optional.ofNullable(schedule);
  }

  ScheduleConflictCheck conflictCheck() {
    return check;
  }

  long id() {
    return id;
  }

  /** The revision edited; 0 for a new schedule. */
  int revision() {
    return revision;
  }

  /** Empties the form for a new schedule of this kind. */
  void startNew(ScheduleKind newKind) {
    load(() -> {
      id = 0;
      revision = 0;
      everyFrom = null;
      kind.set(newKind);
      name.set("");
      target.set("");
      time.set("");
      recurrence.set(RecurrenceChoice.DAILY);
      weekdays.values().forEach(day -> day.set(false));
      everyDays.set("2");
      dose.set("");
      doseUnit.set(DoseUnit.MILLILITRES_PER_M2);
      opening.set("");
      duration.set("");
      validFrom.set(today.get());
      validUntil.set(null);
      enabled.set(true);
    });
  }

  /** Fills the form with a stored schedule to edit it. */
  void edit(SavedSchedule saved) {
    Schedule s = saved.schedule();
    ScheduleTiming timing = s.timing();
    load(() -> {
      id = saved.id();
      revision = saved.revision();
      kind.set(s instanceof IrrigationSchedule ? ScheduleKind.IRRIGATION : ScheduleKind.VENTILATION);
      name.set(s.name());
      target.set(saved.targetId());
      time.set(texts.time(timing.timeOfDay()));
      weekdays.values().forEach(day -> day.set(false));
      everyFrom = null;
      switch (timing.recurrence()) {
        case Recurrence.Daily d -> recurrence.set(RecurrenceChoice.DAILY);
        case Recurrence.OnWeekdays w -> {
          recurrence.set(RecurrenceChoice.WEEKDAYS);
          w.days().forEach(day -> weekdays.get(day).set(true));
        }
        case Recurrence.EveryNDays e -> {
          recurrence.set(RecurrenceChoice.EVERY_N_DAYS);
          everyDays.set(Integer.toString(e.days()));
          everyFrom = e.startDate();
        }
      }
      dose.set("");
      opening.set("");
      duration.set("");
      switch (s) {
        case IrrigationSchedule i -> {
          switch (i.dose()) {
            case IrrigationDose.Volume v -> {
              doseUnit.set(DoseUnit.MILLILITRES_PER_M2);
              dose.set(plain(v.millilitresPerM2()));
            }
            case IrrigationDose.RunTime r -> {
              doseUnit.set(DoseUnit.MINUTES);
              dose.set(plain(r.duration().toSeconds() / 60.0));
            }
          }
        }
        case VentilationSchedule v -> {
          opening.set(plain(v.openingPercent()));
          duration.set(Long.toString(v.duration().toMinutes()));
        }
      }
      validFrom.set(timing.validity().from().equals(LocalDate.MIN) ? null : timing.validity().from());
      validUntil.set(timing.validity().until().equals(LocalDate.MAX) ? null : timing.validity().until());
      enabled.set(s.enabled());
    });
  }

  private void load(Runnable fill) {
    loading = true;
    try {
      fill.run();
    } finally {
      loading = false;
    }
    editing.set(revision > 0);
    validate();
  }

  /** Checks every field, then builds the schedule and its conflicts when all are valid. */
  void validate() {
    Map<Field, ScheduleProblem> found = new EnumMap<>(Field.class);
    boolean irrigation = kind.get() == ScheduleKind.IRRIGATION;
    ScheduleRules.name(name.get()).ifPresent(p -> found.put(Field.NAME, p));
    ScheduleRules.target(irrigation, strip(target.get()), park).ifPresent(p -> found.put(Field.TARGET, p));
    Optional<LocalTime> start = parseTime(time.get());
    if (start.isEmpty()) {
      found.put(Field.TIME, ScheduleProblem.TIME_FORMAT);
    }
    Recurrence chosen = recurrence(found);
    IrrigationDose irrigationDose = null;
    double openingPercent = 0;
    Duration runLength = null;
    if (irrigation) {
      irrigationDose = dose(found);
    } else {
      OptionalDouble percent = number(opening.get());
      if (percent.isEmpty()) {
        found.put(Field.OPENING, ScheduleProblem.OPENING_FORMAT);
      } else {
        openingPercent = percent.getAsDouble();
        ScheduleRules.openingPercent(openingPercent).ifPresent(p -> found.put(Field.OPENING, p));
      }
      Optional<Integer> minutes = wholeNumber(duration.get());
      if (minutes.isEmpty()) {
        found.put(Field.DURATION, ScheduleProblem.DURATION_FORMAT);
      } else {
        runLength = Duration.ofMinutes(minutes.get());
        ScheduleRules.ventilationDuration(runLength).ifPresent(p -> found.put(Field.DURATION, p));
      }
    }
    LocalDate from = validFrom.get();
    LocalDate until = validUntil.get();
    if (from != null && until != null && until.isBefore(from)) {
      found.put(Field.VALID_UNTIL, ScheduleProblem.VALIDITY_ORDER);
    }
    errors.forEach((field, text) -> text.set(found.containsKey(field) ? texts.messages().text(found.get(field).key()) : ""));
    schedule = null;
    if (found.isEmpty()) {
      Validity validity = new Validity(from == null ? LocalDate.MIN : from, until == null ? LocalDate.MAX : until);
      ScheduleTiming timing = new ScheduleTiming(chosen, validity, start.orElseThrow());
      String scheduleId = revision > 0 ? Long.toString(id) : Schedules.NEW_ID;
      schedule = irrigation
          ? new IrrigationSchedule(scheduleId, name.get().strip(), strip(target.get()), timing, irrigationDose, enabled.get())
          : new VentilationSchedule(scheduleId, name.get().strip(), strip(target.get()), timing, openingPercent, runLength,
              enabled.get());
    }
    valid.set(schedule != null);
    findConflicts();
  }

  /** The conflicts over the week from the first valid day, or from today if that has passed. */
  private void findConflicts() {
    if (schedule == null) {
      check = new ScheduleConflictCheck(List.of(), List.of());
      conflicts.clear();
      return;
    }
    LocalDate first = schedule.timing().validity().from();
    LocalDate from = first.isAfter(today.get()) ? first : today.get();
    List<Schedule> others = stored.get().stream().map(SavedSchedule::schedule).toList();
    check = ScheduleConflictCheck.of(schedule, others, network, interlocks.get(), from, zone);
    conflicts.setAll(texts.conflicts(check));
  }

  private Recurrence recurrence(Map<Field, ScheduleProblem> found) {
    switch (recurrence.get()) {
      case WEEKDAYS -> {
        Set<DayOfWeek> days = weekdays.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey)
            .collect(Collectors.toSet());
        if (days.isEmpty()) {
          found.put(Field.RECURRENCE, ScheduleProblem.WEEKDAYS_REQUIRED);
          return Recurrence.daily();
        }
        return new Recurrence.OnWeekdays(days);
      }
      case EVERY_N_DAYS -> {
        Optional<Integer> n = wholeNumber(everyDays.get());
        Optional<ScheduleProblem> problem = n.isEmpty() ? Optional.of(ScheduleProblem.EVERY_DAYS_RANGE) : ScheduleRules.everyDays(n.get());
        if (problem.isPresent()) {
          found.put(Field.RECURRENCE, problem.get());
          return Recurrence.daily();
        }
        LocalDate start = validFrom.get() != null ? validFrom.get() : everyFrom != null ? everyFrom : today.get();
        return Recurrence.everyDays(n.get(), start);
      }
      default -> {
        return Recurrence.daily();
      }
    }
  }

  private IrrigationDose dose(Map<Field, ScheduleProblem> found) {
    OptionalDouble amount = number(dose.get());
    if (amount.isEmpty()) {
      found.put(Field.DOSE, ScheduleProblem.DOSE_FORMAT);
      return null;
    }
    double value = amount.getAsDouble();
    if (doseUnit.get() == DoseUnit.MINUTES) {
      Duration runTime = Duration.ofMillis(Math.round(value * 60_000));
      Optional<ScheduleProblem> problem = ScheduleRules.doseRunTime(runTime);
      problem.ifPresent(p -> found.put(Field.DOSE, p));
      return problem.isPresent() ? null : IrrigationDose.runTime(runTime);
    }
    Optional<ScheduleProblem> problem = ScheduleRules.doseMillilitresPerM2(value);
    problem.ifPresent(p -> found.put(Field.DOSE, p));
    return problem.isPresent() ? null : IrrigationDose.millilitresPerM2(value);
  }

  static Optional<LocalTime> parseTime(String text) {
    Matcher m = HH_MM.matcher(strip(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    int hour = Integer.parseInt(m.group(1));
    int minute = Integer.parseInt(m.group(2));
    return hour <= 23 && minute <= 59 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
  }

  /** A number as the locale writes it, the whole text; empty when it is not one. */
  private OptionalDouble number(String text) {
    String s = strip(text);
    if (s.isEmpty()) {
      return OptionalDouble.empty();
    }
    NumberFormat format = NumberFormat.getNumberInstance(texts.messages().locale());
    ParsePosition position = new ParsePosition(0);
    Number parsed = format.parse(s, position);
    if (parsed == null || position.getIndex() != s.length() || !Double.isFinite(parsed.doubleValue())) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(parsed.doubleValue());
  }

  private static Optional<Integer> wholeNumber(String text) {
    String s = strip(text);
    if (!s.matches("-?\\d{1,6}")) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(s));
  }

  private String plain(double value) {
    return value == Math.rint(value) ? texts.messages().number(value, 0) : texts.messages().number(value, 1);
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }
}
