package org.hortus.app.park;

import org.hortus.model.park.Park;

/**
 * What a person checks before importing a park file: its name and how much it holds.
 *
 * @param name the park's name
 * @param greenhouses number of greenhouses
 * @param devices number of field devices
 * @param points number of mapped points
 */
public record ParkSummary(String name, int greenhouses, int devices, int points) {

  public static ParkSummary of(Park park, PointMap pointMap) {
    return new ParkSummary(park.name(), park.greenhouses().size(), pointMap.devices().size(), pointMap.bindings().size());
  }
}
