package org.hortus.devices.modbus;

/** Formats numbers for reasons and messages: {@code 42} rather than {@code 42.0}. */
final class Numbers {

  private Numbers() {}

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return Double.toString(value);
  }
}
