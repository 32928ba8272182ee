package org.hortus.app.ui.devices;

import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.devices.modbus.ModbusAddress;
import org.hortus.devices.modbus.ModbusDataType;

/**
 * How a point's raw device value follows from its engineering value. For Modbus the address's scale
 * and offset are undone ({@link ModbusAddress#toRaw}) and integer types are rounded to the register
 * value; an OPC UA server delivers engineering values, so raw equals engineering; for other
 * protocols the raw value is unknown. Immutable; the address is parsed once.
 */
public final class RawValue {

  private final DeviceProtocol protocol;
  private final Optional<ModbusAddress> modbus;

  private RawValue(DeviceProtocol protocol, Optional<ModbusAddress> modbus) {
    this.protocol = protocol;
    this.modbus = modbus;
  }

  /** The rule for a point at {@code address} on a device speaking {@code protocol}. */
  public static RawValue of(DeviceProtocol protocol, String address) {
    if (protocol != DeviceProtocol.MODBUS) {
      return new RawValue(protocol, Optional.empty());
    }
    try {
      return new RawValue(protocol, Optional.of(ModbusAddress.parse(address)));
    } catch (IllegalArgumentException e) {
      return new RawValue(DeviceProtocol.OTHER, Optional.empty()); // the driver refuses it anyway
    }
  }

  /** The raw value behind {@code engineering}; empty for NaN or an unknown raw form. */
  public OptionalDouble fromEngineering(double engineering) {
    if (!Double.isFinite(engineering)) {
      return OptionalDouble.empty();
    }
    return switch (protocol) {
      case OPC_UA -> OptionalDouble.of(engineering);
      case MODBUS -> modbus.map(address -> raw(address, engineering)).orElseThrow();
      case OTHER -> OptionalDouble.empty();
    };
  }

  private static OptionalDouble raw(ModbusAddress address, double engineering) {
    double raw = address.toRaw(engineering);
    return OptionalDouble.of(address.type() == ModbusDataType.FLOAT32 ? raw : Math.rint(raw));
  }
}
