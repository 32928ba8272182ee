package org.hortus.app.alarm;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.app.store.Database;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.alarm.AlarmTransition;
import org.hortus.model.control.Because;

/**
 * Alarm history on H2: every transition committed as it happens (WRITE_DELAY=0: a transition
 * reported stored survives a crash), read back for lists and the ISA-18.2 / EEMUA 191 report.
 * Each message is stored in English and as words the console translates ({@link WordsJson}).
 */
public final class AlarmStore {

  /** The longest words the column holds; longer ones are left out (the English remains). */
  private static final int MAX_WORDS = 4000;

  private final Database database;

  public AlarmStore(Database database) {
    this.database = database;
  }

  /** Stores transitions in one transaction. */
  public void store(List<AlarmTransition> transitions) throws SQLException {
    if (transitions.isEmpty()) {
      return;
    }
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try (PreparedStatement insert = c.prepareStatement(
          "INSERT INTO alarm_transition (alarm_id, source, at, from_state, to_state, priority, active, val, message,"
              + " cause, user_name, user_comment, chattering, words) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (AlarmTransition t : transitions) {
          insert.setString(1, t.alarmId());
          insert.setString(2, t.source());
          insert.setLong(3, t.at().toEpochMilli());
          insert.setString(4, t.from().name());
          insert.setString(5, t.to().name());
          insert.setString(6, t.priority().name());
          insert.setBoolean(7, t.active());
          if (Double.isFinite(t.value())) {
            insert.setDouble(8, t.value());
          } else {
            insert.setNull(8, java.sql.Types.DOUBLE);
          }
          insert.setString(9, t.message());
          insert.setString(10, t.cause().name());
          insert.setString(11, t.user().orElse(null));
          insert.setString(12, t.comment().orElse(null));
          insert.setBoolean(13, t.chattering());
          String words = WordsJson.write(t.words());
          insert.setString(14, words.length() <= MAX_WORDS ? words : null);
          insert.addBatch();
        }
        insert.executeBatch();
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Transitions in [from, to), oldest first. */
  public List<AlarmTransition> between(Instant from, Instant to) throws SQLException {
    return query("SELECT * FROM alarm_transition WHERE at >= ? AND at < ? ORDER BY id", from.toEpochMilli(), to.toEpochMilli());
  }

  /** The latest transition of every alarm: its current state as last stored. */
  public List<AlarmTransition> latestPerAlarm() throws SQLException {
    return query("SELECT * FROM alarm_transition t WHERE id = (SELECT MAX(id) FROM alarm_transition u WHERE u.alarm_id = t.alarm_id)"
        + " ORDER BY CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 2 ELSE 3 END, at DESC");
  }

  private List<AlarmTransition> query(String sql, Object... parameters) throws SQLException {
    List<AlarmTransition> rows = new ArrayList<>();
    try (Connection c = database.connection(); PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          double value = rs.getDouble("val");
          if (rs.wasNull()) {
            value = Double.NaN;
          }
          String message = rs.getString("message");
          rows.add(new AlarmTransition(
              rs.getString("alarm_id"), rs.getString("source"), Instant.ofEpochMilli(rs.getLong("at")),
              AlarmState.valueOf(rs.getString("from_state")), AlarmState.valueOf(rs.getString("to_state")),
              AlarmPriority.valueOf(rs.getString("priority")), rs.getBoolean("active"), value,
              message, AlarmTransition.Cause.valueOf(rs.getString("cause")),
              Optional.ofNullable(rs.getString("user_name")), Optional.ofNullable(rs.getString("user_comment")),
              rs.getBoolean("chattering"),
              WordsJson.read(rs.getString("words")).orElseGet(() -> Because.of(AlarmPhrase.TEXT, message))));
        }
      }
    }
    return rows;
  }
}
