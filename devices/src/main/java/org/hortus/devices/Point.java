package org.hortus.devices;

import java.util.Objects;

/**
 * A point (tag) on a field device: what the device layer reads and writes.
 *
 * @param id the park-wide identifier, e.g. {@code GH-01.air.temperature}
 * @param name a human name for lists and logs
 * @param address the protocol address, e.g. {@code ns=2;s=Park/GH-01/Climate/AirTemperature}
 * @param unit the engineering unit as shown to people, e.g. {@code °C}
 * @param writable whether commands may be written to it
 */
public record Point(String id, String name, String address, String unit, boolean writable) {
  public Point {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(unit, "unit");
    if (id.isBlank()) {
      throw new IllegalArgumentException("point id must not be blank");
    }
  }
}
