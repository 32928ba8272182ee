package org.hortus.model;

import java.time.ZoneId;
import java.util.Objects;

/**
 * Where a park (or one greenhouse) stands on the Earth: its geographic position and the time zone
 * its growers keep. The sun's course, and so radiation and day length, follow from it.
 *
 * @param latitudeDegrees geographic latitude, north positive, from -90 to 90
 * @param longitudeDegrees geographic longitude, east positive, from -180 to 180
 * @param elevationMetres height above sea level; informative only for the NOAA sun equations, which
 *     assume a sea-level horizon
 * @param zone the time zone for local dates and times, e.g. {@code Europe/Amsterdam}
 */
public record Site(
    double latitudeDegrees, double longitudeDegrees, double elevationMetres, ZoneId zone) {

  public Site {
    requireWithin("latitudeDegrees", latitudeDegrees, 90);
    requireWithin("longitudeDegrees", longitudeDegrees, 180);
    if (!Double.isFinite(elevationMetres)) {
      throw new IllegalArgumentException(
          "elevationMetres must be a finite number, was " + elevationMetres);
    }
    Objects.requireNonNull(zone, "zone");
  }

  private static void requireWithin(String field, double value, int limit) {
    if (!(value >= -limit && value <= limit)) {
      throw new IllegalArgumentException(
          field + " must be from " + -limit + " to " + limit + ", was " + value);
    }
  }
}
