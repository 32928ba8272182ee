package org.hortus.model.park;

import java.util.List;
import java.util.Optional;
import org.hortus.model.Site;

/**
 * A park: its site, water supplies and greenhouses.
 *
 * @param name the park's name
 * @param site where it stands (for sun times and the clock)
 * @param waterSupplies pumps that feed the zones
 * @param greenhouses its greenhouses
 */
public record Park(String name, Site site, List<WaterSupply> waterSupplies, List<Greenhouse> greenhouses) {
  public Park {
    waterSupplies = List.copyOf(waterSupplies);
    greenhouses = List.copyOf(greenhouses);
  }

  public Optional<Greenhouse> greenhouse(String id) {
    return greenhouses.stream().filter(g -> g.id().equals(id)).findFirst();
  }
}
