package org.hortus.app.ui.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.service.HeadlessPark;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/**
 * What the devices page shows, read from in-memory state only (the drivers' health, the point
 * registry's latest values): cheap enough to call on the FX thread twice a second. Plain Java: no
 * toolkit, no threads, no I/O; safe to call from any one thread at a time.
 */
public final class DevicesModel {

  /** A point of a device with its raw-value rule, parsed once. */
  private record DevicePoint(Point point, RawValue raw) {}

  private final Supplier<Map<String, DeviceHealth>> health;
  private final Map<String, DeviceProtocol> protocols;
  private final Map<String, List<DevicePoint>> pointsByDevice = new LinkedHashMap<>();
  private final Function<String, Optional<PointValue>> latest;
  private final Clock clock;

  /**
   * @param health each device's connection now, by device id, in display order
   * @param protocols each device's protocol (a device not named is {@link DeviceProtocol#OTHER})
   * @param bindings every point with the device that serves it
   * @param latest a point's latest value by point id
   * @param clock for the age of values
   */
  public DevicesModel(
      Supplier<Map<String, DeviceHealth>> health,
      Map<String, DeviceProtocol> protocols,
      List<PointBinding> bindings,
      Function<String, Optional<PointValue>> latest,
      Clock clock) {
    this.health = health;
    this.protocols = Map.copyOf(protocols);
    this.latest = latest;
    this.clock = clock;
    for (PointBinding binding : bindings) {
      RawValue raw = RawValue.of(protocol(binding.deviceId()), binding.point().address());
      pointsByDevice
          .computeIfAbsent(binding.deviceId(), id -> new ArrayList<>())
          .add(new DevicePoint(binding.point(), raw));
    }
  }

  /** The model of a running park: its drivers' health and its runtime's point registry. */
  public static DevicesModel of(HeadlessPark park, List<PointBinding> bindings) {
    Map<String, DeviceProtocol> protocols = new LinkedHashMap<>();
    park.drivers().forEach((id, driver) -> protocols.put(id, DeviceProtocol.of(driver)));
    return new DevicesModel(
        park::deviceHealth,
        protocols,
        bindings,
        park.runtime().registry()::latest,
        Clock.systemUTC());
  }

  /** Every device with its connection now, sorted by id. */
  public List<DeviceRow> devices() {
    List<DeviceRow> rows = new ArrayList<>();
    health.get().forEach((id, now) -> rows.add(new DeviceRow(id, protocol(id), now)));
    rows.sort(Comparator.comparing(DeviceRow::id));
    return rows;
  }

  /** The points a device serves, in binding order, with their latest values now. */
  public List<PointRow> points(String deviceId) {
    Instant now = clock.instant();
    List<PointRow> rows = new ArrayList<>();
    for (DevicePoint devicePoint : pointsByDevice.getOrDefault(deviceId, List.of())) {
      Optional<PointValue> value = latest.apply(devicePoint.point().id());
      OptionalDouble raw =
          value.isPresent() && value.get().quality() != Quality.BAD
              ? devicePoint.raw().fromEngineering(value.get().value())
              : OptionalDouble.empty();
      Optional<Duration> age = value.map(v -> Duration.between(v.receiveTime(), now));
      rows.add(new PointRow(devicePoint.point(), value, raw, age));
    }
    return rows;
  }

  public DeviceProtocol protocol(String deviceId) {
    return protocols.getOrDefault(deviceId, DeviceProtocol.OTHER);
  }
}
