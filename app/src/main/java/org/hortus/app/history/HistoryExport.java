package org.hortus.app.history;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.hortus.app.store.Database;

/**
 * Writes a point's history over a time range as CSV: raw samples where they are kept, else the
 * minute rollups (raw values past their retention are gone; rollups stay).
 */
public final class HistoryExport {

  private static final String[] QUALITY = {"GOOD", "UNCERTAIN", "BAD"};

  private final Database database;

  public HistoryExport(Database database) {
    this.database = database;
  }

  /** Writes the rows and returns how many; the header names units and columns. */
  public long export(String pointId, Instant from, Instant to, Writer out) throws SQLException, IOException {
    long rows = raw(pointId, from, to, out);
    return rows > 0 ? rows : minutes(pointId, from, to, out);
  }

  private long raw(String pointId, Instant from, Instant to, Writer out) throws SQLException, IOException {
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(
            "SELECT s.ts, s.val, s.quality FROM sample s JOIN series p ON p.id = s.series_id"
                + " WHERE p.point_id = ? AND s.ts >= ? AND s.ts < ? ORDER BY s.ts")) {
      select.setString(1, pointId);
      select.setLong(2, from.toEpochMilli());
      select.setLong(3, to.toEpochMilli());
      select.setFetchSize(10_000);
      long rows = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          if (rows++ == 0) {
            out.write("time,value,quality\n");
          }
          int quality = rs.getInt(3);
          out.write(Instant.ofEpochMilli(rs.getLong(1)) + "," + (quality == 2 ? "" : rs.getDouble(2)) + "," + QUALITY[quality] + "\n");
        }
      }
      return rows;
    }
  }

  private long minutes(String pointId, Instant from, Instant to, Writer out) throws SQLException, IOException {
    try (Connection c = database.connection();
        PreparedStatement select = c.prepareStatement(
            "SELECT r.bucket, r.mean_val, r.min_val, r.max_val, r.last_val, r.n FROM rollup_minute r"
                + " JOIN series p ON p.id = r.series_id WHERE p.point_id = ? AND r.bucket >= ? AND r.bucket < ? ORDER BY r.bucket")) {
      select.setString(1, pointId);
      select.setLong(2, from.toEpochMilli());
      select.setLong(3, to.toEpochMilli());
      long rows = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          if (rows++ == 0) {
            out.write("minute,mean,min,max,last,count\n");
          }
          out.write(Instant.ofEpochMilli(rs.getLong(1)) + "," + rs.getDouble(2) + "," + rs.getDouble(3) + ","
              + rs.getDouble(4) + "," + rs.getDouble(5) + "," + rs.getInt(6) + "\n");
        }
      }
      return rows;
    }
  }
}
