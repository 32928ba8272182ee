package org.hortus.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.history.Trend;
import org.hortus.app.history.TrendQuery;
import org.hortus.app.store.Database;

/**
 * Speed harness, not a test (surefire never runs it): how long {@link TrendQuery#query} takes for
 * one point over one year, drawn 1,000 pixels wide.
 *
 * <ol>
 *   <li><b>A year of 1-minute data</b>: a fresh H2 file database ({@code Database.open}) gets one
 *       point's 525,600 samples of 2025 (a daily and a yearly wave plus noise) by raw JDBC batches
 *       of 1,000 (for speed; the historian would write the same rows). Then {@link
 *       Historian#maintain()} with a clock one minute after the year's end rolls up the year's
 *       minutes and hours, as the running historian would have minute by minute, and applies the
 *       default 90-day raw retention (raw rows remain for the last 90 days, as in the product).
 *       Timed too: this is what the historian does after a long stop.
 *   <li><b>A year of 1-second data</b>: 31.5 million raw rows are too heavy to insert here, and the
 *       product keeps raw rows for 90 days only anyway. So only what the historian would have
 *       left is written, directly: the 525,600 {@code rollup_minute} and 8,760 {@code rollup_hour}
 *       rows, computed by {@code RollupWriter} from a generated 1-second signal (n = 60 per
 *       minute, 3,600 per hour) by the definitions of {@code Rollups}. No raw rows. First a
 *       check that {@code RollupWriter} writes what the historian writes: for three hours of the
 *       1-minute signal in a separate database, its rows equal those of {@code maintain()}.
 * </ol>
 *
 * For each, several queries: the year at 1,000 px (the goal; 8.76 h per pixel, so {@code
 * TrendQuery} reads the hour rollups: 8,760 rows), and for comparison the year at 10,000 px (52.6
 * min per pixel: the minute rollups, 525,600 rows), the last 7 days at 1,000 px (minutes, 10,080
 * rows) and, for the 1-minute point, the last 12 hours at 1,000 px (raw, 720 rows). Each query is
 * run {@code bench.warmup} times untimed (default 10), then {@code bench.runs} times (default 20):
 * the median, fastest and slowest are printed. The very first query of the process (cold JIT)
 * and the first after closing and reopening the database (empty H2 cache) are printed too.
 * System property {@code bench.dir}: where the temporary folders go. How to run it: README.md,
 * "Speed".
 */
public final class TrendQueryBench {

  private static final Instant YEAR_START = Instant.parse("2025-01-01T00:00:00Z");
  private static final Instant YEAR_END = YEAR_START.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
  private static final long MINUTE = 60_000;
  private static final long HOUR = 3_600_000;
  private static final long DAY = 86_400_000;
  private static final int WIDTH = 1000;

