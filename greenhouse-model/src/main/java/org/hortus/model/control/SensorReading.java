package org.hortus.model.control;

import java.time.Instant;

/**
 * A measured value as the controllers see it: usable or not. The device layer's quality maps
 * here in app: GOOD and fresh is usable; BAD or stale is not.
 *
 * @param value the engineering value
 * @param usable whether it may be used for control
 * @param time when it was measured
 */
public record SensorReading(double value, boolean usable, Instant time) {

  public static SensorReading good(double value, Instant time) {
    return new SensorReading(value, true, time);
  }

  public static SensorReading unusable(Instant time) {
    return new SensorReading(Double.NaN, false, time);
  }
}
