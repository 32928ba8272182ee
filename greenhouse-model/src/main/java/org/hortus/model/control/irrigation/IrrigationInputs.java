package org.hortus.model.control.irrigation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One scan's snapshot.
 *
 * @param instant the scan's instant; never earlier than the previous scan's
 * @param zones a reading for every zone the controller runs, by zone id
 * @param supplyFlowLitresPerHour each supply's measured flow (L/h) by supply id; a supply without a
 *     flow meter is left out and gets no leak detection
 */
public record IrrigationInputs(
    Instant instant, Map<String, ZoneReading> zones, Map<String, Double> supplyFlowLitresPerHour) {

  public IrrigationInputs {
    Objects.requireNonNull(instant, "instant");
    zones = Map.copyOf(zones);
    supplyFlowLitresPerHour = Map.copyOf(supplyFlowLitresPerHour);
  }

  /** The measured flow of a supply, if it has a flow meter. */
  public Optional<Double> flowLitresPerHour(String supplyId) {
    return Optional.ofNullable(supplyFlowLitresPerHour.get(supplyId));
  }
}
