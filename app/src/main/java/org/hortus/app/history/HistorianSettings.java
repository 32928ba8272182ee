package org.hortus.app.history;

import java.time.Duration;
import java.util.Map;

/**
 * How the historian records.
 *
 * @param deadbands per point id, the change below which a value is not stored again
 * @param defaultDeadband the deadband of points not listed
 * @param maxSilence a value is stored at least this often even without change, so trends show
 *     that the point was alive
 * @param flushInterval how often buffered values are written (history may lose at most this
 *     much on a crash; the issue allows two seconds)
 * @param batchSize rows per insert batch and commit
 * @param rawRetention raw values older than this are deleted once rolled up; rollups stay
 * @param rollupLateness minutes are rolled up once they are this far in the past
 */
public record HistorianSettings(
    Map<String, Double> deadbands,
    double defaultDeadband,
    Duration maxSilence,
    Duration flushInterval,
    int batchSize,
    Duration rawRetention,
    Duration rollupLateness) {

  public HistorianSettings {
    deadbands = Map.copyOf(deadbands);
    if (flushInterval.compareTo(Duration.ofSeconds(2)) > 0) {
      throw new IllegalArgumentException("flush interval above 2 s would lose more history on a crash: " + flushInterval);
    }
  }

  public static HistorianSettings defaults() {
    return new HistorianSettings(
        Map.of(), 0.0, Duration.ofMinutes(15), Duration.ofMillis(500), 1000, Duration.ofDays(90), Duration.ofSeconds(30));
  }

  double deadbandOf(String pointId) {
    return deadbands.getOrDefault(pointId, defaultDeadband);
  }
}
