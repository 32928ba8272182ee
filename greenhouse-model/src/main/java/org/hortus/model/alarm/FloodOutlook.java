package org.hortus.model.alarm;

import java.time.Duration;
import java.util.Optional;
import org.hortus.model.control.Because;

/**
 * The flood outlook of one instant, from {@link FloodForecast}.
 *
 * @param levelMm the latest drainage water level
 * @param slopeMmPerHour the level's least-squares slope over the window; NaN with fewer than two
 *     samples
 * @param rainMmPerHour the rain intensity
 * @param rising whether the slope exceeds the rising threshold
 * @param raining whether the rain is at least the rain threshold
 * @param aboveWarning whether the level is above the warning level
 * @param timeToLimit at the current rate, how long until the level reaches its limit: zero at or
 *     above it, empty when the level is steady (under 1 mm/h) or falling
 * @param words e.g. {@code "drain level 820 mm rising 95 mm/h with rain 12.0 mm/h; reaches the
 *     1200 mm limit in about 4 h"}
 * @param clearBelowMm the level at or below which a raised warning may clear (warning level −
 *     deadband)
 */
public record FloodOutlook(
    double levelMm,
    double slopeMmPerHour,
    double rainMmPerHour,
    boolean rising,
    boolean raining,
    boolean aboveWarning,
    Optional<Duration> timeToLimit,
    Because words,
    double clearBelowMm) {

  /** The outlook in English words. */
  public String message() {
    return words.english();
  }

  /** Whether a new warning is raised: rising in rain, or above the warning level. */
  public boolean raises() {
    return (rising && raining) || aboveWarning;
  }

  /** Whether the warning holds, given whether it was raised before (deadband on the level). */
  public boolean warns(boolean wasWarning) {
    return raises() || (wasWarning && levelMm > clearBelowMm);
  }
}
