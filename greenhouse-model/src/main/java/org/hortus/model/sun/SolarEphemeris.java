package org.hortus.model.sun;

import static java.lang.Math.cos;
import static java.lang.Math.sin;
import static java.lang.Math.tan;
import static java.lang.Math.toDegrees;
import static java.lang.Math.toRadians;

/**
 * The sun's place for one instant by NOAA's "General Solar Position Calculations" (the equations of
 * the NOAA Solar Calculator spreadsheet, after Meeus, Astronomical Algorithms). Time scale is UT
 * throughout; NOAA ignores the difference to terrestrial time.
 *
 * @param declinationDegrees the sun's apparent declination
 * @param equationOfTimeMinutes apparent minus mean solar time
 * @param radiusVectorAu the Earth–sun distance in astronomical units
 */
record SolarEphemeris(
    double declinationDegrees, double equationOfTimeMinutes, double radiusVectorAu) {

  private static final double UNIX_EPOCH_JULIAN_DAY = 2440587.5;
  private static final double J2000_JULIAN_DAY = 2451545.0;
  private static final double SECONDS_PER_DAY = 86_400;

  /** The ephemeris at an instant given as seconds since 1970-01-01T00:00Z (fractional). */
  static SolarEphemeris atEpochSecond(double epochSecond) {
    double julianDay = UNIX_EPOCH_JULIAN_DAY + epochSecond / SECONDS_PER_DAY;
    return atJulianCentury((julianDay - J2000_JULIAN_DAY) / 36525.0);
  }

  /** The ephemeris for {@code t} Julian centuries since J2000.0. */
  static SolarEphemeris atJulianCentury(double t) {
    double meanLongitude = normalize(280.46646 + t * (36000.76983 + t * 0.0003032));
    double meanAnomaly = 357.52911 + t * (35999.05029 - 0.0001537 * t);
    double eccentricity = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
    double m = toRadians(meanAnomaly);
    double equationOfCenter =
        sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
            + sin(2 * m) * (0.019993 - 0.000101 * t)
            + sin(3 * m) * 0.000289;
    double trueLongitude = meanLongitude + equationOfCenter;
    double trueAnomaly = meanAnomaly + equationOfCenter;
    double radiusVector =
        1.000001018
            * (1 - eccentricity * eccentricity)
            / (1 + eccentricity * cos(toRadians(trueAnomaly)));
    double omega = toRadians(125.04 - 1934.136 * t);
    double apparentLongitude = trueLongitude - 0.00569 - 0.00478 * sin(omega);
    double meanObliquity =
        23 + (26 + (21.448 - t * (46.815 + t * (0.00059 - t * 0.001813))) / 60) / 60;
    double obliquity = toRadians(meanObliquity + 0.00256 * cos(omega));
    double declination = toDegrees(Math.asin(sin(obliquity) * sin(toRadians(apparentLongitude))));

    double y = tan(obliquity / 2) * tan(obliquity / 2);
    double l0 = toRadians(meanLongitude);
    double equationOfTime =
        4
            * toDegrees(
                y * sin(2 * l0)
                    - 2 * eccentricity * sin(m)
                    + 4 * eccentricity * y * sin(m) * cos(2 * l0)
                    - 0.5 * y * y * sin(4 * l0)
                    - 1.25 * eccentricity * eccentricity * sin(2 * m));
    return new SolarEphemeris(declination, equationOfTime, radiusVector);
  }

  private static double normalize(double degrees) {
    double wrapped = degrees % 360;
    return wrapped < 0 ? wrapped + 360 : wrapped;
  }
}
