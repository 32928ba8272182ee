package org.hortus.model.sim.physics;

/**
 * A horizontal screen (thermal/energy screen or shade screen) when fully closed.
 *
 * @param lightTransmission fraction of solar radiation the closed screen lets through (0–1)
 * @param energySavingFraction fraction by which the closed screen lowers the cover's heat loss (the
 *     rated U-value) at the model's reference conditions (0–1, e.g. 0.45 for an aluminised energy
 *     screen)
 */
public record ScreenParameters(double lightTransmission, double energySavingFraction) {

  public ScreenParameters {
    if (!(lightTransmission > 0 && lightTransmission <= 1)) {
      throw new IllegalArgumentException(
          "screen light transmission must be a fraction 0–1, was " + lightTransmission);
    }
    if (!(energySavingFraction >= 0 && energySavingFraction < 1)) {
      throw new IllegalArgumentException(
          "screen energy saving must be a fraction 0–1 (exclusive), was " + energySavingFraction);
    }
  }

  /** No screen: transmits everything, saves nothing. */
  public static ScreenParameters none() {
    return new ScreenParameters(1, 0);
  }
}
