package org.hortus.model.sim.weather;

import java.time.LocalDate;

/**
 * The sun's elevation from the NOAA "General Solar Position Calculations" (Spencer 1971 series for
 * declination and equation of time; good to about 0.6°), kept private to the weather package so
 * that it needs no other code. Uses {@link StrictMath} for reproducible years.
 */
final class SunElevation {

  private SunElevation() {}

  /** Sine of the sun's elevation (cosine of the zenith angle); negative at night. */
  static double sine(long epochSecond, double latitudeDegrees, double longitudeDegrees) {
    long day = Math.floorDiv(epochSecond, 86_400L);
    LocalDate date = LocalDate.ofEpochDay(day);
    double hourUtc = (epochSecond - day * 86_400L) / 3600.0;
    double g =
        2 * StrictMath.PI / date.lengthOfYear() * (date.getDayOfYear() - 1 + (hourUtc - 12) / 24);
    double equationOfTimeMinutes =
        229.18
            * (0.000075
                + 0.001868 * StrictMath.cos(g)
                - 0.032077 * StrictMath.sin(g)
                - 0.014615 * StrictMath.cos(2 * g)
                - 0.040849 * StrictMath.sin(2 * g));
    double declination =
        0.006918
            - 0.399912 * StrictMath.cos(g)
            + 0.070257 * StrictMath.sin(g)
            - 0.006758 * StrictMath.cos(2 * g)
            + 0.000907 * StrictMath.sin(2 * g)
            - 0.002697 * StrictMath.cos(3 * g)
            + 0.00148 * StrictMath.sin(3 * g);
    double trueSolarMinutes = hourUtc * 60 + equationOfTimeMinutes + 4 * longitudeDegrees;
    double hourAngle = StrictMath.toRadians(trueSolarMinutes / 4 - 180);
    double latitude = StrictMath.toRadians(latitudeDegrees);
    return StrictMath.sin(latitude) * StrictMath.sin(declination)
        + StrictMath.cos(latitude) * StrictMath.cos(declination) * StrictMath.cos(hourAngle);
  }
}
