package org.hortus.app.runtime;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes actuator commands through the drivers without blocking the scan: a command is sent when
 * it differs from the last one sent, or to re-assert it every {@code reassertEvery} (a PLC that
 * restarted must get its commands back). A failed or refused write is logged and retried at the
 * next scan.
 */
final class ActuatorWriter {

  private static final Logger log = LoggerFactory.getLogger(ActuatorWriter.class);

  private record Sent(double value, Instant at) {}

  private final Map<String, DeviceDriver> drivers;
  private final Duration reassertEvery;
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();

  ActuatorWriter(Map<String, DeviceDriver> drivers, Duration reassertEvery) {
    this.drivers = drivers;
    this.reassertEvery = reassertEvery;
  }

  void write(PointBinding binding, double value, Instant now) {
    String id = binding.point().id();
    Sent last = sent.get(id);
    boolean changed = last == null || Math.abs(last.value() - value) > 1e-6;
    boolean due = last == null || Duration.between(last.at(), now).compareTo(reassertEvery) >= 0;
    if (!changed && !due) {
      return;
    }
    DeviceDriver driver = drivers.get(binding.deviceId());
    if (driver == null || driver.health().state() != ConnectionState.CONNECTED) {
      return; // sent once the device is back: nothing is recorded as sent
    }
    sent.put(id, new Sent(value, now));
    driver.write(binding.point(), value).whenComplete((result, failure) -> {
      if (failure != null || !result.accepted()) {
        sent.remove(id); // try again next scan
        log.warn("Write {} = {} failed: {}", id, value, failure != null ? failure.getMessage() : result.deviceStatus());
      }
    });
  }
}
