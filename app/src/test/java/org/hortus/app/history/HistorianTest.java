package org.hortus.app.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hortus.app.store.Database;
import org.hortus.devices.PointValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HistorianTest {

  private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");
  private static final String AIR = "GH-01.air.temperature";

  @TempDir Path folder;

  private Database open() {
    return Database.open(Database.fileUrl(folder.resolve("hortus")));
  }

  private static PointValue good(String id, double value, Instant at) {
    return PointValue.good(id, value, at, at);
  }

  private static HistorianSettings settings(double deadband) {
    return new HistorianSettings(Map.of(AIR, deadband), 0, Duration.ofMinutes(15), Duration.ofMillis(500), 1000,
        Duration.ofDays(90), Duration.ofSeconds(30));
  }

  private static long count(Database db, String sql) throws SQLException {
    try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void onlyChangesBeyondTheDeadbandQualityChangesAndSilenceAreStored() throws SQLException {
    try (Database db = open()) {
      Historian historian = new Historian(db, settings(0.2), Clock.fixed(T0, ZoneOffset.UTC));
      assertTrue(historian.record(good(AIR, 20.0, T0)));
      assertFalse(historian.record(good(AIR, 20.1, T0.plusSeconds(1))), "within the deadband");
      assertTrue(historian.record(good(AIR, 20.3, T0.plusSeconds(2))));
      assertTrue(historian.record(PointValue.bad(AIR, "Bad_NotConnected", T0.plusSeconds(3))), "quality changed");
      assertTrue(historian.record(good(AIR, 20.3, T0.plusSeconds(4))), "GOOD again");
      assertTrue(historian.record(good(AIR, 20.3, T0.plusSeconds(4 + 15 * 60))), "silent for 15 min");
      assertFalse(historian.record(good(AIR, 25, T0.plusSeconds(2))), "older than the last stored");
      historian.flush();
      assertEquals(5, count(db, "SELECT COUNT(*) FROM sample"));
      assertEquals(1, count(db, "SELECT COUNT(*) FROM sample WHERE quality = 2"));
    }
  }

  @Test
  void flushedHistorySurvivesClosingAndReopeningTheFile() throws SQLException {
    try (Database db = open()) {
      Historian historian = new Historian(db, settings(0), Clock.systemUTC());
      for (int i = 0; i < 2500; i++) {
        historian.record(good(AIR, i, T0.plusSeconds(i)));
      }
      historian.close();
    }
    try (Database db = open()) {
      assertEquals(2500, count(db, "SELECT COUNT(*) FROM sample"));
    }
  }

  @Test
  void minuteAndHourRollupsHoldMinMaxMeanLastAndCount() throws SQLException {
    try (Database db = open()) {
      Instant end = T0.plus(Duration.ofHours(2));
      Historian historian = new Historian(db, settings(0), Clock.fixed(end.plusSeconds(60), ZoneOffset.UTC));
      // One value every 10 s for two hours: value = seconds since T0 (6 per minute).
      for (int s = 0; s < 7200; s += 10) {
        historian.record(good(AIR, s, T0.plusSeconds(s)));
      }
      historian.maintain();
      assertEquals(120, count(db, "SELECT COUNT(*) FROM rollup_minute"));
      try (Connection c = db.connection();
          ResultSet rs = c.createStatement().executeQuery(
              "SELECT min_val, max_val, mean_val, last_val, n FROM rollup_minute ORDER BY bucket LIMIT 1")) {
        rs.next();
        assertEquals(0, rs.getDouble(1));
        assertEquals(50, rs.getDouble(2));
        assertEquals(25, rs.getDouble(3), 1e-9);
        assertEquals(50, rs.getDouble(4));
        assertEquals(6, rs.getInt(5));
      }
      try (Connection c = db.connection();
          ResultSet rs = c.createStatement().executeQuery(
              "SELECT min_val, max_val, mean_val, last_val, n FROM rollup_hour ORDER BY bucket")) {
        rs.next();
        assertEquals(0, rs.getDouble(1));
        assertEquals(3590, rs.getDouble(2));
        assertEquals(1795, rs.getDouble(3), 1e-9);
        assertEquals(3590, rs.getDouble(4));
        assertEquals(360, rs.getInt(5));
        assertTrue(rs.next(), "the second hour is finished too");
        assertFalse(rs.next());
      }
      // A second maintain adds nothing twice.
      historian.maintain();
      assertEquals(120, count(db, "SELECT COUNT(*) FROM rollup_minute"));
    }
  }

  @Test
  void rawValuesPastRetentionAreDeletedOnceRolledUpAndRollupsStay() throws SQLException {
    try (Database db = open()) {
      Instant now = T0.plus(Duration.ofDays(100));
      HistorianSettings keepNinetyDays = settings(0);
      Historian historian = new Historian(db, keepNinetyDays, Clock.fixed(now, ZoneOffset.UTC));
      historian.record(good(AIR, 1, T0));
      historian.record(good(AIR, 2, now.minus(Duration.ofDays(1))));
      historian.maintain();
      assertEquals(1, count(db, "SELECT COUNT(*) FROM sample"));
      assertEquals(2, count(db, "SELECT COUNT(*) FROM rollup_minute"));
    }
  }

  @Test
  void shortRangesComeRawAndLongOnesFromRollupsReducedToTheWidth() throws SQLException {
    try (Database db = open()) {
      Instant end = T0.plus(Duration.ofDays(3));
      Historian historian = new Historian(db, settings(0), Clock.fixed(end.plusSeconds(3600), ZoneOffset.UTC));
      for (int s = 0; s < 3 * 86400; s += 30) {
        historian.record(good(AIR, 20 + 5 * Math.sin(s / 86400.0 * 2 * Math.PI), T0.plusSeconds(s)));
      }
      historian.maintain();
      TrendQuery trends = new TrendQuery(db);

      Trend tenMinutes = trends.query(AIR, T0, T0.plus(Duration.ofMinutes(10)), 800);
      assertEquals("raw", tenMinutes.source());
      assertEquals(20, tenMinutes.points().size());

      Trend day = trends.query(AIR, T0, T0.plus(Duration.ofDays(1)), 800);
      assertEquals("minute", day.source());
      assertEquals(800, day.points().size());

      Trend threeDays = trends.query(AIR, T0, end, 50);
      assertEquals("hour", threeDays.source());
      assertEquals(50, threeDays.points().size());
      double peak = threeDays.points().stream().mapToDouble(TrendPoint::max).max().orElseThrow();
      assertEquals(25, peak, 0.01, "the envelope keeps the daily peak");
    }
  }

  @Test
  void lttbKeepsASpikeThatPlainDecimationWouldDrop() {
    List<TrendPoint> flat = new java.util.ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      flat.add(TrendPoint.raw(i * 1000L, i == 5_003 ? 100 : 0));
    }
    List<TrendPoint> reduced = Lttb.downsample(flat, 100);
    assertEquals(100, reduced.size());
    assertTrue(reduced.stream().anyMatch(p -> p.value() == 100));
    assertEquals(0, reduced.getFirst().epochMillis());
    assertEquals(9_999_000L, reduced.getLast().epochMillis());
  }
}
