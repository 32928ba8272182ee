package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import org.hortus.model.alarm.ConditionResult.Truth;

/**
 * Turns the raw condition of each scan into the alarm's condition with on- and off-delay: a change
 * counts only once the raw condition has held it continuously for the delay. An unknown scan (BAD
 * input) holds the condition and restarts a pending delay.
 */
final class ConditionTracker {

  private final Duration onDelay;
  private final Duration offDelay;
  private boolean raw;
  private boolean active;
  private Instant differentSince;

  ConditionTracker(Duration onDelay, Duration offDelay) {
    this.onDelay = onDelay;
    this.offDelay = offDelay;
  }

  /** Takes this scan's raw truth; returns whether the delayed condition changed. */
  boolean update(Instant now, Truth truth) {
    if (truth == Truth.UNKNOWN) {
      differentSince = null;
      return false;
    }
    raw = truth == Truth.ACTIVE;
    if (raw == active) {
      differentSince = null;
      return false;
    }
    if (differentSince == null) {
      differentSince = now;
    }
    Duration delay = raw ? onDelay : offDelay;
    if (Duration.between(differentSince, now).compareTo(delay) < 0) {
      return false;
    }
    active = raw;
    differentSince = null;
    return true;
  }

  /** The raw condition of the last decided scan, for the deadband. */
  boolean raw() {
    return raw;
  }

  /** The condition after delays. */
  boolean active() {
    return active;
  }
}
