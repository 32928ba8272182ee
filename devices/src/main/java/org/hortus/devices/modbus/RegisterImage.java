package org.hortus.devices.modbus;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The four tables of one unit: a sparse image where an address exists once it has been set. Bits
 * are stored as 0 or 1, registers as 0..65535. One lock per unit, so a multi-register value is
 * always read whole.
 */
final class RegisterImage {

  private final Map<ModbusTable, Map<Integer, Integer>> tables = new EnumMap<>(ModbusTable.class);

  RegisterImage() {
    for (ModbusTable table : ModbusTable.values()) {
      tables.put(table, new HashMap<>());
    }
  }

  /** Sets consecutive values from {@code address} in one step. */
  synchronized void set(ModbusTable table, int address, int... values) {
    Map<Integer, Integer> cells = tables.get(table);
    for (int i = 0; i < values.length; i++) {
      cells.put(address + i, values[i]);
    }
  }

  /** The {@code count} values from {@code address}, or empty if any of them was never set. */
  synchronized Optional<int[]> get(ModbusTable table, int address, int count) {
    Map<Integer, Integer> cells = tables.get(table);
    int[] values = new int[count];
    for (int i = 0; i < count; i++) {
      Integer value = cells.get(address + i);
      if (value == null) {
        return Optional.empty();
      }
      values[i] = value;
    }
    return Optional.of(values);
  }
}
