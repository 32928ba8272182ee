package org.hortus.model.control;

import java.time.Duration;
import java.time.Instant;

/**
 * What an actuator does while a sensor it needs is unusable: hold the last output for the hold
 * time (a short dropout must not move anything), then go to the actuator's safe output. Link4
 * fallback practice; the default hold is 3 minutes.
 */
final class SensorFallback {

  private final ClimateReason sensor;
  private Instant unusableSince;

  SensorFallback(ClimateReason sensor) {
    this.sensor = sensor;
  }

  /** Records whether the sensor is usable at {@code now}; returns whether it is. */
  boolean observe(boolean usable, Instant now) {
    if (usable) {
      unusableSince = null;
    } else if (unusableSince == null) {
      unusableSince = now;
    }
    return usable;
  }

  /** The command while unusable: the last value during the hold, else the safe value. */
  ActuatorCommand command(Actuator actuator, double lastValue, double safeValue, Duration hold, Instant now) {
    Duration out = Duration.between(unusableSince, now);
    if (out.compareTo(hold) < 0) {
      return new ActuatorCommand(
          actuator, lastValue, Decider.SENSOR_FALLBACK,
          Because.of(ClimateReason.FALLBACK_HOLDING, Because.of(sensor), out.toSeconds()));
    }
    return new ActuatorCommand(
        actuator, safeValue, Decider.SENSOR_FALLBACK,
        Because.of(ClimateReason.FALLBACK_SAFE, Because.of(sensor), out.toSeconds()));
  }
}
