package org.hortus.model.sim.weather;

/**
 * Sky radiation and the humidity relations the weather package needs (kept here rather than shared
 * with the physics package, which depends on this one). {@link StrictMath} throughout.
 *
 * <p>Sky emissivity: Clark &amp; Allen (1978) clear-sky emissivity from the dew point, {@code 0.787
 * + 0.764 ln(T_dew / 273)}, times the cloud factor {@code 1 + 0.0224 N − 0.0035 N² + 0.00028 N³} (N
 * = cloud cover in tenths), as EnergyPlus computes sky radiation when an EPW file lacks it. Sky
 * temperature {@code T_sky = T_air ε^(1/4)} (kelvin).
 */
final class SkyTemperature {

  static final double STEFAN_BOLTZMANN = 5.670374e-8;
  private static final double KELVIN = 273.15;

  private SkyTemperature() {}

  static double emissivity(double dewPointCelsius, double cloudCoverFraction) {
    double clear = 0.787 + 0.764 * StrictMath.log((dewPointCelsius + KELVIN) / 273.0);
    double n = 10 * cloudCoverFraction;
    double e = clear * (1 + 0.0224 * n - 0.0035 * n * n + 0.00028 * n * n * n);
    return Math.min(1, Math.max(0.4, e));
  }

  static double skyTemperatureCelsius(double airCelsius, double dewPointCelsius, double cloud) {
    return (airCelsius + KELVIN) * StrictMath.pow(emissivity(dewPointCelsius, cloud), 0.25)
        - KELVIN;
  }

  /** Sky temperature from downward long-wave (horizontal infrared) radiation, W/m². */
  static double fromInfrared(double wattsPerM2) {
    return StrictMath.pow(wattsPerM2 / STEFAN_BOLTZMANN, 0.25) - KELVIN;
  }

  /** Downward long-wave radiation of a black sky at the given temperature, W/m². */
  static double infrared(double skyCelsius) {
    double k = skyCelsius + KELVIN;
    return STEFAN_BOLTZMANN * k * k * k * k;
  }

  /** Saturation vapour pressure over water, Pa (Tetens/Murray). */
  static double saturationPa(double celsius) {
    return 610.78 * StrictMath.exp(17.27 * celsius / (celsius + 237.3));
  }

  /** Dew point, °C, of air at a temperature and relative humidity (inverse Tetens). */
  static double dewPointCelsius(double celsius, double relativeHumidityPercent) {
    double x =
        StrictMath.log(
            Math.max(relativeHumidityPercent, 0.5) / 100 * saturationPa(celsius) / 610.78);
    return 237.3 * x / (17.27 - x);
  }

  /** Relative humidity, %, of air at a temperature with the given dew point. */
  static double relativeHumidityPercent(double celsius, double dewPointCelsius) {
    return 100 * saturationPa(dewPointCelsius) / saturationPa(celsius);
  }
}
