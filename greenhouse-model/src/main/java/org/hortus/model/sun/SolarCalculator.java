package org.hortus.model.sun;

import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.hortus.model.Site;

/**
 * Sun position, sunrise, solar noon and sunset by the NOAA Solar Calculator equations (see {@code
 * docs/sun.md}). Stateless and deterministic: time always comes in as an argument. Sunrise and
 * sunset are the moments the sun's centre is 0.833° below a sea-level horizon (refraction plus the
 * sun's semidiameter); they agree with the NOAA calculator within a minute between the polar
 * circles, and somewhat less well near them.
 */
public final class SolarCalculator {

  /** The total solar irradiance at one astronomical unit, in W/m². */
  public static final double SOLAR_CONSTANT_WATTS_PER_M2 = 1361;

  private static final double SUNRISE_ZENITH_DEGREES = 90.833;
  private static final double SECONDS_PER_DEGREE_OF_HOUR_ANGLE = 240;
  private static final double CONVERGED_SECONDS = 0.1;
  private static final int MAX_ITERATIONS = 10;

  /** Where the sun stands, seen from the site at the instant. */
  public SunPosition position(Site site, Instant instant) {
    double epochSecond = epochSecond(instant);
    SolarEphemeris sun = SolarEphemeris.atEpochSecond(epochSecond);
    double latitude = toRadians(site.latitudeDegrees());
    double declination = toRadians(sun.declinationDegrees());
    double hourAngle = toRadians(hourAngleDegrees(site, epochSecond, sun));
    double elevation = geometricElevationDegrees(site, epochSecond, sun);
    double azimuthFromSouth =
        Math.atan2(
            sin(hourAngle), cos(hourAngle) * sin(latitude) - Math.tan(declination) * cos(latitude));
    double azimuth = (toDegrees(azimuthFromSouth) + 180) % 360;
    double apparentElevation = elevation + Refraction.correctionDegrees(elevation);
    return new SunPosition(apparentElevation, azimuth, 90 - apparentElevation);
  }

  /** Sunrise, solar noon and sunset for the local calendar date, or which polar case it is. */
  public SunDay day(Site site, LocalDate date) {
    Instant civilNoon = date.atTime(LocalTime.NOON).atZone(site.zone()).toInstant();
    double noon = solarNoonNear(site, epochSecond(civilNoon));
    double cosine = cosSunriseHourAngle(site, SolarEphemeris.atEpochSecond(noon));
    if (cosine < -1) {
      return new SunDay.PolarDay(zoned(site, noon));
    }
    if (cosine > 1) {
      return new SunDay.PolarNight(zoned(site, noon));
    }
    return new SunDay.Normal(
        zoned(site, horizonCrossing(site, noon, -1)),
        zoned(site, noon),
        zoned(site, horizonCrossing(site, noon, +1)));
  }

  /** The sunrise for the local date; empty on a polar day or night. */
  public Optional<ZonedDateTime> sunrise(Site site, LocalDate date) {
    return day(site, date) instanceof SunDay.Normal normal
        ? Optional.of(normal.sunrise())
        : Optional.empty();
  }

  /** The sunset for the local date; empty on a polar day or night. */
  public Optional<ZonedDateTime> sunset(Site site, LocalDate date) {
    return day(site, date) instanceof SunDay.Normal normal
        ? Optional.of(normal.sunset())
        : Optional.empty();
  }

  /**
   * Solar irradiance on a horizontal plane at the top of the atmosphere above the site: the solar
   * constant, corrected for the Earth–sun distance, times the sine of the geometric (unrefracted)
   * elevation; zero while the sun is below the horizon.
   */
  public double clearSkyExtraterrestrialRadiationWattsPerM2(Site site, Instant instant) {
    double epochSecond = epochSecond(instant);
    SolarEphemeris sun = SolarEphemeris.atEpochSecond(epochSecond);
    double elevation = geometricElevationDegrees(site, epochSecond, sun);
    double eccentricityCorrection = 1 / (sun.radiusVectorAu() * sun.radiusVectorAu());
    return SOLAR_CONSTANT_WATTS_PER_M2
        * eccentricityCorrection
        * Math.max(0, sin(toRadians(elevation)));
  }

  /** The meridian transit nearest the guess, refined until the hour angle is zero. */
  private static double solarNoonNear(Site site, double guess) {
    double time = guess;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      SolarEphemeris sun = SolarEphemeris.atEpochSecond(time);
      double step = -hourAngleDegrees(site, time, sun) * SECONDS_PER_DEGREE_OF_HOUR_ANGLE;
      time += step;
      if (Math.abs(step) < CONVERGED_SECONDS) {
        break;
      }
    }
    return time;
  }

  /**
   * Sunrise ({@code side = -1}) or sunset ({@code +1}) around a solar noon: the time the hour angle
   * equals the sunrise hour angle for the declination at that time, iterated as the NOAA calculator
   * does. Near the polar day/night boundary the hour angle is clamped to 0°…180°.
   */
  private static double horizonCrossing(Site site, double noon, int side) {
    double time = noon;
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      SolarEphemeris sun = SolarEphemeris.atEpochSecond(time);
      double cosine = Math.clamp(cosSunriseHourAngle(site, sun), -1.0, 1.0);
      double target = side * toDegrees(Math.acos(cosine));
      double current = hourAngleDegrees(site, time, sun);
      double step = wrap180(target - current) * SECONDS_PER_DEGREE_OF_HOUR_ANGLE;
      time += step;
      if (Math.abs(step) < CONVERGED_SECONDS) {
        break;
      }
    }
    return time;
  }

  private static double cosSunriseHourAngle(Site site, SolarEphemeris sun) {
    double latitude = toRadians(site.latitudeDegrees());
    double declination = toRadians(sun.declinationDegrees());
    return cos(toRadians(SUNRISE_ZENITH_DEGREES)) / (cos(latitude) * cos(declination))
        - Math.tan(latitude) * Math.tan(declination);
  }

  /** Hour angle from true solar time, in degrees from -180 to 180, zero at solar noon. */
  private static double hourAngleDegrees(Site site, double epochSecond, SolarEphemeris sun) {
    double utcMinutes = (epochSecond - 86_400 * Math.floor(epochSecond / 86_400)) / 60;
    double trueSolarMinutes =
        utcMinutes + sun.equationOfTimeMinutes() + 4 * site.longitudeDegrees();
    return wrap180(trueSolarMinutes / 4 - 180);
  }

  private static double geometricElevationDegrees(
      Site site, double epochSecond, SolarEphemeris sun) {
    double latitude = toRadians(site.latitudeDegrees());
    double declination = toRadians(sun.declinationDegrees());
    double hourAngle = toRadians(hourAngleDegrees(site, epochSecond, sun));
    double sinElevation =
        sin(latitude) * sin(declination) + cos(latitude) * cos(declination) * cos(hourAngle);
    return toDegrees(Math.asin(Math.clamp(sinElevation, -1.0, 1.0)));
  }

  private static double wrap180(double degrees) {
    return degrees - 360 * Math.floor((degrees + 180) / 360);
  }

  private static double epochSecond(Instant instant) {
    return instant.getEpochSecond() + instant.getNano() / 1e9;
  }

  private static ZonedDateTime zoned(Site site, double epochSecond) {
    return Instant.ofEpochSecond(Math.round(epochSecond)).atZone(site.zone());
  }
}
