package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.util.Objects;

/**
 * When a supply's flow meter shows a leak: flow above {@code thresholdLitresPerHour} while every
 * valve of the supply is closed, for at least {@code debounce} (which also covers the pipes
 * draining just after a valve closes). The supply is then locked out until reset.
 *
 * @param thresholdLitresPerHour flow that counts as a leak (L/h)
 * @param debounce how long the flow must last
 */
public record LeakDetection(double thresholdLitresPerHour, Duration debounce) {

  /** 100 L/h for 30 s. */
  public static final LeakDetection DEFAULT = new LeakDetection(100, Duration.ofSeconds(30));

  public LeakDetection {
    Objects.requireNonNull(debounce, "debounce");
    if (!(thresholdLitresPerHour > 0)) {
      throw new IllegalArgumentException(
          "leak threshold must be positive, was " + thresholdLitresPerHour);
    }
    if (debounce.isNegative()) {
      throw new IllegalArgumentException("leak debounce must not be negative, was " + debounce);
    }
  }
}
