package org.hortus.model.sim.physics;

/**
 * Moist-air and trace-gas relations used by the physics model. Temperatures in °C, vapour pressures
 * in Pa, vapour concentrations (absolute humidity) in kg/m³, CO2 in ppm (µmol/mol) or mg/m³ at
 * sea-level pressure (101,325 Pa).
 *
 * <p>Saturation vapour pressure: Tetens (1930) in Murray's (1967) form, {@code 610.78 · exp(17.27 T
 * / (T + 237.3))}, within 0.1 % of the Goff–Gratch table over 0–50 °C.
 */
public final class MoistAir {

  /** 0 °C in kelvin. */
  public static final double KELVIN = 273.15;

  /** Specific gas constant of water vapour, J/(kg·K) (R / M_water = 8,314 / 18.015). */
  public static final double WATER_VAPOUR_GAS_CONSTANT = 461.5;

  /** Molar mass of CO2, g/mol. */
  public static final double CO2_MOLAR_MASS = 44.01;

  private static final double GAS_CONSTANT = 8.314;
  private static final double SEA_LEVEL_PRESSURE_PA = 101_325;

  /** mg/m³ per ppm at 1 K; divide by the absolute temperature. */
  private static final double CO2_MG_PER_PPM_KELVIN =
      CO2_MOLAR_MASS * SEA_LEVEL_PRESSURE_PA / GAS_CONSTANT / 1000;

  private MoistAir() {}

  /** Saturation vapour pressure over water, Pa. */
  public static double saturationVapourPressurePa(double temperatureCelsius) {
    return 610.78 * Math.exp(17.27 * temperatureCelsius / (temperatureCelsius + 237.3));
  }

  /**
   * Slope of the saturation vapour pressure curve, Pa/K, given the saturation pressure already
   * computed at that temperature.
   */
  public static double saturationSlopePaPerKelvin(
      double temperatureCelsius, double saturationPressurePa) {
    double d = temperatureCelsius + 237.3;
    return 4098.2 * saturationPressurePa / (d * d);
  }

  /** Vapour concentration (absolute humidity), kg/m³, of vapour at the given partial pressure. */
  public static double vapourConcentrationKgPerM3(
      double vapourPressurePa, double temperatureCelsius) {
    return vapourPressurePa / (WATER_VAPOUR_GAS_CONSTANT * (temperatureCelsius + KELVIN));
  }

  /** Vapour partial pressure, Pa, of the given vapour concentration (kg/m³). */
  public static double vapourPressurePa(
      double vapourConcentrationKgPerM3, double temperatureCelsius) {
    return vapourConcentrationKgPerM3 * WATER_VAPOUR_GAS_CONSTANT * (temperatureCelsius + KELVIN);
  }

  /** Vapour concentration, kg/m³, of air at the given temperature and relative humidity (%). */
  public static double vapourConcentrationAt(
      double temperatureCelsius, double relativeHumidityPercent) {
    return vapourConcentrationKgPerM3(
        relativeHumidityPercent / 100 * saturationVapourPressurePa(temperatureCelsius),
        temperatureCelsius);
  }

  /** Relative humidity, % (may exceed 100 in supersaturated air). */
  public static double relativeHumidityPercent(
      double vapourConcentrationKgPerM3, double temperatureCelsius) {
    return 100
        * vapourPressurePa(vapourConcentrationKgPerM3, temperatureCelsius)
        / saturationVapourPressurePa(temperatureCelsius);
  }

  /** Dew point, °C, of vapour at the given partial pressure (inverse Tetens). */
  public static double dewPointCelsius(double vapourPressurePa) {
    double x = Math.log(Math.max(vapourPressurePa, 1e-3) / 610.78);
    return 237.3 * x / (17.27 - x);
  }

  /** CO2 mass concentration, mg/m³, of the given mole fraction (ppm) at the given temperature. */
  public static double co2MilligramsPerM3(double co2Ppm, double temperatureCelsius) {
    return co2Ppm * CO2_MG_PER_PPM_KELVIN / (temperatureCelsius + KELVIN);
  }

  /** CO2 mole fraction, ppm, of the given mass concentration (mg/m³) at the given temperature. */
  public static double co2Ppm(double co2MilligramsPerM3, double temperatureCelsius) {
    return co2MilligramsPerM3 * (temperatureCelsius + KELVIN) / CO2_MG_PER_PPM_KELVIN;
  }
}
