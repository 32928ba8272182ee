package org.hortus.devices.modbus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.HealthListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A driver's current {@link DeviceHealth} and its listeners. {@link #set} is called on the driver
 * thread and calls the listeners there; {@link #current()} may be read from any thread.
 */
final class HealthTracker {

  private static final Logger LOG = LoggerFactory.getLogger(HealthTracker.class);

  private final String endpoint;
  private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
  private volatile DeviceHealth current;

  HealthTracker(String endpoint) {
    this.endpoint = endpoint;
    this.current = new DeviceHealth(endpoint, ConnectionState.DOWN, "not connected", Instant.now());
  }

  void addListener(HealthListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  DeviceHealth current() {
    return current;
  }

  ConnectionState state() {
    return current.state();
  }

  /** Enters {@code state} for {@code reason} and tells the listeners, unless nothing changed. */
  void set(ConnectionState state, String reason) {
    DeviceHealth previous = current;
    if (previous.state() == state && previous.reason().equals(reason)) {
      return;
    }
    DeviceHealth next = new DeviceHealth(endpoint, state, reason, Instant.now());
    current = next;
    for (HealthListener listener : listeners) {
      try {
        listener.onHealth(next);
      } catch (RuntimeException e) {
        LOG.warn("Health listener failed on {}", next, e);
      }
    }
  }
}
