package org.hortus.devices.modbus;

/**
 * Decides about clients' writes to coils and holding registers of a {@link ModbusRegisterServer}.
 * Called on the server's request thread, one request at a time for all connections, before the
 * values are stored: return quickly. It may call the server's getters and setters.
 */
@FunctionalInterface
public interface RegisterWriteListener {
  WriteDecision onWrite(RegisterWrite write);
}
