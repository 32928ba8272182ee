package org.hortus.devices.modbus;

import java.util.Optional;

/**
 * The four Modbus data tables, named as they appear in a point address ({@code holding-register}).
 */
public enum ModbusTable {
  /** Read-write single bits (function codes 1, 5, 15). */
  COIL("coil", true, true),
  /** Read-only single bits (function code 2). */
  DISCRETE_INPUT("discrete-input", true, false),
  /** Read-only 16-bit registers (function code 4). */
  INPUT_REGISTER("input-register", false, false),
  /** Read-write 16-bit registers (function codes 3, 6, 16). */
  HOLDING_REGISTER("holding-register", false, true);

  /** The most registers one read may ask for (Modbus spec; the 2.1.x server breaks above). */
  public static final int MAX_REGISTERS_PER_READ = 125;

  /** The most coils or discrete inputs one read may ask for. */
  public static final int MAX_BITS_PER_READ = 2000;

  private final String text;
  private final boolean bits;
  private final boolean writable;

  ModbusTable(String text, boolean bits, boolean writable) {
    this.text = text;
    this.bits = bits;
    this.writable = writable;
  }

  /** The name in a point address, e.g. {@code holding-register}. */
  public String text() {
    return text;
  }

  /** Whether the table holds single bits (coils, discrete inputs) rather than registers. */
  public boolean isBits() {
    return bits;
  }

  /** Whether a client may write to the table (coils, holding registers). */
  public boolean isWritable() {
    return writable;
  }

  /** The most elements one read request may cover. */
  public int maxPerRead() {
    return bits ? MAX_BITS_PER_READ : MAX_REGISTERS_PER_READ;
  }

  /** The table with this address name, if any. */
  public static Optional<ModbusTable> ofText(String text) {
    for (ModbusTable table : values()) {
      if (table.text.equals(text)) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
