package org.hortus.model.sim.physics;

import java.util.Objects;

/**
 * One irrigation zone (plot) of a compartment: the crop grows on substrate slabs that the zone's
 * valve waters.
 *
 * @param name the name growers use, e.g. {@code Row 1-12}
 * @param areaM2 floor area of the zone, m²
 * @param substrateVolumeLitresPerM2 substrate (slab) volume per m² of zone floor, L/m² (7.5–9 for
 *     rockwool tomato)
 * @param saturationWaterContentFraction water content at which the slab drains, as a volume
 *     fraction of the substrate (0–1; about 0.8 for rockwool)
 */
public record ZoneParameters(
    String name,
    double areaM2,
    double substrateVolumeLitresPerM2,
    double saturationWaterContentFraction) {

  public ZoneParameters {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("zone name must not be blank");
    }
    if (!(areaM2 > 0 && areaM2 < 1e7)) {
      throw new IllegalArgumentException("zone " + name + ": area must be 0–1e7 m², was " + areaM2);
    }
    if (!(substrateVolumeLitresPerM2 > 0 && substrateVolumeLitresPerM2 <= 500)) {
      throw new IllegalArgumentException(
          "zone "
              + name
              + ": substrate volume must be 0–500 L/m², was "
              + substrateVolumeLitresPerM2);
    }
    if (!(saturationWaterContentFraction > 0 && saturationWaterContentFraction <= 1)) {
      throw new IllegalArgumentException(
          "zone "
              + name
              + ": saturation water content must be a fraction 0–1, was "
              + saturationWaterContentFraction);
    }
  }

  /** Water the slabs hold at saturation, L per m² of zone floor. */
  public double saturationWaterLitresPerM2() {
    return substrateVolumeLitresPerM2 * saturationWaterContentFraction;
  }
}
