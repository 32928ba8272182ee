package org.hortus.app.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hortus.app.store.Database;

/**
 * Trends for drawing: a point over a time range at a given pixel width, answered from raw
 * samples when the range is short, else from minute or hour rollups, and reduced with {@link
 * Lttb} to at most the width. Call it off the FX thread: it reads the database.
 */
public final class TrendQuery {

  private final Database database;

  public TrendQuery(Database database) {
    this.database = database;
  }

  public Trend query(String pointId, Instant from, Instant to, int widthPixels) throws SQLException {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("trend range must end after it starts: " + from + " – " + to);
    }
    if (widthPixels < 3) {
      throw new IllegalArgumentException("trend width must be at least 3 pixels, was " + widthPixels);
    }
    Duration perPixel = Duration.between(from, to).dividedBy(widthPixels);
    String source = perPixel.compareTo(Duration.ofMinutes(1)) < 0 ? "raw"
        : perPixel.compareTo(Duration.ofHours(1)) < 0 ? "minute" : "hour";
    List<TrendPoint> points = read(pointId, source, from.toEpochMilli(), to.toEpochMilli());
    if (points.isEmpty() && !source.equals("raw")) {
      // Rollups lag the raw data by up to a minute: a fresh range may only exist raw.
      source = "raw";
      points = read(pointId, source, from.toEpochMilli(), to.toEpochMilli());
    }
    return new Trend(pointId, source, Lttb.downsample(points, widthPixels));
  }

  private List<TrendPoint> read(String pointId, String source, long from, long to) throws SQLException {
    String sql = switch (source) {
      case "raw" -> "SELECT s.ts, s.val, s.val, s.val FROM sample s JOIN series p ON p.id = s.series_id"
          + " WHERE p.point_id = ? AND s.ts >= ? AND s.ts < ? AND s.quality < 2 ORDER BY s.ts";
      case "minute" -> "SELECT r.bucket, r.mean_val, r.min_val, r.max_val FROM rollup_minute r JOIN series p ON p.id = r.series_id"
          + " WHERE p.point_id = ? AND r.bucket >= ? AND r.bucket < ? ORDER BY r.bucket";
      default -> "SELECT r.bucket, r.mean_val, r.min_val, r.max_val FROM rollup_hour r JOIN series p ON p.id = r.series_id"
          + " WHERE p.point_id = ? AND r.bucket >= ? AND r.bucket < ? ORDER BY r.bucket";
    };
    List<TrendPoint> points = new ArrayList<>();
    try (Connection c = database.connection(); PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, pointId);
      select.setLong(2, from);
      select.setLong(3, to);
      select.setFetchSize(10_000);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          points.add(new TrendPoint(rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
        }
      }
    }
    return points;
  }
}
