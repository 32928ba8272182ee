package org.hortus.devices;

/** A driver's connection to its device, as device-health views show it. */
public enum ConnectionState {
  /** Session up; values flow. */
  CONNECTED,
  /** Lost and trying again; the points are BAD meanwhile. */
  RECONNECTING,
  /** Not connected and not trying (closed, refused, or given up), with a reason. */
  DOWN
}
