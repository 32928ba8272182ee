package org.hortus.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The runtime's heartbeat row: other consoles and tools see whether a runtime is alive. */
public final class HeartbeatStore {

  private final Database database;

  public HeartbeatStore(Database database) {
    this.database = database;
  }

  public void beat(String runtimeId, Instant at) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement merge = c.prepareStatement("MERGE INTO heartbeat (runtime_id, beat_at) KEY (runtime_id) VALUES (?, ?)")) {
      merge.setString(1, runtimeId);
      merge.setLong(2, at.toEpochMilli());
      merge.executeUpdate();
    }
  }

  public Optional<Instant> lastBeat(String runtimeId) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement("SELECT beat_at FROM heartbeat WHERE runtime_id = ?")) {
      select.setString(1, runtimeId);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
      }
    }
  }
}
