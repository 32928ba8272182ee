package org.hortus.app.runtime;

import java.time.Duration;
import org.hortus.devices.Point;

/**
 * One device point bound to its role in the park.
 *
 * @param point the device point (id, address, unit, writable)
 * @param deviceId which driver serves it
 * @param owner the greenhouse, zone or supply it belongs to ({@code park} for the weather station)
 * @param signal what it means
 * @param staleAfter a value older than this is not used for control
 */
public record PointBinding(Point point, String deviceId, String owner, Signal signal, Duration staleAfter) {

  public PointBinding {
    if (signal.isActuator() && !point.writable()) {
      throw new IllegalArgumentException(point.id() + " is bound as actuator " + signal + " but is not writable");
    }
  }
}
