package org.hortus.model.sim;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One simulated greenhouse: its climate, actuators and the weather it stands in, advanced by the
 * caller. Not thread-safe: one owner drives it (the demo park's simulation thread).
 */
public final class SimulatedGreenhouse {

  /** Longest internal step: keeps the explicit model stable however long the caller's step. */
  private static final double MAX_STEP_SECONDS = 10;

  private final String greenhouseId;
  private final GreenhouseClimateModel model;
  private final DiurnalWeather weather;
  private IndoorClimate climate;
  private ActuatorSettings actuators;
  private LocalDateTime localTime;

  public SimulatedGreenhouse(
      String greenhouseId,
      GreenhouseClimateModel model,
      DiurnalWeather weather,
      IndoorClimate initialClimate,
      LocalDateTime startLocalTime) {
    this.greenhouseId = Objects.requireNonNull(greenhouseId, "greenhouseId");
    this.model = Objects.requireNonNull(model, "model");
    this.weather = Objects.requireNonNull(weather, "weather");
    this.climate = Objects.requireNonNull(initialClimate, "initialClimate");
    this.localTime = Objects.requireNonNull(startLocalTime, "startLocalTime");
    this.actuators = new ActuatorSettings(0);
  }

  /** Advances simulated time by {@code step}, in internal steps of at most 10 s. */
  public void advance(Duration step) {
    double remaining = step.toNanos() / 1e9;
    while (remaining > 1e-9) {
      double dt = Math.min(MAX_STEP_SECONDS, remaining);
      climate = model.step(climate, actuators, outsideWeather(), dt);
      remaining -= dt;
    }
    localTime = localTime.plus(step);
  }

  public void setActuators(ActuatorSettings actuators) {
    this.actuators = Objects.requireNonNull(actuators, "actuators");
  }

  public OutsideWeather outsideWeather() {
    return weather.at(localTime.toLocalTime().toSecondOfDay() / 3600.0);
  }

  public String greenhouseId() {
    return greenhouseId;
  }

  public IndoorClimate climate() {
    return climate;
  }

  public ActuatorSettings actuators() {
    return actuators;
  }

  public LocalDateTime localTime() {
    return localTime;
  }
}
