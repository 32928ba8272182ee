package org.hortus.model.schedule;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;

/**
 * Which water supply feeds which zone, and so how long a dose keeps a zone's valve open. Built from
 * a {@link Park}, or from zones and supplies directly (tests, one greenhouse).
 */
public final class WaterNetwork {

  private final Map<String, Zone> zones = new LinkedHashMap<>();
  private final Map<String, WaterSupply> supplies = new LinkedHashMap<>();

  private WaterNetwork(Collection<WaterSupply> supplies, Collection<Zone> zones) {
    supplies.forEach(s -> this.supplies.put(s.id(), s));
    for (Zone zone : zones) {
      if (!this.supplies.containsKey(zone.waterSupplyId())) {
        throw new IllegalArgumentException(
            "zone " + zone.id() + " is fed by unknown water supply " + zone.waterSupplyId());
      }
      if (this.zones.put(zone.id(), zone) != null) {
        throw new IllegalArgumentException("zone " + zone.id() + " given twice");
      }
    }
  }

  /** Every zone of every greenhouse of the park, with the park's supplies. */
  public static WaterNetwork of(Park park) {
    List<Zone> zones =
        park.greenhouses().stream().map(Greenhouse::zones).flatMap(List::stream).toList();
    return new WaterNetwork(park.waterSupplies(), zones);
  }

  /** The given zones fed by the given supplies; every zone's supply must be among them. */
  public static WaterNetwork of(Collection<WaterSupply> supplies, Collection<Zone> zones) {
    return new WaterNetwork(supplies, zones);
  }

  /** The zones, in the order given. */
  public List<Zone> zones() {
    return List.copyOf(zones.values());
  }

  /** The supplies, in the order given. */
  public List<WaterSupply> supplies() {
    return List.copyOf(supplies.values());
  }

  /** The zone with this id, if it is in the network. */
  public Optional<Zone> zone(String zoneId) {
    return Optional.ofNullable(zones.get(zoneId));
  }

  /** The supply feeding a zone of the network. */
  public WaterSupply supplyOf(String zoneId) {
    return supplies.get(requireZone(zoneId).waterSupplyId());
  }

  /** Valve-open time of a dose on a zone of the network. */
  public Duration runTime(String zoneId, IrrigationDose dose) {
    return dose.runTime(requireZone(zoneId).areaM2(), supplyOf(zoneId).pumpCapacityLitresPerHour());
  }

  /** Litres of a dose on a zone of the network. */
  public double litres(String zoneId, IrrigationDose dose) {
    return dose.litres(requireZone(zoneId).areaM2(), supplyOf(zoneId).pumpCapacityLitresPerHour());
  }

  private Zone requireZone(String zoneId) {
    return zone(zoneId)
        .orElseThrow(
            () -> new IllegalArgumentException("zone " + zoneId + " is not in the network"));
  }
}
