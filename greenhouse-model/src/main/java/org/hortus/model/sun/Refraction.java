package org.hortus.model.sun;

/**
 * NOAA's approximate atmospheric refraction (Solar Calculator spreadsheet, column "Approx
 * Atmospheric Refraction"), after Bennett and Meeus for a standard atmosphere.
 */
final class Refraction {

  private Refraction() {}

  /** Degrees to add to the geometric elevation (in degrees) to get the apparent elevation. */
  static double correctionDegrees(double elevationDegrees) {
    double e = elevationDegrees;
    if (e > 85) {
      return 0;
    }
    double tan = Math.tan(Math.toRadians(e));
    double arcSeconds;
    if (e > 5) {
      arcSeconds = 58.1 / tan - 0.07 / Math.pow(tan, 3) + 0.000086 / Math.pow(tan, 5);
    } else if (e > -0.575) {
      arcSeconds = 1735 + e * (-518.2 + e * (103.4 + e * (-12.79 + e * 0.711)));
    } else {
      arcSeconds = -20.772 / tan;
    }
    return arcSeconds / 3600;
  }
}
