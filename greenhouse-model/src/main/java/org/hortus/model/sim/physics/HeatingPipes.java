package org.hortus.model.sim.physics;

/**
 * The heating pipe rail, per m² floor (Vanthoor 2011, ch. 8.6).
 *
 * <ul>
 *   <li>Convection: Vanthoor's {@code HEC_PipeAir = 1.99 π φ l |ΔT|^0.32}; here {@code 1.91 π φ l
 *       |ΔT|^(1/3)}, which matches it within 2.5 % over 5–60 K and needs a cube root instead of a
 *       power.
 *   <li>Radiation to crop and floor (taken at air temperature): {@code π φ l ε σ (T_pipe⁴ −
 *       T_air⁴)}, ε = 0.88, view factor 1.
 *   <li>Boiler: the mixing valve supplies water at the commanded temperature; the circulation is
 *       sized for a 20 K supply–return difference at full boiler power, so the heat into the pipes
 *       is {@code clamp(P_max / 10 K · (T_supply − T_pipe), 0, P_max)} (the pipe temperature is the
 *       mean of supply and return).
 * </ul>
 */
final class HeatingPipes {

  static final double PIPE_EMISSIVITY = 0.88;

  private HeatingPipes() {}

  /** Multiply by {@code cbrt(|ΔT|)·ΔT} for W/m². */
  static double convectionCoefficient(double lengthPerM2, double diameter) {
    return 1.91 * Math.PI * diameter * lengthPerM2;
  }

  /** Multiply by {@code T_pipe⁴ − T_air⁴} (K⁴) for W/m². */
  static double radiationCoefficient(double lengthPerM2, double diameter) {
    return Math.PI * diameter * lengthPerM2 * PIPE_EMISSIVITY * CoverExchange.STEFAN_BOLTZMANN;
  }

  /** Boiler gain per kelvin of supply above pipe temperature, W/(m²·K). */
  static double boilerGain(double boilerCapacityWattsPerM2) {
    return boilerCapacityWattsPerM2 / 10;
  }
}
