package org.hortus.model.alarm;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/** Counts an alarm's recent activations against its {@link ChatterPolicy}. */
final class ChatterGuard {

  private final ChatterPolicy policy;
  private final Deque<Instant> recent = new ArrayDeque<>();
  private Instant lastActivation;
  private boolean chattering;

  ChatterGuard(ChatterPolicy policy) {
    this.policy = policy;
  }

  /** Records an activation; returns whether the alarm is chattering now. */
  boolean activated(Instant now) {
    recent.addLast(now);
    Instant windowStart = now.minus(policy.window());
    while (!recent.peekFirst().isAfter(windowStart)) {
      recent.removeFirst();
    }
    lastActivation = now;
    chattering = chattering || recent.size() >= policy.activations();
    return chattering;
  }

  /** Ends the chattering once quiet for the quiet time; returns whether it just ended. */
  boolean releasedAt(Instant now) {
    if (!chattering || now.isBefore(lastActivation.plus(policy.quietTime()))) {
      return false;
    }
    chattering = false;
    recent.clear();
    return true;
  }

  boolean chattering() {
    return chattering;
  }
}
