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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hortus.app.history.Historian;
import org.hortus.app.history.HistorianSettings;
import org.hortus.app.store.Database;
import org.hortus.devices.PointValue;

/**
 * Speed harness, not a test (surefire never runs it): how many values per second our {@link
 * Historian} stores in H2, beside a raw JDBC baseline into the same schema, in the same run.
 *
 * <p>Every run writes {@code bench.values} values (default 2,000,000) of {@code bench.points}
 * points (default 1,000) into a fresh H2 file database ({@code Database.open(Database.fileUrl(…))},
 * so Flyway's schema and {@code WRITE_DELAY=0}, as the product runs it) in a new temporary folder,
 * which is deleted afterwards. The values come in rounds: each round gives every point a new value
 * one second after its last (so the historian's deadband of 0 lets every one through) and the
 * rounds follow one another as fast as the writer takes them. The values are computed in the
 * timed loop on both sides, so both pay the same generator. Three ways:
 *
 * <ol>
 *   <li><b>raw JDBC</b>: the {@code series} rows are inserted first (not timed), then one
 *       connection, one {@code INSERT INTO sample} prepared statement, {@code addBatch} per row,
 *       {@code executeBatch} and {@code commit} every 1,000 rows.
 *   <li><b>historian, started</b>: as the runtime runs it: {@link HistorianSettings#defaults()}
 *       (deadband 0, flush every 500 ms in batches of 1,000 with a commit each), {@link
 *       Historian#start()}, so the {@code historian-flush} thread writes while this thread calls
 *       {@link Historian#record} for every value (with a fresh {@link PointValue} each, as a driver
 *       would hand it over); then {@link Historian#flush()}. Timed from the first {@code record}
 *       to the end of that flush. {@code record} is far faster than writing, so nearly all values
 *       are queued before the first background flush, and whichever of the two flushes takes the
 *       lock first writes them. The historian's own maintenance (5 s after start, on the flush
 *       thread) runs too: the values' times start at the run's start, so it finds no finished
 *       minute to roll up, but its statement still reads the whole {@code sample} table (the
 *       primary key leads with the series, not the time) while the rows are written.
 *   <li><b>historian, record then flush</b>: not started; {@code record} every value, then one
 *       {@code flush()}: the two phases timed apart (the queue then holds every value at once).
 * </ol>
 *
 * Each is run once untimed with a tenth of the values (JIT warm-up), then {@code bench.reps}
 * times (default 3) in alternating order; the summary gives best and median values/s and the
 * historian's ratio to raw. Each run checks that the table holds exactly the values written.
 * Then, unless {@code -Dbench.variants=false}, where the raw baseline's time goes: the raw inserts
 * again ({@code bench.variantValues}, default 1,000,000) with one change at a time (H2's default
 * WRITE_DELAY, fewer commits, fewer points), with the database file's size after each.
 * System property {@code bench.dir}: where the temporary folders go (default java.io.tmpdir).
 * How to run it: README.md, "Speed".
 */
public final class HistorianThroughputBench {

  private static final int BATCH = 1000;
  private static final String INSERT = "INSERT INTO sample (series_id, ts, val, quality) VALUES (?, ?, ?, ?)";

  private final int points = Integer.getInteger("bench.points", 1000);
  private final int values = Integer.getInteger("bench.values", 2_000_000);
  private final int reps = Integer.getInteger("bench.reps", 3);
  private final Path baseDir = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
  private final String[] pointIds;

  private HistorianThroughputBench() {
    pointIds = new String[points];
    for (int p = 0; p < points; p++) {
      pointIds[p] = String.format(Locale.ROOT, "GH-%02d.bench.point-%04d", p / 50 + 1, p);
    }
  }

  enum Way {
    RAW("raw JDBC batches"),
    STARTED("historian, started"),
    RECORD_THEN_FLUSH("historian, record then flush");

    final String label;

    Way(String label) {
      this.label = label;
    }
  }

  /**
   * One run's figures.
   *
   * @param recordSeconds time spent in record() calls alone (historian ways), else NaN
   * @param flushSeconds the final flush alone (record then flush), else NaN
   */
  record Run(Way way, int values, double seconds, double recordSeconds, double flushSeconds, long gcMillis,
      long rowsInTable) {
    double perSecond() {
      return values / seconds;
    }
  }

  public static void main(String[] args) throws Exception {
    BenchSupport.quietLogs();
    new HistorianThroughputBench().run();
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT,
        "Historian throughput: %d cores, %s %s, max heap %d MB, load average %.2f at start;"
            + " %,d values of %,d points per run, %d reps, folder %s%n",
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, BenchSupport.loadAverage(),
        values, points, reps, baseDir);

    System.out.println("warm-up (a tenth of the values, not counted):");
    for (Way way : Way.values()) {
      print(measure(way, values / 10));
    }

