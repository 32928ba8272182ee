package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.HealthListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection state of one {@link OpcUaDriver} and its listeners. {@link #set} may be called
 * from any thread (Milo's session callbacks, the driver thread); a change is recorded at once and
 * announced to the listeners on the executor given (the driver's own thread), in order.
 */
final class DriverHealth {

  private static final Logger LOG = LoggerFactory.getLogger(DriverHealth.class);

  private final String endpoint;
  private final Executor notifier;
  private final List<HealthListener> listeners = new CopyOnWriteArrayList<>();
  private DeviceHealth current;

  DriverHealth(String endpoint, Executor notifier) {
    this.endpoint = endpoint;
    this.notifier = notifier;
    this.current = new DeviceHealth(endpoint, ConnectionState.DOWN, "not connected", Instant.now());
  }

  void addListener(HealthListener listener) {
    listeners.add(Objects.requireNonNull(listener, "listener"));
  }

  synchronized DeviceHealth current() {
    return current;
  }

  /** Records a new state; a repeat of the current state and reason is ignored. */
  void set(ConnectionState state, String reason) {
    DeviceHealth changed;
    synchronized (this) {
      if (current.state() == state && current.reason().equals(reason)) {
        return;
      }
      changed = new DeviceHealth(endpoint, state, reason, Instant.now());
      current = changed;
    }
    LOG.info("{} is {}{}", endpoint, state, reason.isEmpty() ? "" : ": " + reason);
    Runnable announce = () -> listeners.forEach(listener -> notify(listener, changed));
    try {
      notifier.execute(announce);
    } catch (RejectedExecutionException closing) {
      announce.run();
    }
  }

  private static void notify(HealthListener listener, DeviceHealth health) {
    try {
      listener.onHealth(health);
    } catch (RuntimeException e) {
      LOG.warn("health listener failed", e);
    }
  }
}
