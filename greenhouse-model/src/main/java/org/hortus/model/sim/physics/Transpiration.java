package org.hortus.model.sim.physics;

/**
 * Crop transpiration after Stanghellini (1987): the Penman–Monteith combination equation for a
 * canopy with leaves exchanging on both sides,
 *
 * <pre>
 *   λE = (s · R_can + 2 LAI ρ c_p VPD / r_b) / (s + γ (1 + r_s / r_b))
 * </pre>
 *
 * with s the slope of the saturation curve (Pa/K), R_can the short-wave radiation absorbed by the
 * canopy (W/m² floor), VPD of the air (Pa), γ = 65.8 Pa/K, boundary-layer resistance r_b = 275 s/m
 * and stomatal resistance {@code r_s = 82 s/m · rf(R) · rf(CO2) · rf(VPD)} with Stanghellini's
 * response factors as parameterised by Vanthoor (2011, Table 8.1): {@code rf(R) = (R + 4.30) / (R +
 * 0.54)}, {@code rf(CO2) = min(1.5, 1 + c3 (CO2 − 200)²)}, {@code rf(VPD) = min(5.8, 1 + c4 VPD²)},
 * c3 = 6.1e-7 ppm⁻² by day, 1.1e-11 by night, c4 = 4.3e-6 Pa⁻² by day, 5.2e-6 by night. Day and
 * night blend linearly over 0–10 W/m² absorbed radiation (Vanthoor switches with a logistic around
 * 5 W/m²). The crop is lumped with the air, so its temperature is the air's.
 */
final class Transpiration {

  static final double BOUNDARY_LAYER_RESISTANCE = 275;
  static final double MIN_STOMATAL_RESISTANCE = 82;
  static final double PSYCHROMETRIC_PA_PER_K = 65.8;
  static final double LATENT_HEAT = 2.45e6;

  private Transpiration() {}

  /** Stomatal resistance, s/m. */
  static double stomatalResistance(double absorbedRadiation, double co2Ppm, double vpdPa) {
    double r = Math.max(0, absorbedRadiation);
    double day = Math.min(1, r / 10);
    double c3 = 1.1e-11 + day * (6.1e-7 - 1.1e-11);
    double c4 = 5.2e-6 + day * (4.3e-6 - 5.2e-6);
    double co2 = co2Ppm - 200;
    double vpd = Math.max(0, vpdPa);
    double rfRadiation = (r + 4.30) / (r + 0.54);
    double rfCo2 = Math.min(1.5, 1 + c3 * co2 * co2);
    double rfVpd = Math.min(5.8, 1 + c4 * vpd * vpd);
    return MIN_STOMATAL_RESISTANCE * rfRadiation * rfCo2 * rfVpd;
  }
}
