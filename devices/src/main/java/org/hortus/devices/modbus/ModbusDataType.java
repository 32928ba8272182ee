package org.hortus.devices.modbus;

import java.util.Map;
import java.util.Optional;

/**
 * How the bits or registers of a point are read as a number. IEC 61131 names are accepted as
 * aliases in addresses ({@code REAL} for {@code FLOAT32}, {@code INT}, {@code UINT}, {@code DINT},
 * {@code UDINT}).
 */
public enum ModbusDataType {
  /** One coil or discrete input, 0 or 1. */
  BOOL(0, 0, 1),
  /** One register, two's complement. */
  INT16(1, Short.MIN_VALUE, Short.MAX_VALUE),
  /** One register, unsigned. */
  UINT16(1, 0, 0xFFFF),
  /** Two registers, two's complement. */
  INT32(2, Integer.MIN_VALUE, Integer.MAX_VALUE),
  /** Two registers, unsigned. */
  UINT32(2, 0, 0xFFFF_FFFFL),
  /** Two registers, IEEE 754 single precision. */
  FLOAT32(2, -Float.MAX_VALUE, Float.MAX_VALUE);

  private static final Map<String, ModbusDataType> ALIASES =
      Map.of("REAL", FLOAT32, "INT", INT16, "UINT", UINT16, "DINT", INT32, "UDINT", UINT32);

  private final int registers;
  private final double minRaw;
  private final double maxRaw;

  ModbusDataType(int registers, double minRaw, double maxRaw) {
    this.registers = registers;
    this.minRaw = minRaw;
    this.maxRaw = maxRaw;
  }

  /** How many registers a value takes: 0 for BOOL (a bit), 1 or 2. */
  public int registers() {
    return registers;
  }

  /** Whether the value spans two registers and so needs a word order. */
  public boolean is32Bit() {
    return registers == 2;
  }

  /** The smallest raw value the type holds. */
  public double minRaw() {
    return minRaw;
  }

  /** The largest raw value the type holds. */
  public double maxRaw() {
    return maxRaw;
  }

  /** The type with this name or IEC 61131 alias (upper case), if any. */
  public static Optional<ModbusDataType> ofText(String text) {
    for (ModbusDataType type : values()) {
      if (type.name().equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.ofNullable(ALIASES.get(text));
  }
}
