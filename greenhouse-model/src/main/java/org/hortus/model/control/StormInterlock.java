package org.hortus.model.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Closes all vents while the mean wind is above the storm limit, and keeps them closed until it
 * has stayed below the limit for the hold time (default 10 min: reopening in a lull only to
 * slam shut again damages vents).
 */
final class StormInterlock {

  private final double limitMetresPerSecond;
  private final Duration hold;
  private boolean active;
  private Instant calmSince;
  private double peakMetresPerSecond;

  StormInterlock(double limitMetresPerSecond, Duration hold) {
    this.limitMetresPerSecond = limitMetresPerSecond;
    this.hold = hold;
  }

  /** Updates with this scan's mean wind; returns the reason while the interlock holds. */
  Optional<Because> update(double meanWindMetresPerSecond, Instant now) {
    if (meanWindMetresPerSecond > limitMetresPerSecond) {
      if (!active) {
        peakMetresPerSecond = 0;
      }
      active = true;
      calmSince = null;
      peakMetresPerSecond = Math.max(peakMetresPerSecond, meanWindMetresPerSecond);
      return Optional.of(Because.of(ClimateReason.STORM, meanWindMetresPerSecond, limitMetresPerSecond));
    }
    if (!active) {
      return Optional.empty();
    }
    if (calmSince == null) {
      calmSince = now;
    }
    Duration calm = Duration.between(calmSince, now);
    if (calm.compareTo(hold) >= 0) {
      active = false;
      return Optional.empty();
    }
    return Optional.of(Because.of(
        ClimateReason.STORM_HOLD, limitMetresPerSecond, calm.toMinutes(), hold.toMinutes(), peakMetresPerSecond));
  }
}
