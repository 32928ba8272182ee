package org.hortus.model.control.irrigation;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * One scan's result: a command per zone and what happened.
 *
 * @param instant the scan's instant
 * @param zones one command per zone, in the network's order
 * @param events shots started, ended and dropped, leaks, in the order they happened
 */
public record IrrigationOutputs(
    Instant instant, List<ZoneCommand> zones, List<IrrigationEvent> events) {

  public IrrigationOutputs {
    zones = List.copyOf(zones);
    events = List.copyOf(events);
  }

  /** The command for one zone. */
  public ZoneCommand zone(String zoneId) {
    return zones.stream()
        .filter(z -> z.zoneId().equals(zoneId))
        .findFirst()
        .orElseThrow(() -> new NoSuchElementException("no zone " + zoneId));
  }
}