    List<Run> runs = new ArrayList<>();
    for (int rep = 0; rep < reps; rep++) {
      System.out.printf(Locale.ROOT, "rep %d (load average %.2f):%n", rep + 1, BenchSupport.loadAverage());
      List<Way> order = new ArrayList<>(List.of(Way.values()));
      if (rep % 2 == 1) {
        java.util.Collections.reverse(order);
      }
      for (Way way : order) {
        Run run = measure(way, values);
        print(run);
        runs.add(run);
      }
    }
    summary(runs);
    if (Boolean.parseBoolean(System.getProperty("bench.variants", "true"))) {
      variants();
    }
    System.out.printf(Locale.ROOT, "load average at end %.2f%n", BenchSupport.loadAverage());
  }

  /**
   * Where the raw baseline's time goes: the same raw inserts ({@code bench.variantValues} values,
   * default 1,000,000) with one thing changed at a time; also prints the database file's size.
   */
  private void variants() throws Exception {
    int count = Integer.getInteger("bench.variantValues", 1_000_000);
    System.out.printf(Locale.ROOT, "%nRaw JDBC variants, %,d values each, one change at a time (load average %.2f):%n",
        count, BenchSupport.loadAverage());
    System.out.println("| raw JDBC variant | values/s | file size after (MB) |");
    System.out.println("|---|---:|---:|");
    record Variant(String label, String urlSuffix, int points, int commitEvery) {}
    List<Variant> variants = new ArrayList<>();
    variants.add(new Variant(String.format(Locale.ROOT, "as the baseline: %,d points interleaved, commit every 1,000 rows,"
        + " WRITE_DELAY=0", points), "", points, BATCH));
    variants.add(new Variant("H2's default WRITE_DELAY (500 ms) instead of 0", ";WRITE_DELAY=500", points, BATCH));
    variants.add(new Variant("a commit every 10,000 rows (batches of 1,000)", "", points, 10 * BATCH));
    variants.add(new Variant("a commit every 50,000 rows (batches of 1,000)", "", points, 50 * BATCH));
    for (int fewer : new int[] {100, 10, 1}) {
      if (fewer < points) {
        variants.add(new Variant(String.format(Locale.ROOT, "%,d point%s instead of %,d", fewer, fewer == 1 ? "" : "s",
            points), "", fewer, BATCH));
      }
    }
    for (Variant variant : variants) {
      Path dir = Files.createTempDirectory(baseDir, "hortus-historian-bench-");
      try {
        String url = variant.urlSuffix().isEmpty()
            ? Database.fileUrl(dir.resolve("bench"))
            : "jdbc:h2:file:" + dir.resolve("bench").toAbsolutePath() + variant.urlSuffix();
        Database database = Database.open(url);
        Run run;
        try {
          run = raw(database, count, variant.points(), variant.commitEvery());
        } finally {
          database.close();
        }
        System.out.printf(Locale.ROOT, "| %s | %,.0f | %d |%n", variant.label(), run.perSecond(),
            Files.size(dir.resolve("bench.mv.db")) >> 20);
      } finally {
        BenchSupport.deleteTree(dir);
      }
    }
  }

  private Run measure(Way way, int count) throws Exception {
    Path dir = Files.createTempDirectory(baseDir, "hortus-historian-bench-");
    try {
      Database database = Database.open(Database.fileUrl(dir.resolve("bench")));
      try {
        System.gc();
        long gcBefore = BenchSupport.gcMillis();
        Run run = switch (way) {
          case RAW -> raw(database, count);
          case STARTED -> historianStarted(database, count);
          case RECORD_THEN_FLUSH -> historianRecordThenFlush(database, count);
        };
        long rows = countRows(database);
        if (rows != count) {
          throw new IllegalStateException(way.label + ": table holds " + rows + " rows, expected " + count);
        }
        return new Run(way, count, run.seconds(), run.recordSeconds(), run.flushSeconds(), BenchSupport.gcMillis() - gcBefore, rows);
      } finally {
        database.close();
      }
    } finally {
      BenchSupport.deleteTree(dir);
    }
  }

  /** Time of round {@code round}: one value per point and second, from {@code base}. */
  private static long timeOf(long base, int round) {
    return base + round * 1000L;
  }

  /** A value that differs from the point's previous one by at least 0.1. */
  private static double valueOf(int round, int point) {
    return (round % 1000) * 0.1 + point;
  }

  private Run raw(Database database, int count) throws SQLException {
    return raw(database, count, points, BATCH);
  }

  /** Raw JDBC inserts of {@code count} values of the first {@code pointCount} points, a commit every {@code commitEvery}. */
  private Run raw(Database database, int count, int pointCount, int commitEvery) throws SQLException {
    int points = pointCount;
    long base = System.currentTimeMillis();
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      int[] seriesIds = createSeries(c, points);
      long start = System.nanoTime();
      try (PreparedStatement insert = c.prepareStatement(INSERT)) {
        int inBatch = 0;
        for (int k = 0; k < count; k++) {
          int round = k / points;
          int point = k % points;
          insert.setInt(1, seriesIds[point]);
          insert.setLong(2, timeOf(base, round));
          insert.setDouble(3, valueOf(round, point));
          insert.setInt(4, 0);
          insert.addBatch();
          if (++inBatch == BATCH) {
            insert.executeBatch();
            inBatch = 0;
          }
          if ((k + 1) % commitEvery == 0) {
            c.commit();
          }
        }
        if (inBatch > 0) {
          insert.executeBatch();
        }
        c.commit();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Run(Way.RAW, count, seconds, Double.NaN, Double.NaN, 0, 0);
    }
  }

  private int[] createSeries(Connection c, int points) throws SQLException {
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO series (point_id) VALUES (?)")) {
      for (int p = 0; p < points; p++) {
        insert.setString(1, pointIds[p]);
        insert.addBatch();
      }
      insert.executeBatch();
    }
    c.commit();
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    try (Statement select = c.createStatement(); ResultSet rs = select.executeQuery("SELECT id, point_id FROM series")) {
      while (rs.next()) {
        ids.put(rs.getString(2), rs.getInt(1));
      }
    }
    int[] seriesIds = new int[points];
    for (int p = 0; p < points; p++) {
      seriesIds[p] = ids.get(pointIds[p]);
    }
    return seriesIds;
  }

  private void recordAll(Historian historian, int count, long base) {
    for (int k = 0; k < count; k++) {
      int round = k / points;
      int point = k % points;
      Instant at = Instant.ofEpochMilli(timeOf(base, round));
      if (!historian.record(PointValue.good(pointIds[point], valueOf(round, point), at, at))) {
        throw new IllegalStateException("the historian dropped value " + k + ": the bench's values must all change");
      }
    }
  }

  private Run historianStarted(Database database, int count) throws SQLException {
    long base = System.currentTimeMillis();
    Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
    try {
      historian.start();
      long start = System.nanoTime();
      recordAll(historian, count, base);
      long recorded = System.nanoTime();
      historian.flush();
      long flushed = System.nanoTime();
      return new Run(Way.STARTED, count, (flushed - start) / 1e9, (recorded - start) / 1e9, Double.NaN, 0, 0);
    } finally {
      historian.close();
    }
  }

  private Run historianRecordThenFlush(Database database, int count) throws SQLException {
    long base = System.currentTimeMillis();
    Historian historian = new Historian(database, HistorianSettings.defaults(), Clock.systemUTC());
    try {
      long start = System.nanoTime();
      recordAll(historian, count, base);
      long recorded = System.nanoTime();
      historian.flush();
      long flushed = System.nanoTime();
      return new Run(Way.RECORD_THEN_FLUSH, count, (flushed - start) / 1e9, (recorded - start) / 1e9,
          (flushed - recorded) / 1e9, 0, 0);
    } finally {
      historian.close();
    }
  }

  private static long countRows(Database database) throws SQLException {
    try (Connection c = database.connection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sample")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static void print(Run run) {
    StringBuilder detail = new StringBuilder();
    if (!Double.isNaN(run.recordSeconds())) {
      detail.append(String.format(Locale.ROOT, "; record() calls %.2f s (%,.0f/s)", run.recordSeconds(),
          run.values() / run.recordSeconds()));
    }
    if (!Double.isNaN(run.flushSeconds())) {
      detail.append(String.format(Locale.ROOT, ", then flush() %.2f s (%,.0f rows/s)", run.flushSeconds(),
          run.values() / run.flushSeconds()));
    }
    System.out.printf(Locale.ROOT, "  %-30s %,10d values in %6.2f s = %,9.0f values/s, GC %d ms%s%n",
        run.way().label, run.values(), run.seconds(), run.perSecond(), run.gcMillis(), detail);
  }

  private void summary(List<Run> runs) {
    System.out.println();
    System.out.println("| way | best values/s | median values/s | median ÷ raw median | best ÷ raw best |");
    System.out.println("|---|---:|---:|---:|---:|");
    double rawBest = best(runs, Way.RAW);
    double rawMedian = median(runs, Way.RAW);
    for (Way way : Way.values()) {
      double best = best(runs, way);
      double median = median(runs, way);
      System.out.printf(Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f | %.2f |%n",
          way.label, best, median, median / rawMedian, best / rawBest);
    }
    double ours = median(runs, Way.STARTED);
    System.out.printf(Locale.ROOT,
        "%nGoal (historian as run, median): >= 0.8 of raw: %s (%.2f); >= 200,000 values/s: %s (%,.0f)%n",
        ours / rawMedian >= 0.8 ? "met" : "NOT met", ours / rawMedian,
        ours >= 200_000 ? "met" : "NOT met", ours);
  }

  private static double best(List<Run> runs, Way way) {
    return runs.stream().filter(r -> r.way() == way).mapToDouble(Run::perSecond).max().orElse(Double.NaN);
  }

  private static double median(List<Run> runs, Way way) {
    return BenchSupport.median(runs.stream().filter(r -> r.way() == way).mapToDouble(Run::perSecond).toArray());
  }
}
