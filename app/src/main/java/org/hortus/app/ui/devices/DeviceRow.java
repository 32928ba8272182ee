package org.hortus.app.ui.devices;

import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceHealth;

/**
 * One field device as the devices page lists it.
 *
 * @param id the device id, e.g. {@code demo-climate-plc}
 * @param protocol what it speaks
 * @param health its connection: endpoint, state, reason, since
 */
public record DeviceRow(String id, DeviceProtocol protocol, DeviceHealth health) {

  public boolean connected() {
    return health.state() == ConnectionState.CONNECTED;
  }

  /** Whether the device is an OPC UA server, whose certificate can be trusted. */
  public boolean hasServerCertificate() {
    return protocol == DeviceProtocol.OPC_UA;
  }
}
