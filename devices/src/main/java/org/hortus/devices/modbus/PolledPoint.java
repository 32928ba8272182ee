package org.hortus.devices.modbus;

import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;

/**
 * One subscribed point with its parsed address, its listener and the last value delivered to it.
 * Confined to the driver thread.
 */
final class PolledPoint {

  private final Point point;
  private final ModbusAddress address;
  private final PointListener listener;
  private PointValue last;

  PolledPoint(Point point, ModbusAddress address, PointListener listener) {
    this.point = point;
    this.address = address;
    this.listener = listener;
  }

  Point point() {
    return point;
  }

  ModbusAddress address() {
    return address;
  }

  PointListener listener() {
    return listener;
  }

  int start() {
    return address.address();
  }

  int end() {
    return address.address() + address.size();
  }

  /**
   * Records {@code value} and says whether the listener should get it: the first value, a new
   * quality or reason, or a changed number.
   */
  boolean update(PointValue value) {
    PointValue previous = last;
    boolean changed =
        previous == null
            || previous.quality() != value.quality()
            || !previous.reason().equals(value.reason())
            || (value.isGood() && Double.compare(previous.value(), value.value()) != 0);
    if (changed) {
      last = value;
    }
    return changed;
  }
}
