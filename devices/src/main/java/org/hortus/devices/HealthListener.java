package org.hortus.devices;

/** Receives a driver's connection-state changes, on the driver's own thread; return quickly. */
@FunctionalInterface
public interface HealthListener {
  void onHealth(DeviceHealth health);
}
