package org.hortus.app.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.app.store.Database;
import org.hortus.devices.PointValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends every changed point value (per-point deadband) to H2 in batches, keeps per-minute and
 * per-hour rollups, and deletes raw values past their retention once rolled up.
 *
 * <p>{@link #record} may be called from any thread (driver threads, the scan thread) and never
 * blocks on I/O: it only decides and queues. {@link #start} starts one thread, {@code
 * historian-flush}, which writes the queue every flush interval (a crash loses at most that
 * much history) and rolls up finished minutes; {@link #close} stops it after a last flush.
 */
public final class Historian implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Historian.class);

  private record Recorded(double value, int quality, long epochMillis) {}

  private final Database database;
  private final HistorianSettings settings;
  private final Clock clock;
  private final ConcurrentLinkedQueue<HistoryRow> queue = new ConcurrentLinkedQueue<>();
  private final Map<String, Recorded> lastRecorded = new ConcurrentHashMap<>();
  private final Map<String, Integer> seriesIds = new ConcurrentHashMap<>();
  private final Rollups rollups;
  private final Object flushLock = new Object();
  /** A batch whose write failed: written first on the next flush, so nothing is dropped. */
  private final List<HistoryRow> carried = new ArrayList<>();
  private ScheduledExecutorService flusher;

  public Historian(Database database, HistorianSettings settings, Clock clock) {
    this.database = database;
    this.settings = settings;
    this.clock = clock;
    this.rollups = new Rollups(database);
  }

  /** Starts the background flush; values recorded before are kept and written then. */
  public synchronized void start() {
    if (flusher != null) {
      return;
    }
    flusher =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "historian-flush");
              thread.setDaemon(true);
              return thread;
            });
    long period = settings.flushInterval().toMillis();
    flusher.scheduleWithFixedDelay(this::flushQuietly, period, period, TimeUnit.MILLISECONDS);
    flusher.scheduleWithFixedDelay(this::maintainQuietly, 5, 30, TimeUnit.SECONDS);
  }

  /**
   * Offers a value; it is stored if it moved beyond the point's deadband, its quality changed, or
   * the point has been silent for the maximum silence. Returns whether it was queued.
   */
  public boolean record(PointValue value) {
    int quality = value.quality().ordinal();
    double stored = value.isGood() || !Double.isNaN(value.value()) ? value.value() : 0;
    long millis = value.sourceTime().toEpochMilli();
    boolean[] queued = {false};
    lastRecorded.compute(
        value.pointId(),
        (id, last) -> {
          if (last != null && !worthStoring(id, last, stored, quality, millis)) {
            return last;
          }
          queued[0] = true;
          return new Recorded(stored, quality, millis);
        });
    if (queued[0]) {
      queue.add(new HistoryRow(value.pointId(), millis, stored, quality));
    }
    return queued[0];
  }

  private boolean worthStoring(String pointId, Recorded last, double value, int quality, long millis) {
    if (millis <= last.epochMillis()) {
      return false; // one value per point and millisecond; older ones arrived late
    }
    return quality != last.quality()
        || Math.abs(value - last.value()) > settings.deadbandOf(pointId)
        || millis - last.epochMillis() >= settings.maxSilence().toMillis();
  }

  /** Writes everything queued now, in batches with one commit each. */
  public void flush() throws SQLException {
    synchronized (flushLock) {
      List<HistoryRow> batch = new ArrayList<>(settings.batchSize());
      try (Connection connection = database.connection()) {
        connection.setAutoCommit(false);
        try (PreparedStatement insert =
            connection.prepareStatement("INSERT INTO sample (series_id, ts, val, quality) VALUES (?, ?, ?, ?)")) {
          batch.addAll(carried);
          carried.clear();
          HistoryRow row;
          while ((row = queue.poll()) != null) {
            batch.add(row);
            if (batch.size() == settings.batchSize()) {
              write(connection, insert, batch);
            }
          }
          write(connection, insert, batch);
        }
      }
    }
  }

  private void write(Connection connection, PreparedStatement insert, List<HistoryRow> batch) throws SQLException {
    if (batch.isEmpty()) {
      return;
    }
    for (HistoryRow row : batch) {
      insert.setInt(1, seriesId(connection, row.pointId()));
      insert.setLong(2, row.epochMillis());
      insert.setDouble(3, row.value());
      insert.setInt(4, row.quality());
      insert.addBatch();
    }
    try {
      insert.executeBatch();
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      carried.addAll(batch);
      batch.clear();
      throw e;
    }
    batch.clear();
  }

  private int seriesId(Connection connection, String pointId) throws SQLException {
    Integer known = seriesIds.get(pointId);
    if (known != null) {
      return known;
    }
    try (PreparedStatement merge = connection.prepareStatement("MERGE INTO series (point_id) KEY (point_id) VALUES (?)")) {
      merge.setString(1, pointId);
      merge.executeUpdate();
    }
    try (PreparedStatement select = connection.prepareStatement("SELECT id FROM series WHERE point_id = ?")) {
      select.setString(1, pointId);
      try (ResultSet rs = select.executeQuery()) {
        rs.next();
        int id = rs.getInt(1);
        seriesIds.put(pointId, id);
        return id;
      }
    }
  }

  /** Rolls up finished minutes and hours and applies the raw retention. */
  public void maintain() throws SQLException {
    flush();
    long now = clock.millis();
    rollups.rollUpUntil(now - settings.rollupLateness().toMillis());
    rollups.deleteRawBefore(now - settings.rawRetention().toMillis());
  }

  private void flushQuietly() {
    try {
      flush();
    } catch (SQLException | RuntimeException e) {
      log.error("History flush failed; values stay queued for the next try", e);
    }
  }

  private void maintainQuietly() {
    try {
      maintain();
    } catch (SQLException | RuntimeException e) {
      log.error("History rollup failed; it is retried", e);
    }
  }

  /** Values waiting to be written. */
  public int queued() {
    return queue.size();
  }

  @Override
  public synchronized void close() {
    if (flusher != null) {
      flusher.shutdown();
      try {
        flusher.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      flusher = null;
    }
    flushQuietly();
  }

}
