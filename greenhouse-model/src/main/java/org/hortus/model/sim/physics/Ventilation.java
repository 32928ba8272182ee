package org.hortus.model.sim.physics;

/**
 * Airflow through roof vents and leaks, m³ per m² floor per s.
 *
 * <ul>
 *   <li>Wind-driven flow through lee and windward vents: De Jong (1990), fitted on Venlo
 *       glasshouses, flow per m² of window per m/s of wind {@code G_lee(α) = 2.29e-2 (1 −
 *       exp(−α/21.1))} and {@code G_windward(α) = 1.2e-3 α exp(α/211)}, α the opening angle in
 *       degrees (vent % × 44°).
 *   <li>Stack (buoyancy) flow through the same openings: Boulard &amp; Baille (1995) in Vanthoor
 *       (2011, eq. 6.x): {@code C_d A_open / (2 A_floor) · sqrt(g h_vent |ΔT| / (2 T_mean))}, C_d =
 *       0.75, h_vent = 0.68 m.
 *   <li>The two add in quadrature, as Vanthoor adds the wind and temperature terms under one root.
 *   <li>Leakage: Vanthoor (2011) {@code c_leakage · max(0.25, v_wind)}.
 * </ul>
 *
 * <p>Which side is lee is the climate computer's choice (it compares wind direction with the
 * ridge); the model takes the sides as commanded.
 */
final class Ventilation {

  /** Opening angle of a Venlo window at 100 %, degrees. */
  static final double MAX_OPENING_ANGLE_DEGREES = 44;

  static final double DISCHARGE_COEFFICIENT = 0.75;
  static final double VENT_HEIGHT_M = 0.68;
  private static final double GRAVITY = 9.81;

  private Ventilation() {}

  /** De Jong's lee-side flow per m² window per m/s wind at opening angle α (degrees). */
  static double leeSideFactor(double angleDegrees) {
    return 2.29e-2 * (1 - Math.exp(-angleDegrees / 21.1));
  }

  /** De Jong's windward-side flow per m² window per m/s wind at opening angle α (degrees). */
  static double windwardSideFactor(double angleDegrees) {
    return 1.2e-3 * angleDegrees * Math.exp(angleDegrees / 211);
  }

  /** Wind-driven flow, m³/(m²·s), given vent areas as fractions of the floor area. */
  static double windDriven(
      double windSpeed,
      double leeAreaFraction,
      double leePercent,
      double windwardAreaFraction,
      double windwardPercent) {
    double leeAngle = leePercent / 100 * MAX_OPENING_ANGLE_DEGREES;
    double windwardAngle = windwardPercent / 100 * MAX_OPENING_ANGLE_DEGREES;
    return windSpeed
        * (leeAreaFraction * leeSideFactor(leeAngle)
            + windwardAreaFraction * windwardSideFactor(windwardAngle));
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
