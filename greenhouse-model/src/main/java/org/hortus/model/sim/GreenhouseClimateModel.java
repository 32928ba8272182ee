package org.hortus.model.sim;

/**
 * A plant model of one greenhouse's climate: the seam where the physics-based model slots in.
 * Deterministic and clock-free: time comes in as the step length.
 */
public interface GreenhouseClimateModel {

  /** Advances the climate by {@code stepSeconds} under the given actuators and weather. */
  IndoorClimate step(
      IndoorClimate climate, ActuatorSettings actuators, OutsideWeather weather, double stepSeconds);
}
