package org.hortus.devices;

/** How far a value can be trusted, as OPC UA status codes and PLC4X response codes say it. */
public enum Quality {
  /** Measured and current. */
  GOOD,
  /** Present but doubtful: stale, out of range or the device says so. */
  UNCERTAIN,
  /** Not usable: connection lost, sensor fault, or the device refused. */
  BAD
}