  private final int warmup = Integer.getInteger("bench.warmup", 10);
  private final int runs = Integer.getInteger("bench.runs", 20);
  private final Path baseDir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));

  record Query(String label, Instant from, Instant to, int width) {}

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    new TrendQueryBench().run();
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT,
        "Trend query: %d cores, %s %s, load average %.2f at start; %d warm-up runs, %d timed runs per query%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), BenchSupport.loadAverage(), warmup, runs);
    checkRollupsAgainstHistorian();
    double minuteYear = minuteData();
    double secondYear = secondRollups();
    System.out.printf(Locale.ROOT,
        "%nGoal: a year of 1-minute data to 1,000 points under 100 ms: %s (median %.1f ms);"
            + " a year of 1-second data from rollups: median %.1f ms (%s 100 ms)%n",
        minuteYear < 100 ? "met" : "NOT met", minuteYear, secondYear, secondYear < 100 ? "under" : "NOT under");
    System.out.printf(Locale.ROOT, "load average at end %.2f%n", BenchSupport.loadAverage());
  }

  // ---------------------------------------------------------------- a year of 1-minute data

  private double minuteData() throws Exception {
    String pointId = "GH-01.air.temperature";
    Path dir = Files.createTempDirectory(baseDir, "hortus-trend-bench-");
    try {
      String url = Database.fileUrl(dir.resolve("bench"));
      Database database = Database.open(url);
      System.out.printf(Locale.ROOT, "%n== One point, a year of 1-minute samples (%s – %s)%n", YEAR_START, YEAR_END);
      try {
        long t0 = System.nanoTime();
        int series = createSeries(database, pointId);
        long rows = insertMinuteSamples(database, series, YEAR_START, YEAR_END);
        System.out.printf(Locale.ROOT, "inserted %,d raw rows by JDBC batches in %.1f s%n", rows, seconds(t0));
        Historian historian = new Historian(database, HistorianSettings.defaults(),
            Clock.fixed(YEAR_END.plus(Duration.ofMinutes(1)), ZoneOffset.UTC));
        long t1 = System.nanoTime();
        historian.maintain();
        System.out.printf(Locale.ROOT,
            "Historian.maintain() at the year's end + 1 min (rollups of the whole year, then the 90-day raw retention)"
                + " took %.1f s%n", seconds(t1));
        historian.close();
        printCounts(database);
      } catch (Exception e) {
        database.close();
        throw e;
      }
      database.close();

      database = Database.open(url); // cold cache for the first query
      try {
        TrendQuery trends = new TrendQuery(database);
        Query year = new Query("year at 1,000 px", YEAR_START, YEAR_END, WIDTH);
        timeFirst("first query of the process (cold JIT, fresh database handle)", trends, pointId, year);
        explain(database, pointId);
        double median = time(trends, pointId, year);
        time(trends, pointId, new Query("year at 10,000 px", YEAR_START, YEAR_END, 10_000));
        time(trends, pointId, new Query("last 7 days at 1,000 px", YEAR_END.minusMillis(7 * DAY), YEAR_END, WIDTH));
        time(trends, pointId, new Query("last 12 h at 1,000 px", YEAR_END.minusMillis(12 * HOUR), YEAR_END, WIDTH));
        database.close();
        database = Database.open(url);
        timeFirst("year at 1,000 px, first query after reopening the database", new TrendQuery(database), pointId, year);
        return median;
      } finally {
        database.close();
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
  }

  private static long insertMinuteSamples(Database database, int series, Instant from, Instant to) throws SQLException {
    SplittableRandom random = new SplittableRandom(42);
    long rows = 0;
    try (Connection c = database.connection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO sample (series_id, ts, val, quality) VALUES (?, ?, ?, ?)")) {
      c.setAutoCommit(false);
      for (long ts = from.toEpochMilli(); ts < to.toEpochMilli(); ts += MINUTE) {
        insert.setInt(1, series);
        insert.setLong(2, ts);
        insert.setDouble(3, signal(ts, random));
        insert.setInt(4, 0);
        insert.addBatch();
        if (++rows % 1000 == 0) {
          insert.executeBatch();
          c.commit();
        }
      }
      insert.executeBatch();
      c.commit();
    }
    return rows;
  }

  /**
   * Checks that the bench's rollups equal the historian's own: the first three hours of the same
   * signal into a separate small database, rolled up there by {@link Historian#maintain()} and by
   * {@link RollupWriter}, compared row by row.
   */
  private void checkRollupsAgainstHistorian() throws Exception {
    Path dir = Files.createTempDirectory(baseDir, "hortus-trend-check-");
    try (Database database = Database.open(Database.fileUrl(dir.resolve("check")))) {
      int series = createSeries(database, "check");
      Instant end = YEAR_START.plus(Duration.ofHours(3));
      insertMinuteSamples(database, series, YEAR_START, end);
      try (Historian historian = new Historian(database, HistorianSettings.defaults(),
          Clock.fixed(end.plus(Duration.ofMinutes(1)), ZoneOffset.UTC))) {
        historian.maintain();
      }
      String[] tables = {"rollup_minute", "rollup_hour"};
      double[][][] theirs = new double[2][][];
      for (int t = 0; t < 2; t++) {
        theirs[t] = readRollups(database, tables[t]);
      }
      try (Connection c = database.connection(); Statement s = c.createStatement()) {
        s.executeUpdate("DELETE FROM rollup_minute");
        s.executeUpdate("DELETE FROM rollup_hour");
      }
      try (Connection read = database.connection(); Connection write = database.connection();
          RollupWriter writer = new RollupWriter(write, series);
          PreparedStatement select = read.prepareStatement("SELECT ts, val FROM sample WHERE series_id = ? ORDER BY ts")) {
        select.setInt(1, series);
        try (ResultSet rs = select.executeQuery()) {
          while (rs.next()) {
            writer.add(rs.getLong(1), rs.getDouble(2));
          }
        }
        writer.finish();
        write.commit();
      }
      for (int t = 0; t < 2; t++) {
        double[][] ours = readRollups(database, tables[t]);
        if (ours.length != theirs[t].length || ours.length == 0) {
          throw new IllegalStateException(tables[t] + ": bench wrote " + ours.length + " rows, historian " + theirs[t].length);
        }
        for (int r = 0; r < ours.length; r++) {
          for (int col = 0; col < ours[r].length; col++) {
            if (Math.abs(ours[r][col] - theirs[t][r][col]) > 1e-9 * Math.max(1, Math.abs(ours[r][col]))) {
              throw new IllegalStateException(tables[t] + " row " + r + " column " + col + ": bench "
                  + ours[r][col] + ", historian " + theirs[t][r][col]);
            }
          }
        }
        System.out.printf(Locale.ROOT, "check: the bench's %s rows equal Historian.maintain()'s (%d rows of 3 hours)%n",
            tables[t], ours.length);
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
  }

  private static double[][] readRollups(Database database, String table) throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT bucket, min_val, max_val, mean_val, last_val, n FROM " + table + " ORDER BY bucket")) {
      java.util.List<double[]> rows = new java.util.ArrayList<>();
      while (rs.next()) {
        rows.add(new double[] {rs.getLong(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5), rs.getInt(6)});
      }
      return rows.toArray(double[][]::new);
    }
  }

  /**
   * Writes minute and hour rollup rows from values given in time order, by the definitions of
   * {@code Rollups}: a minute's min, max, mean, last and count; an hour's min of minimums, max of
   * maximums, mean weighted by count, last of its last minute, summed count. Batches of 1,000.
   */
  private static final class RollupWriter implements AutoCloseable {
    private static final String SQL =
        "INSERT INTO %s (series_id, bucket, min_val, max_val, mean_val, last_val, n) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;
    private final int series;
    private final PreparedStatement minuteInsert;
    private final PreparedStatement hourInsert;
    long minutes;
    long hours;
    private long minute = Long.MIN_VALUE;
    private double min;
    private double max;
    private double sum;
    private double last;
    private int n;
    private long hour = Long.MIN_VALUE;
    private double hMin;
    private double hMax;
    private double hWeighted;
    private double hLast;
    private long hN;

    RollupWriter(Connection connection, int series) throws SQLException {
      this.connection = connection;
      this.series = series;
      connection.setAutoCommit(false);
      this.minuteInsert = connection.prepareStatement(String.format(SQL, "rollup_minute"));
      this.hourInsert = connection.prepareStatement(String.format(SQL, "rollup_hour"));
    }

    void add(long ts, double value) throws SQLException {
      long bucket = ts - Math.floorMod(ts, MINUTE);
      if (bucket != minute) {
        endMinute();
        minute = bucket;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        sum = 0;
        n = 0;
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
      sum += value;
      last = value;
      n++;
    }

    void finish() throws SQLException {
      endMinute();
      endHour();
      minuteInsert.executeBatch();
      hourInsert.executeBatch();
    }

    private void endMinute() throws SQLException {
      if (n == 0) {
        return;
      }
      double mean = sum / n;
      set(minuteInsert, minute, min, max, mean, last, n);
      minuteInsert.addBatch();
      if (++minutes % 1000 == 0) {
        minuteInsert.executeBatch();
        connection.commit();
      }
      long bucket = minute - Math.floorMod(minute, HOUR);
      if (bucket != hour) {
        endHour();
        hour = bucket;
        hMin = Double.POSITIVE_INFINITY;
        hMax = Double.NEGATIVE_INFINITY;
        hWeighted = 0;
        hN = 0;
      }
      hMin = Math.min(hMin, min);
      hMax = Math.max(hMax, max);
      hWeighted += mean * n;
      hLast = last;
      hN += n;
      n = 0;
    }

    private void endHour() throws SQLException {
      if (hN == 0) {
        return;
      }
      set(hourInsert, hour, hMin, hMax, hWeighted / hN, hLast, (int) hN);
      hourInsert.addBatch();
      hN = 0;
      if (++hours % 1000 == 0) {
        hourInsert.executeBatch();
        connection.commit();
      }
    }

    private void set(PreparedStatement insert, long bucket, double min, double max, double mean, double last, int n)
        throws SQLException {
      insert.setInt(1, series);
      insert.setLong(2, bucket);
      insert.setDouble(3, min);
      insert.setDouble(4, max);
      insert.setDouble(5, mean);
      insert.setDouble(6, last);
      insert.setInt(7, n);
    }

    @Override
    public void close() throws SQLException {
      minuteInsert.close();
      hourInsert.close();
    }
  }

  // ---------------------------------------------------------------- a year of 1-second data, as rollups

  private double secondRollups() throws Exception {
    String pointId = "GH-01.air.temperature.1s";
    Path dir = Files.createTempDirectory(baseDir, "hortus-trend-bench-");
    try {
      String url = Database.fileUrl(dir.resolve("bench"));
      Database database = Database.open(url);
      System.out.printf(Locale.ROOT,
          "%n== One point, a year of 1-second samples: only its rollups (no raw rows; see the class comment)%n");
      try {
        long t0 = System.nanoTime();
        int series = createSeries(database, pointId);
        long[] counts = insertSecondRollups(database, series);
        System.out.printf(Locale.ROOT,
            "computed from %,d generated 1-s values and inserted %,d minute and %,d hour rollup rows in %.1f s%n",
            counts[0], counts[1], counts[2], seconds(t0));
        printCounts(database);
      } catch (Exception e) {
        database.close();
        throw e;
      }
      database.close();
      database = Database.open(url);
      try {
        TrendQuery trends = new TrendQuery(database);
        Query year = new Query("year at 1,000 px", YEAR_START, YEAR_END, WIDTH);
        timeFirst("first query, fresh database handle", trends, pointId, year);
        double median = time(trends, pointId, year);
        time(trends, pointId, new Query("year at 10,000 px", YEAR_START, YEAR_END, 10_000));
        time(trends, pointId, new Query("last 7 days at 1,000 px", YEAR_END.minusMillis(7 * DAY), YEAR_END, WIDTH));
        return median;
      } finally {
        database.close();
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
  }

  /** Returns {1-s values generated, minute rows, hour rows}. */
  private static long[] insertSecondRollups(Database database, int series) throws SQLException {
    SplittableRandom random = new SplittableRandom(42);
    long seconds = 0;
    try (Connection c = database.connection(); RollupWriter writer = new RollupWriter(c, series)) {
      for (long s = YEAR_START.toEpochMilli(); s < YEAR_END.toEpochMilli(); s += 1000) {
        writer.add(s, signal(s, random));
        seconds++;
      }
      writer.finish();
      try (Statement update = c.createStatement()) {
        update.executeUpdate("UPDATE rollup_watermark SET done_until = " + YEAR_END.toEpochMilli());
      }
      c.commit();
      return new long[] {seconds, writer.minutes, writer.hours};
    }
  }

  // ---------------------------------------------------------------- shared

  /** An air temperature: 18 °C, ±6 over the day, ±4 over the year, plus noise of ±0.25. */
  private static double signal(long epochMillis, SplittableRandom random) {
    double day = 2 * Math.PI * Math.floorMod(epochMillis, DAY) / DAY;
    double year = 2 * Math.PI * (epochMillis - YEAR_START.toEpochMilli()) / (365.0 * DAY);
    return 18 + 6 * Math.sin(day - Math.PI / 2) - 4 * Math.cos(year) + random.nextDouble(-0.25, 0.25);
  }

  private static int createSeries(Database database, String pointId) throws SQLException {
    try (Connection c = database.connection()) {
      try (PreparedStatement insert = c.prepareStatement("INSERT INTO series (point_id) VALUES (?)")) {
        insert.setString(1, pointId);
        insert.executeUpdate();
      }
      try (PreparedStatement select = c.prepareStatement("SELECT id FROM series WHERE point_id = ?")) {
        select.setString(1, pointId);
        try (ResultSet rs = select.executeQuery()) {
          rs.next();
          return rs.getInt(1);
        }
      }
    }
  }

  private static void printCounts(Database database) throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement()) {
      StringBuilder text = new StringBuilder("rows now:");
      for (String table : new String[] {"sample", "rollup_minute", "rollup_hour"}) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          text.append(String.format(Locale.ROOT, " %s %,d", table, rs.getLong(1)));
        }
      }
      System.out.println(text);
    }
  }

  private static void explain(Database database, String pointId) throws SQLException {
    try (Connection c = database.connection();
        PreparedStatement explain = c.prepareStatement(
            "EXPLAIN SELECT r.bucket, r.mean_val, r.min_val, r.max_val FROM rollup_hour r JOIN series p ON p.id = r.series_id"
                + " WHERE p.point_id = ? AND r.bucket >= ? AND r.bucket < ? ORDER BY r.bucket")) {
      explain.setString(1, pointId);
      explain.setLong(2, YEAR_START.toEpochMilli());
      explain.setLong(3, YEAR_END.toEpochMilli());
      try (ResultSet rs = explain.executeQuery()) {
        rs.next();
        System.out.println("H2 plan of the hour-rollup read: " + rs.getString(1).replaceAll("\\s+", " "));
      }
    }
  }

  private static void timeFirst(String label, TrendQuery trends, String pointId, Query query) throws SQLException {
    long t = System.nanoTime();
    Trend trend = trends.query(pointId, query.from(), query.to(), query.width());
    double ms = (System.nanoTime() - t) / 1e6;
    System.out.printf(Locale.ROOT, "  %-62s %8.1f ms (%s, %,d points)%n", label, ms, trend.source(), trend.points().size());
  }

  /** Warms up, then returns the median of the timed runs in ms, printing median, min and max. */
  private double time(TrendQuery trends, String pointId, Query query) throws SQLException {
    Trend trend = null;
    for (int i = 0; i < warmup; i++) {
      trend = trends.query(pointId, query.from(), query.to(), query.width());
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long t = System.nanoTime();
      trend = trends.query(pointId, query.from(), query.to(), query.width());
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    double median = BenchSupport.median(ms);
    System.out.printf(Locale.ROOT, "  %-62s median %6.1f ms (min %.1f, max %.1f) from %s, %,d points drawn%n",
        query.label(), median, Arrays.stream(ms).min().orElse(Double.NaN), Arrays.stream(ms).max().orElse(Double.NaN),
        trend.source(), trend.points().size());
    return median;
  }

  private static double seconds(long sinceNanos) {
    return (System.nanoTime() - sinceNanos) / 1e9;
  }
}
