package org.hortus.app.ui.trends;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.hortus.app.store.Database;

/**
 * Trend notes in the {@code trend_note} table (migration V5): written by anyone signed in, read by
 * every console for the range it shows. Reads and writes the database: call it off the FX thread.
 */
public final class TrendNoteStore {

  /** The longest note text kept, as the column allows. */
  public static final int MAX_TEXT_LENGTH = 1000;

  private final Database database;

  public TrendNoteStore(Database database) {
    this.database = database;
  }

  /** Stores a note about {@code at}, written by {@code user} at {@code createdAt}. */
  public TrendNote add(Instant at, String text, String user, Instant createdAt) throws SQLException {
    String kept = text.strip();
    if (kept.isEmpty() || kept.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException("a note needs 1 to " + MAX_TEXT_LENGTH + " characters");
    }
    Instant atMillis = at.truncatedTo(ChronoUnit.MILLIS);
    Instant createdMillis = createdAt.truncatedTo(ChronoUnit.MILLIS);
    try (Connection c = database.connection();
        PreparedStatement insert = c.prepareStatement(
            "INSERT INTO trend_note (at, text, user_name, created_at) VALUES (?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setLong(1, atMillis.toEpochMilli());
      insert.setString(2, kept);
      insert.setString(3, user);
      insert.setLong(4, createdMillis.toEpochMilli());
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return new TrendNote(keys.getLong(1), atMillis, kept, user, createdMillis);
      }
    }
  }

  /** The notes about moments in [from, to), by time. */
  public List<TrendNote> between(Instant from, Instant to) throws SQLException {
    List<TrendNote> notes = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(
            "SELECT id, at, text, user_name, created_at FROM trend_note WHERE at >= ? AND at < ? ORDER BY at, id")) {
      select.setLong(1, from.toEpochMilli());
      select.setLong(2, to.toEpochMilli());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          notes.add(new TrendNote(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
              rs.getString(4), Instant.ofEpochMilli(rs.getLong(5))));
        }
      }
    }
    return notes;
  }
}
