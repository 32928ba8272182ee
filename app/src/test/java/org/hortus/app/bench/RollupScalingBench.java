package org.hortus.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.store.Database;

/**
 * Speed harness, not a test (surefire never runs it): how long {@link Historian#maintain()} takes
 * to roll up, by the number of raw rows per point in the rolled-up range, beside the JOIN form of
 * the rollup statements that {@code Rollups} used before (kept here as the baseline).
 *
 * <p>Found while writing {@code TrendQueryBench}: with the JOIN form, maintain() over a year of one
 * point's 1-minute samples did not finish in 10 minutes. H2 2.4 plans that form (a grouped derived
 * table {@code g} joined to {@code sample l} on {@code (series_id, last_ts)} for the last value)
 * with {@code sample} outside and the derived table inside, evaluated again for every outer row,
 * restricted only to that row's series: the cost grows with the sum over points of (rows of the
 * point in the range)². The hour statement had the same shape over {@code rollup_minute}. Since
 * then {@code Rollups} takes the last value by a scalar subquery on the primary key; this harness
 * shows both, and prints H2's plan of the old form.
 *
 * <p>Cases, each in a fresh H2 file database ({@code Database.open}), rows inserted by JDBC
 * batches (not timed), then timed:
 *
 * <ul>
 *   <li><b>maintain()</b>: a {@link Historian} with {@link HistorianSettings#defaults()} and a clock
 *       30 s past the data's end, so one call rolls up all of it (as the running historian does
 *       each minute, after a restart, or when it fell behind; it runs on the flush thread, so
 *       nothing is written meanwhile);
 *   <li><b>old JOIN form</b>: the two statements as {@code Rollups} had them, run directly over the
 *       same range (only for the smaller cases: it is quadratic).
 * </ul>
 *
 * For one point, K minutes of 1-minute samples (K = 1,000, 2,000, 4,000 and a year, 525,600), and
 * for P points with one minute of 1-second samples each (what the running historian rolls up
 * each minute when P points change every second; P = 1,000, 5,000, 10,000, 50,000). Where both
 * run, they must give the same rollup rows (checked). System property {@code bench.dir}: where the
 * temporary folders go. How to run it: README.md, "Speed".
 */
public final class RollupScalingBench {

  private static final long BASE = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
  private static final long MINUTE = 60_000;

  /** The minute SELECT of {@code Rollups} before it took the last value by key. */
  private static final String OLD_MINUTE_SELECT = """
      SELECT g.series_id, g.bucket, g.mn, g.mx, g.av, l.val, g.n
      FROM (SELECT series_id, ts - MOD(ts, 60000) AS bucket, MIN(val) AS mn, MAX(val) AS mx,
                   AVG(val) AS av, MAX(ts) AS last_ts, COUNT(*) AS n
            FROM sample WHERE ts >= ? AND ts < ? AND quality < 2
            GROUP BY series_id, ts - MOD(ts, 60000)) g
      JOIN sample l ON l.series_id = g.series_id AND l.ts = g.last_ts""";

  private static final String OLD_MINUTE =
      "INSERT INTO rollup_minute (series_id, bucket, min_val, max_val, mean_val, last_val, n)\n" + OLD_MINUTE_SELECT;

  /** The hour statement of {@code Rollups} before it took the last value by key. */
  private static final String OLD_HOUR = """
      INSERT INTO rollup_hour (series_id, bucket, min_val, max_val, mean_val, last_val, n)
      SELECT g.series_id, g.bucket, g.mn, g.mx, g.av, l.last_val, g.n
      FROM (SELECT series_id, bucket - MOD(bucket, 3600000) AS bucket, MIN(min_val) AS mn,
                   MAX(max_val) AS mx, SUM(mean_val * n) / SUM(n) AS av,
                   MAX(bucket) AS last_bucket, SUM(n) AS n
            FROM rollup_minute WHERE bucket >= ? AND bucket < ?
            GROUP BY series_id, bucket - MOD(bucket, 3600000)) g
      JOIN rollup_minute l ON l.series_id = g.series_id AND l.bucket = g.last_bucket""";

