package org.hortus.model.sim.physics;

/**
 * Canopy gross photosynthesis as a rectangular hyperbola of absorbed light (the big-leaf form of
 * Acock et al. 1978 used by Goudriaan &amp; Van Laar), with CO2 acting on both the initial
 * light-use efficiency (Goudriaan 1986: {@code ε = ε0 (C − Γ)/(C + 2Γ)}) and the light-saturated
 * rate ({@code P_c = P_max (C − Γ)/(C − Γ + K)}). Γ = 1.7 ppm/K × T (Vanthoor 2011's simplified
 * compensation point). Rates in µmol CO2 per m² floor per s.
 *
 * <pre>
 *   P = ε I P_c / (ε I + P_c),   I = PAR absorbed by the canopy (µmol/(m²·s))
 *   ε0 = 0.084 µmol/µmol, K = 500 ppm, P_max = 80 µmol/(m² leaf·s) × (1 − e^(−0.7 LAI)) / 0.7
 * </pre>
 *
 * <p>Calibrated to give about 22 µmol/(m²·s) gross at 400 ppm and 700 µmol/(m²·s) absorbed PAR with
 * LAI 3, and about 35 % more at 1,000 ppm (OMAFRA: most greenhouse crops gain 30–50 % between 340
 * and 1,000 ppm). Maintenance respiration: 0.7 µmol/(m² leaf·s) at 25 °C, Q10 = 2.
 */
final class CanopyPhotosynthesis {

  static final double QUANTUM_EFFICIENCY = 0.084;
  static final double CO2_HALF_SATURATION_PPM = 500;
  static final double LEAF_MAX_RATE = 80;
  static final double LIGHT_EXTINCTION = 0.7;
  static final double COMPENSATION_PPM_PER_K = 1.7;
  static final double RESPIRATION_AT_25 = 0.7;

  /** mg CO2 per µmol. */
  static final double MG_PER_MICROMOL = MoistAir.CO2_MOLAR_MASS * 1e-3;

  private static final double LN2_OVER_10 = Math.log(2) / 10;

  private CanopyPhotosynthesis() {}

  /** Light-saturated canopy rate at saturating CO2, µmol/(m²·s). */
  static double maxCanopyRate(double leafAreaIndex) {
    return LEAF_MAX_RATE * (1 - Math.exp(-LIGHT_EXTINCTION * leafAreaIndex)) / LIGHT_EXTINCTION;
  }

  /** CO2 compensation point, ppm. */
  static double compensationPpm(double airTemperatureCelsius) {
    return Math.max(0, COMPENSATION_PPM_PER_K * airTemperatureCelsius);
  }

  /**
   * Gross canopy assimilation, µmol/(m²·s).
   *
   * @param absorbedPar PAR absorbed by the canopy, µmol/(m²·s)
   * @param co2Ppm CO2 of the air, ppm
   * @param compensationPpm the compensation point Γ, ppm
   * @param maxCanopyRate {@link #maxCanopyRate(double)}
   */
  static double gross(
      double absorbedPar, double co2Ppm, double compensationPpm, double maxCanopyRate) {
    double excess = co2Ppm - compensationPpm;
    if (excess <= 0 || absorbedPar <= 0 || maxCanopyRate <= 0) {
      return 0;
    }
    double efficiency = QUANTUM_EFFICIENCY * excess / (co2Ppm + 2 * compensationPpm);
    double saturated = maxCanopyRate * excess / (excess + CO2_HALF_SATURATION_PPM);
    double limited = efficiency * absorbedPar;
    return limited * saturated / (limited + saturated);
  }

  /** Maintenance respiration of the crop, µmol/(m²·s). */
  static double respiration(double airTemperatureCelsius, double leafAreaIndex) {
    return RESPIRATION_AT_25 * leafAreaIndex * Math.exp(LN2_OVER_10 * (airTemperatureCelsius - 25));
  }
}
