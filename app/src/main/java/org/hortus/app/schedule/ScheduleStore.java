package org.hortus.app.schedule;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hortus.app.store.Database;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Recurrence;
import org.hortus.model.schedule.Schedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.hortus.model.schedule.Validity;
import org.hortus.model.schedule.VentilationSchedule;

/**
 * The {@code schedule} table (migration V6): reads for everyone who may view, and the row
 * statements the {@link ScheduleService} runs inside its audited transactions. Open validity ends
 * ({@link LocalDate#MIN}, {@link LocalDate#MAX}) are stored as null. Holds no connection; safe to
 * share between threads.
 */
public final class ScheduleStore {

  private static final String COLUMNS =
      "id, kind, name, target_id, start_minute, recurrence, weekdays, every_days, every_from,"
          + " valid_from, valid_until, dose_ml_per_m2, dose_seconds, opening_percent, duration_seconds,"
          + " enabled, revision, updated_by, updated_at";

  private final Database database;

  public ScheduleStore(Database database) {
    this.database = database;
  }

  /** Every schedule, in id order. */
  public List<SavedSchedule> all() throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM schedule ORDER BY id");
        ResultSet rs = select.executeQuery()) {
      List<SavedSchedule> schedules = new ArrayList<>();
      while (rs.next()) {
        schedules.add(read(rs));
      }
      return schedules;
    }
  }

  /** The enabled irrigation schedules, for the runtime. */
  public List<IrrigationSchedule> enabledIrrigation() throws SQLException {
    return all().stream().map(SavedSchedule::schedule).filter(Schedule::enabled)
        .flatMap(s -> s instanceof IrrigationSchedule i ? java.util.stream.Stream.of(i) : java.util.stream.Stream.empty())
        .toList();
  }

  /** The enabled ventilation schedules, for the runtime. */
  public List<VentilationSchedule> enabledVentilation() throws SQLException {
    return all().stream().map(SavedSchedule::schedule).filter(Schedule::enabled)
        .flatMap(s -> s instanceof VentilationSchedule v ? java.util.stream.Stream.of(v) : java.util.stream.Stream.empty())
        .toList();
  }

  /** The row, locked for the rest of the caller's transaction. */
  static Optional<SavedSchedule> lock(Connection c, long id) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM schedule WHERE id = ? FOR UPDATE")) {
      select.setLong(1, id);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** Inserts a new row (revision 1) and returns it with its id. */
  static SavedSchedule insert(Connection c, Schedule schedule, String user, Instant at) throws SQLException {
    String sql = "INSERT INTO schedule (kind, name, target_id, start_minute, recurrence, weekdays, every_days,"
        + " every_from, valid_from, valid_until, dose_ml_per_m2, dose_seconds, opening_percent, duration_seconds,"
        + " enabled, revision, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
    try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
      int next = bind(insert, schedule);
      insert.setString(next, user);
      insert.setLong(next + 1, at.toEpochMilli());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        long id = keys.getLong(1);
        return new SavedSchedule(id, Schedules.withId(schedule, Long.toString(id)), 1, user, at);
      }
    }
  }

  /** Rewrites a locked row with one more revision and returns it. */
  static SavedSchedule update(Connection c, SavedSchedule before, Schedule schedule, String user, Instant at)
      throws SQLException {
    String sql = "UPDATE schedule SET kind = ?, name = ?, target_id = ?, start_minute = ?, recurrence = ?,"
        + " weekdays = ?, every_days = ?, every_from = ?, valid_from = ?, valid_until = ?, dose_ml_per_m2 = ?,"
        + " dose_seconds = ?, opening_percent = ?, duration_seconds = ?, enabled = ?, revision = ?, updated_by = ?,"
        + " updated_at = ? WHERE id = ?";
    try (PreparedStatement update = c.prepareStatement(sql)) {
      int next = bind(update, schedule);
      int revision = before.revision() + 1;
      update.setInt(next, revision);
      update.setString(next + 1, user);
      update.setLong(next + 2, at.toEpochMilli());
      update.setLong(next + 3, before.id());
      update.executeUpdate();
      return new SavedSchedule(before.id(), Schedules.withId(schedule, Long.toString(before.id())), revision, user, at);
    }
  }

  static void delete(Connection c, long id) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("DELETE FROM schedule WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** Binds every schedule column from kind to enabled; returns the next parameter index. */
  private static int bind(PreparedStatement s, Schedule schedule) throws SQLException {
    ScheduleTiming timing = schedule.timing();
    boolean irrigation = schedule instanceof IrrigationSchedule;
    s.setString(1, irrigation ? "IRRIGATION" : "VENTILATION");
    s.setString(2, schedule.name().strip());
    s.setString(3, Schedules.targetId(schedule));
    s.setInt(4, timing.timeOfDay().getHour() * 60 + timing.timeOfDay().getMinute());
    s.setNull(6, Types.VARCHAR);
    s.setNull(7, Types.INTEGER);
    s.setNull(8, Types.DATE);
    switch (timing.recurrence()) {
      case Recurrence.Daily d -> s.setString(5, "DAILY");
      case Recurrence.OnWeekdays w -> {
        s.setString(5, "WEEKDAYS");
        s.setString(6, w.days().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")));
      }
      case Recurrence.EveryNDays e -> {
        s.setString(5, "EVERY_N_DAYS");
        s.setInt(7, e.days());
        s.setDate(8, Date.valueOf(e.startDate()));
      }
    }
    setDate(s, 9, timing.validity().from(), LocalDate.MIN);
    setDate(s, 10, timing.validity().until(), LocalDate.MAX);
    for (int i = 11; i <= 14; i++) {
      s.setNull(i, i % 2 == 1 ? Types.DOUBLE : Types.BIGINT);
    }
    switch (schedule) {
      case IrrigationSchedule i -> {
        switch (i.dose()) {
          case IrrigationDose.Volume v -> s.setDouble(11, v.millilitresPerM2());
          case IrrigationDose.RunTime r -> s.setLong(12, r.duration().toSeconds());
        }
      }
      case VentilationSchedule v -> {
        s.setDouble(13, v.openingPercent());
        s.setLong(14, v.duration().toSeconds());
      }
    }
    s.setBoolean(15, schedule.enabled());
    return 16;
  }

  private static void setDate(PreparedStatement s, int index, LocalDate date, LocalDate open) throws SQLException {
    if (date.equals(open)) {
      s.setNull(index, Types.DATE);
    } else {
      s.setDate(index, Date.valueOf(date));
    }
  }

  private static SavedSchedule read(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    String name = rs.getString("name");
    String target = rs.getString("target_id");
    int minute = rs.getInt("start_minute");
    Recurrence recurrence = switch (rs.getString("recurrence")) {
      case "WEEKDAYS" -> new Recurrence.OnWeekdays(Arrays.stream(rs.getString("weekdays").split(","))
          .map(DayOfWeek::valueOf).collect(Collectors.toSet()));
      case "EVERY_N_DAYS" -> Recurrence.everyDays(rs.getInt("every_days"), rs.getDate("every_from").toLocalDate());
      default -> Recurrence.daily();
    };
    Validity validity = new Validity(
        date(rs, "valid_from").orElse(LocalDate.MIN), date(rs, "valid_until").orElse(LocalDate.MAX));
    ScheduleTiming timing = new ScheduleTiming(recurrence, validity, LocalTime.of(minute / 60, minute % 60));
    boolean enabled = rs.getBoolean("enabled");
    Schedule schedule;
    if ("IRRIGATION".equals(rs.getString("kind"))) {
      double volume = rs.getDouble("dose_ml_per_m2");
      IrrigationDose dose = rs.wasNull()
          ? IrrigationDose.runTime(Duration.ofSeconds(rs.getLong("dose_seconds")))
          : IrrigationDose.millilitresPerM2(volume);
      schedule = new IrrigationSchedule(Long.toString(id), name, target, timing, dose, enabled);
    } else {
      schedule = new VentilationSchedule(Long.toString(id), name, target, timing, rs.getDouble("opening_percent"),
          Duration.ofSeconds(rs.getLong("duration_seconds")), enabled);
    }
    return new SavedSchedule(id, schedule, rs.getInt("revision"), rs.getString("updated_by"),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  private static Optional<LocalDate> date(ResultSet rs, String column) throws SQLException {
    Date date = rs.getDate(column);
    return date == null ? Optional.empty() : Optional.of(date.toLocalDate());
  }
}
