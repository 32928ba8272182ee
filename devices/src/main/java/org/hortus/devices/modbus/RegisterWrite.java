package org.hortus.devices.modbus;

import java.util.List;

/**
 * A client's write to a {@link ModbusRegisterServer}, before it reaches the image.
 *
 * @param unitId the unit written
 * @param table {@link ModbusTable#COIL} or {@link ModbusTable#HOLDING_REGISTER}
 * @param address the first zero-based wire address written
 * @param values the values from {@code address} on: 0 or 1 for coils, 0..65535 for registers
 */
public record RegisterWrite(int unitId, ModbusTable table, int address, List<Integer> values) {

  public RegisterWrite {
    values = List.copyOf(values);
  }
}
