package org.hortus.model.control;

/**
 * Humidity measures from air temperature and relative humidity (Tetens' saturation vapour
 * pressure, ideal-gas vapour density), as climate computers display them.
 */
public final class Psychrometrics {

  private static final double WATER_GAS_CONSTANT_J_PER_KG_K = 461.5;

  private Psychrometrics() {}

  /** Saturation vapour pressure over water, kPa (Tetens 1930). */
  public static double saturationVapourPressureKilopascal(double temperatureCelsius) {
    return 0.61078 * Math.exp(17.27 * temperatureCelsius / (temperatureCelsius + 237.3));
  }

  /** Vapour pressure deficit, kPa. */
  public static double vpdKilopascal(double temperatureCelsius, double relativeHumidityPercent) {
    return saturationVapourPressureKilopascal(temperatureCelsius) * (1 - relativeHumidityPercent / 100);
  }

  /** Humidity deficit: how much more water the air could hold, g/m³. */
  public static double humidityDeficitGramsPerM3(double temperatureCelsius, double relativeHumidityPercent) {
    double deficitPascal = vpdKilopascal(temperatureCelsius, relativeHumidityPercent) * 1000;
    return deficitPascal / (WATER_GAS_CONSTANT_J_PER_KG_K * (temperatureCelsius + 273.15)) * 1000;
  }
}
