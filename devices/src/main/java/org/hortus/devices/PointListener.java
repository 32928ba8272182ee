package org.hortus.devices;

/**
 * Receives point values from a driver. Called on the driver's own delivery thread: return
 * quickly and never block there (a blocked callback stalls the subscription).
 */
@FunctionalInterface
public interface PointListener {
  void onValue(PointValue value);
}
