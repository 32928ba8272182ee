package org.hortus.model.sim.physics;

/**
 * Heat exchange of the cover, per m² of cover.
 *
 * <ul>
 *   <li>Outside convection: Bot (1983) as in Vanthoor (2011): {@code 2.8 + 1.2 v} for v &lt; 4 m/s,
 *       {@code 2.5 v^0.8} above, W/(m²·K).
 *   <li>Sky radiation: {@code ε σ (T_cover⁴ − T_sky⁴)}, ε = 0.84 (glass).
 *   <li>Inside: free convection {@code c |ΔT|^(1/3)} (Bot's form, Vanthoor's HEC_AirCov) plus
 *       radiation from crop and floor (ε = 1) to the cover, {@code ε σ (T_air⁴ − T_cover⁴)} per m²
 *       floor. The constant c is calibrated so that the series chain inside → cover → outside
 *       reproduces the rated U-value at the reference conditions (20 °C inside, 0 °C outside and
 *       sky, 4 m/s wind); Bot's c = 1.7 gives a lower overall U than published ratings.
 *   <li>Screens add a series resistance {@code 1/((1−ES)·U) − 1/U} inside the cover, scaled by
 *       their closure, so a closed screen saves exactly its rated fraction at the reference.
 * </ul>
 */
final class CoverExchange {

  static final double COVER_EMISSIVITY = 0.84;
  static final double STEFAN_BOLTZMANN = 5.670374e-8;
  static final double REFERENCE_AIR_CELSIUS = 20;
  static final double REFERENCE_OUTSIDE_CELSIUS = 0;
  static final double REFERENCE_WIND = 4;

  private CoverExchange() {}

  /** Outside convective heat-transfer coefficient, W/(m² cover·K). */
  static double outsideConvection(double windSpeed) {
    return windSpeed < 4 ? 2.8 + 1.2 * windSpeed : 2.5 * Math.pow(windSpeed, 0.8);
  }

  /**
   * The inside convection constant and the inside conductance at the reference conditions.
   *
   * @param innerConvectionCoefficient c in {@code c |ΔT|^(1/3)}, W/(m² cover·K^(4/3))
   * @param innerConductance inside conductance (convection plus radiation) at the reference, W/(m²
   *     cover·K)
   */
  record Calibration(double innerConvectionCoefficient, double innerConductance) {}

  /**
   * Solves the reference steady state for the inside constant.
   *
   * @param uValue rated U-value, W/(m² cover·K)
   * @param coverToFloor cover area over floor area
   */
  static Calibration calibrate(double uValue, double coverToFloor) {
    double tIn = REFERENCE_AIR_CELSIUS;
    double tOut = REFERENCE_OUTSIDE_CELSIUS;
    double q = uValue * (tIn - tOut);
    double hOut = outsideConvection(REFERENCE_WIND);
    double low = tOut;
    double high = tIn;
    for (int i = 0; i < 100; i++) {
      double tc = (low + high) / 2;
      double out = hOut * (tc - tOut) + radiation(tc, tOut);
      if (out > q) {
        high = tc;
      } else {
        low = tc;
      }
    }
    double tCover = (low + high) / 2;
    double radiationIn = radiation(tIn, tCover) / coverToFloor;
    double convection = q - radiationIn;
    double dt = tIn - tCover;
    double c = convection / (dt * Math.cbrt(dt));
    if (!(c > 0.3)) {
      throw new IllegalArgumentException(
          "cover U-value "
              + uValue
              + " W/(m²·K) is not reachable with a "
              + coverToFloor
              + " cover-to-floor ratio: the outside coefficients alone limit it");
    }
    return new Calibration(c, q / dt);
  }

  /** Screen series resistance per m² cover, (m²·K)/W, of a closed screen. */
  static double screenResistance(double uValue, double energySavingFraction) {
    return 1 / ((1 - energySavingFraction) * uValue) - 1 / uValue;
  }

  private static double radiation(double hotCelsius, double coldCelsius) {
    return COVER_EMISSIVITY
        * STEFAN_BOLTZMANN
        * (pow4(hotCelsius + MoistAir.KELVIN) - pow4(coldCelsius + MoistAir.KELVIN));
  }

  static double pow4(double x) {
    double x2 = x * x;
    return x2 * x2;
  }
}