  private final Path baseDir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));

  record Case(int points, int rowsPerPoint, long stepMillis) {
    long rows() {
      return (long) points * rowsPerPoint;
    }

    long end() {
      return BASE + rowsPerPoint * stepMillis;
    }

    String label() {
      return stepMillis == MINUTE
          ? String.format(Locale.ROOT, "%,d point, %,d min of 1-min samples", points, rowsPerPoint)
          : String.format(Locale.ROOT, "%,d points, %,d s of 1-s samples", points, rowsPerPoint);
    }
  }

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    new RollupScalingBench().run();
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "Rollup scaling: %d cores, %s %s, load average %.2f at start%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), BenchSupport.loadAverage());
    explain();
    measure(new Case(1, 1000, MINUTE), true); // warm-up, not printed in the table
    System.out.println();
    System.out.println("| rows in the rolled-up range | rows | maintain() s | old JOIN form s |");
    System.out.println("|---|---:|---:|---:|");
    for (Case c : new Case[] {
        new Case(1, 1000, MINUTE), new Case(1, 2000, MINUTE), new Case(1, 4000, MINUTE),
        new Case(1_000, 60, 1000), new Case(5_000, 60, 1000), new Case(10_000, 60, 1000)}) {
      double[] seconds = measure(c, true);
      System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | %.2f |%n", c.label(), c.rows(), seconds[0], seconds[1]);
    }
    for (Case c : new Case[] {new Case(1, 525_600, MINUTE), new Case(50_000, 60, 1000)}) {
      double[] seconds = measure(c, false);
      System.out.printf(Locale.ROOT, "| %s | %,d | %.2f | (not run) |%n", c.label(), c.rows(), seconds[0]);
    }
    System.out.printf(Locale.ROOT, "load average at end %.2f%n", BenchSupport.loadAverage());
  }

  private void explain() throws Exception {
    Path dir = Files.createTempDirectory(baseDir, "hortus-rollup-bench-");
    try (Database database = Database.open(Database.fileUrl(dir.resolve("bench")))) {
      fill(database, new Case(10, 100, 1000));
      try (Connection c = database.connection(); PreparedStatement explain = c.prepareStatement("EXPLAIN " + OLD_MINUTE_SELECT)) {
        explain.setLong(1, 0);
        explain.setLong(2, Long.MAX_VALUE);
        try (ResultSet rs = explain.executeQuery()) {
          rs.next();
          System.out.println("H2 plan of the old JOIN form's minute statement (the derived table's filter holds the"
              + " outer row's SERIES_ID and last_ts: it is evaluated again per row of L):");
          System.out.println(rs.getString(1));
        }
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
  }

  /** Returns {maintain() seconds, old JOIN form seconds or NaN}. */
  private double[] measure(Case c, boolean withOld) throws Exception {
    double maintain;
    double[][] productRows;
    Path dir = Files.createTempDirectory(baseDir, "hortus-rollup-bench-");
    try (Database database = Database.open(Database.fileUrl(dir.resolve("bench")))) {
      fill(database, c);
      try (Historian historian = new Historian(database, HistorianSettings.defaults(),
          Clock.fixed(Instant.ofEpochMilli(c.end() + 30_000), ZoneOffset.UTC))) {
        long t = System.nanoTime();
        historian.maintain();
        maintain = (System.nanoTime() - t) / 1e9;
      }
      productRows = rollupSums(database);
    } finally {
      BenchSupport.deleteTree(dir);
    }
    if (!withOld) {
      return new double[] {maintain, Double.NaN};
    }
    double old;
    dir = Files.createTempDirectory(baseDir, "hortus-rollup-bench-");
    try (Database database = Database.open(Database.fileUrl(dir.resolve("bench")))) {
      fill(database, c);
      long t = System.nanoTime();
      try (Connection conn = database.connection()) {
        conn.setAutoCommit(false);
        long minuteEnd = c.end() - Math.floorMod(c.end(), MINUTE);
        long hourEnd = minuteEnd - Math.floorMod(minuteEnd, 3_600_000L);
        String[] statements = {OLD_MINUTE, OLD_HOUR};
        long[] ends = {minuteEnd, hourEnd};
        for (int i = 0; i < 2; i++) {
          try (PreparedStatement insert = conn.prepareStatement(statements[i])) {
            insert.setLong(1, 0);
            insert.setLong(2, ends[i]);
            insert.executeUpdate();
          }
        }
        conn.commit();
      }
      old = (System.nanoTime() - t) / 1e9;
      double[][] oldRows = rollupSums(database);
      for (int i = 0; i < 2; i++) {
        for (int j = 0; j < productRows[i].length; j++) {
          if (Math.abs(productRows[i][j] - oldRows[i][j]) > 1e-6 * Math.max(1, Math.abs(productRows[i][j]))) {
            throw new IllegalStateException(c.label() + ": the old form's rollups differ from maintain()'s");
          }
        }
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
    return new double[] {maintain, old};
  }

  /** Per table: row count and sums of every column, to compare two rollups. */
  private static double[][] rollupSums(Database database) throws SQLException {
    double[][] sums = new double[2][];
    String[] tables = {"rollup_minute", "rollup_hour"};
    try (Connection c = database.connection(); Statement s = c.createStatement()) {
      for (int i = 0; i < 2; i++) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*), SUM(series_id), SUM(bucket), SUM(min_val), SUM(max_val),"
            + " SUM(mean_val), SUM(last_val), SUM(n) FROM " + tables[i])) {
          rs.next();
          sums[i] = new double[8];
          for (int col = 0; col < 8; col++) {
            sums[i][col] = rs.getDouble(col + 1);
          }
        }
      }
    }
    return sums;
  }

  /** Series rows, then every point's samples by JDBC batches of 1,000, value varying. */
  private static void fill(Database database, Case c) throws SQLException {
    try (Connection conn = database.connection()) {
      conn.setAutoCommit(false);
      try (PreparedStatement series = conn.prepareStatement("INSERT INTO series (point_id) VALUES (?)")) {
        for (int p = 0; p < c.points(); p++) {
          series.setString(1, "bench.p" + p);
          series.addBatch();
        }
        series.executeBatch();
      }
      conn.commit();
      int firstId;
      try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(id) FROM series")) {
        rs.next();
        firstId = rs.getInt(1);
      }
      try (PreparedStatement insert = conn.prepareStatement("INSERT INTO sample (series_id, ts, val, quality) VALUES (?, ?, ?, 0)")) {
        long k = 0;
        for (int r = 0; r < c.rowsPerPoint(); r++) {
          for (int p = 0; p < c.points(); p++) {
            insert.setInt(1, firstId + p);
            insert.setLong(2, BASE + r * c.stepMillis());
            insert.setDouble(3, (r * 31L + p) % 97 * 0.25);
            insert.addBatch();
            if (++k % 1000 == 0) {
              insert.executeBatch();
              conn.commit();
            }
          }
        }
        insert.executeBatch();
        conn.commit();
      }
    }
  }
}
