package org.hortus.app.ui.devices;

import org.hortus.devices.DeviceDriver;
import org.hortus.devices.modbus.ModbusDriver;
import org.hortus.devices.opcua.OpcUaDriver;

/**
 * The protocol a device speaks, as far as the devices page cares: whether it has a server
 * certificate to trust (OPC UA) and how its raw values relate to the engineering values.
 */
public enum DeviceProtocol {
  /** An OPC UA server: values arrive in engineering units; a certificate can be trusted. */
  OPC_UA,
  /** A Modbus TCP device: raw register values, scaled by the point's address. */
  MODBUS,
  /** Any other driver: no raw value known, no certificate. */
  OTHER;

  /** The protocol of a driver, by its class. */
  public static DeviceProtocol of(DeviceDriver driver) {
    if (driver instanceof OpcUaDriver) {
      return OPC_UA;
    }
    if (driver instanceof ModbusDriver) {
      return MODBUS;
    }
    return OTHER;
  }
}
