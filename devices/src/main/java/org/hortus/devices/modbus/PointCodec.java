package org.hortus.devices.modbus;

import java.time.Instant;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;

/**
 * Register words to engineering point values (with the garbage checks that make a value BAD) and
 * engineering commands back to register words. Stateless.
 */
final class PointCodec {

  private PointCodec() {}

  /** The value of one point from its words (a BOOL point passes its bit as 0 or 1). */
  static PointValue decode(String pointId, ModbusAddress address, int[] words, Instant now) {
    double raw = RegisterCodec.decode(address.type(), address.wordOrder(), words);
    if (Double.isNaN(raw)) {
      return PointValue.bad(pointId, "not a number (NaN)", now);
    }
    if (Double.isInfinite(raw)) {
      return PointValue.bad(pointId, "infinite (" + raw + ")", now);
    }
    double engineering = address.toEngineering(raw);
    if (!address.inRange(engineering)) {
      return PointValue.bad(
          pointId,
          "out of range (" + Numbers.format(engineering) + " not in " + address.rangeText() + ")",
          now);
    }
    return PointValue.good(pointId, engineering, now, now);
  }

  /**
   * The words to write for an engineering value.
   *
   * @throws DeviceException naming the point when the value cannot be written as this type
   */
  static int[] encode(Point point, ModbusAddress address, double value) {
    String what = "value " + Numbers.format(value) + " for point " + point.id();
    if (address.type() == ModbusDataType.BOOL) {
      if (value != 0 && value != 1) {
        throw new DeviceException(what + " is not 0 or 1 (" + address + ")");
      }
      return new int[] {(int) value};
    }
    if (!Double.isFinite(value)) {
      throw new DeviceException(what + " is not a finite number");
    }
    if (!address.inRange(value)) {
      throw new DeviceException(what + " is outside its range " + address.rangeText());
    }
    double raw = address.toRaw(value);
    ModbusDataType type = address.type();
    if (type != ModbusDataType.FLOAT32) {
      raw = Math.rint(raw);
    }
    if (raw < type.minRaw() || raw > type.maxRaw()) {
      throw new DeviceException(
          what + " gives raw " + Numbers.format(raw) + ", which " + type + " cannot hold");
    }
    return RegisterCodec.encode(type, address.wordOrder(), raw);
  }
}
