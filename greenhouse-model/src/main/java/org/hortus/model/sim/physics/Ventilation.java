package org.hortus.model.sim.physics;

/**
 * Airflow through roof vents and leaks, m³ per m² floor per s.
 *
 * <ul>
 *   <li>Wind-driven flow through the open vent area: Vanthoor (2011, eq. 6.x; GreenLight's {@code
 *       fVentRoof}) {@code C_d A_open / (2 A_floor) · sqrt(C_w) · v_wind}, C_d = 0.75, C_w = 0.09
 *       (Vanthoor's Venlo values). De Jong's (1990) per-side curves were tried first; with the
 *       window areas of {@link CompartmentParameters#venloTomato()} they gave about 10 air
 *       changes per hour at 3 m/s with every vent open, against 25–30 in Vanthoor's validated
 *       model and in practice, and a closed-loop week could not cool the house.
 *   <li>Stack (buoyancy) flow through the same openings: Boulard &amp; Baille (1995) in Vanthoor
 *       (2011): {@code C_d A_open / (2 A_floor) · sqrt(g h_vent |ΔT| / (2 T_mean))}, h_vent =
 *       0.68 m.
 *   <li>The two add in quadrature, as Vanthoor adds the wind and temperature terms under one root.
 *   <li>Leakage: Vanthoor (2011) {@code c_leakage · max(0.25, v_wind)}.
 * </ul>
 *
 * <p>Which side is lee is the climate computer's choice (it compares wind direction with the
 * ridge); the model takes the sides as commanded and counts their open areas alike.
 */
final class Ventilation {

  static final double DISCHARGE_COEFFICIENT = 0.75;
  static final double WIND_PRESSURE_COEFFICIENT = 0.09;
  static final double VENT_HEIGHT_M = 0.68;
  private static final double GRAVITY = 9.81;

  private Ventilation() {}

  /** Wind-driven flow, m³/(m²·s), given vent areas as fractions of the floor area. */
  static double windDriven(
      double windSpeed,
      double leeAreaFraction,
      double leePercent,
      double windwardAreaFraction,
      double windwardPercent) {
    double openAreaFraction = leeAreaFraction * leePercent / 100 + windwardAreaFraction * windwardPercent / 100;
    return DISCHARGE_COEFFICIENT * openAreaFraction / 2 * Math.sqrt(WIND_PRESSURE_COEFFICIENT) * windSpeed;
  }

  /**
   * Coefficient of the stack flow: multiply by {@code sqrt(|ΔT| / T_mean)} (K/K) for m³/(m²·s).
   *
   * @param openAreaFraction open vent area (area × opening) over floor area
   */
  static double stackCoefficient(double openAreaFraction) {
    return DISCHARGE_COEFFICIENT * openAreaFraction / 2 * Math.sqrt(GRAVITY * VENT_HEIGHT_M / 2);
  }

  /** Leakage flow, m³/(m²·s). */
  static double leakage(double leakageCoefficient, double windSpeed) {
    return leakageCoefficient * Math.max(0.25, windSpeed);
  }
}
