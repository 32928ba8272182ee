package org.hortus.devices;

/** Root of the device layer's failures: protocol errors, refused writes, unknown points. */
public class DeviceException extends RuntimeException {
  public DeviceException(String message) {
    super(message);
  }

  public DeviceException(String message, Throwable cause) {
    super(message, cause);
  }
}
