package org.hortus.app.security;

import java.time.Duration;

/**
 * When repeated failed logins lock an account, and for how long.
 *
 * @param maxFailures failed logins in a row that lock the account
 * @param lockDuration how long the lock holds; a correct password is refused meanwhile
 */
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

  /** Five failures lock the account for 15 minutes. */
  public static final LockoutPolicy DEFAULT = new LockoutPolicy(5, Duration.ofMinutes(15));

  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
    }
    if (lockDuration.isNegative() || lockDuration.isZero()) {
      throw new IllegalArgumentException("lockDuration must be positive, was " + lockDuration);
    }
  }
}
