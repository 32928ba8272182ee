package org.hortus.devices.modbus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.HealthListener;
import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/** Shared pieces of the Modbus tests: short timings, points, and recording listeners. */
final class ModbusTestKit {

  static final String LOOPBACK = "127.0.0.1";
  static final Duration POLL_INTERVAL = Duration.ofMillis(50);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
  static final Duration WAIT = Duration.ofSeconds(5);

  private ModbusTestKit() {}

  static ModbusDriver driverFor(ModbusRegisterServer server) {
    return driverFor(server.port());
  }

  static ModbusDriver driverFor(int port) {
    return new ModbusDriver(LOOPBACK, port, POLL_INTERVAL, REQUEST_TIMEOUT);
  }

  static Point point(String id, String address) {
    return new Point(id, id, address, "", false);
  }

  static Point writablePoint(String id, String address) {
    return new Point(id, id, address, "", true);
  }

  /** Keeps every value each point received, in order. */
  static final class RecordingListener implements PointListener {
    private final Map<String, List<PointValue>> values = new ConcurrentHashMap<>();

    @Override
    public void onValue(PointValue value) {
      values.computeIfAbsent(value.pointId(), id -> new CopyOnWriteArrayList<>()).add(value);
    }

    List<PointValue> history(String pointId) {
      return List.copyOf(values.getOrDefault(pointId, List.of()));
    }

    /** The newest value, or a BAD "no value yet" placeholder. */
    PointValue latest(String pointId) {
      List<PointValue> history = history(pointId);
      return history.isEmpty()
          ? PointValue.bad(pointId, "no value yet", Instant.EPOCH)
          : history.getLast();
    }

    boolean isBad(String pointId, String reason) {
      PointValue latest = latest(pointId);
      return latest.quality() == Quality.BAD && latest.reason().equals(reason);
    }

    boolean isGood(String pointId, double value) {
      PointValue latest = latest(pointId);
      return latest.isGood() && Math.abs(latest.value() - value) < 1e-6;
    }
  }

  /** Keeps every health change, in order. */
  static final class HealthRecorder implements HealthListener {
    private final List<DeviceHealth> changes = new CopyOnWriteArrayList<>();

    @Override
    public void onHealth(DeviceHealth health) {
      changes.add(health);
    }

    List<ConnectionState> states() {
      return changes.stream().map(DeviceHealth::state).toList();
    }

    List<DeviceHealth> changes() {
      return List.copyOf(changes);
    }
  }
}
