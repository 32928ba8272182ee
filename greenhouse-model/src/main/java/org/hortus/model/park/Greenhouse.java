package org.hortus.model.park;

import java.util.List;

/**
 * One greenhouse (compartment) of a park.
 *
 * @param id park-wide id, e.g. {@code GH-01}
 * @param name growers' name
 * @param construction how it is built
 * @param floorAreaM2 floor area
 * @param coverAreaM2 area of roof and walls
 * @param gutterHeightMetres height of the gutters
 * @param coverUValueWattsPerM2K heat transmission of the cover
 * @param vents vent areas per side
 * @param heatingPipes the pipe heating
 * @param screens its screens (may be none)
 * @param co2Supply its CO2 supply
 * @param crop what grows in it
 * @param zones its irrigation zones
 */
public record Greenhouse(
    String id,
    String name,
    Construction construction,
    double floorAreaM2,
    double coverAreaM2,
    double gutterHeightMetres,
    double coverUValueWattsPerM2K,
    VentAreas vents,
    HeatingPipes heatingPipes,
    List<Screen> screens,
    Co2Supply co2Supply,
    Crop crop,
    List<Zone> zones) {
  public Greenhouse {
    screens = List.copyOf(screens);
    zones = List.copyOf(zones);
  }
}
