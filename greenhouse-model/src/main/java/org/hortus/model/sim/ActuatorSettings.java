package org.hortus.model.sim;

/**
 * What the actuators are doing. The skeleton has the vents only.
 *
 * @param ventOpeningPercent vent opening, 0 (closed) – 100 (fully open)
 */
public record ActuatorSettings(double ventOpeningPercent) {
  public ActuatorSettings {
    if (!(ventOpeningPercent >= 0 && ventOpeningPercent <= 100)) {
      throw new IllegalArgumentException(
          "vent opening must be 0–100 %, was " + ventOpeningPercent);
    }
  }
}
