package org.hortus.model.park;

/**
 * A pump and its fertigation unit. It serves several zones' valves, but only one valve at a
 * time: the irrigation scheduler queues the others.
 *
 * @param id park-wide id, e.g. {@code WS-1}
 * @param name growers' name
 * @param pumpCapacityLitresPerHour what the pump delivers
 */
public record WaterSupply(String id, String name, double pumpCapacityLitresPerHour) {}
