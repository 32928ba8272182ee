package org.hortus.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ManualOverride;

/**
 * Manual overrides on H2. {@link #save} returns only after the commit is on disk (the database
 * runs with WRITE_DELAY=0), so an override reported saved survives a crash, and after a restart
 * {@link #activeAt} gives back what must still hold.
 */
public final class OverrideStore {

  /** A stored override with its id and greenhouse. */
  public record StoredOverride(long id, String greenhouseId, ManualOverride override) {}

  private final Database database;

  public OverrideStore(Database database) {
    this.database = database;
  }

  /** Saves and commits an override; returns its id. */
  public long save(String greenhouseId, ManualOverride override, Instant setAt) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO manual_override (greenhouse_id, actuator, val, set_at, expires_at, set_by, reason)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, greenhouseId);
      insert.setString(2, override.actuator().name());
      insert.setDouble(3, override.value());
      insert.setLong(4, setAt.toEpochMilli());
      insert.setLong(5, override.expires().toEpochMilli());
      insert.setString(6, override.user());
      insert.setString(7, override.reason());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Ends an override early. */
  public void clear(long id, Instant at) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement update = c.prepareStatement("UPDATE manual_override SET cleared_at = ? WHERE id = ?")) {
      update.setLong(1, at.toEpochMilli());
      update.setLong(2, id);
      update.executeUpdate();
    }
  }

  /** Every override not expired nor cleared at {@code now}, oldest first. */
  public List<StoredOverride> activeAt(Instant now) throws SQLException {
    List<StoredOverride> active = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(
            "SELECT id, greenhouse_id, actuator, val, expires_at, set_by, reason FROM manual_override"
                + " WHERE expires_at > ? AND cleared_at IS NULL ORDER BY id")) {
      select.setLong(1, now.toEpochMilli());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          active.add(new StoredOverride(rs.getLong(1), rs.getString(2), new ManualOverride(
              Actuator.valueOf(rs.getString(3)), rs.getDouble(4), Instant.ofEpochMilli(rs.getLong(5)),
              rs.getString(6), rs.getString(7))));
        }
      }
    }
    return active;
  }
}
