package org.hortus.model.sim.weather;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the weather is: a named place on the globe with its civil time zone.
 *
 * @param name place name, e.g. {@code De Bilt}
 * @param latitudeDegrees latitude, degrees north (−90–90)
 * @param longitudeDegrees longitude, degrees east (−180–180)
 * @param zone civil time zone (an EPW file carries a fixed standard offset)
 * @param elevationMetres height above sea level, m
 */
public record WeatherSite(
    String name,
    double latitudeDegrees,
    double longitudeDegrees,
    ZoneId zone,
    double elevationMetres) {

  public WeatherSite {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
    if (!(latitudeDegrees >= -90 && latitudeDegrees <= 90)) {
      throw new IllegalArgumentException("latitude must be -90–90°, was " + latitudeDegrees);
    }
    if (!(longitudeDegrees >= -180 && longitudeDegrees <= 180)) {
      throw new IllegalArgumentException("longitude must be -180–180°, was " + longitudeDegrees);
    }
    if (!(elevationMetres >= -500 && elevationMetres <= 9000)) {
      throw new IllegalArgumentException("elevation must be -500–9000 m, was " + elevationMetres);
    }
  }

  /** De Bilt, the Netherlands (KNMI's main station). */
  public static WeatherSite deBilt() {
    return new WeatherSite("De Bilt", 52.10, 5.18, ZoneId.of("Europe/Amsterdam"), 2);
  }

  /** Almería, Spain (the plastic-greenhouse region). */
  public static WeatherSite almeria() {
    return new WeatherSite("Almeria", 36.84, -2.46, ZoneId.of("Europe/Madrid"), 20);
  }
}
