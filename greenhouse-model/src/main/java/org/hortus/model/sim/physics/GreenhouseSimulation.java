package org.hortus.model.sim.physics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hortus.model.sim.weather.OutsideConditions;
import org.hortus.model.sim.weather.WeatherSource;

/**
 * One simulated compartment standing in its weather: model, state and simulated time, advanced by
 * the caller one control step at a time. It starts when constructed and has nothing to stop; it
 * calls nobody back. Not thread-safe: one owner drives it.
 */
public final class GreenhouseSimulation {

  private final GreenhouseModel model;
  private final WeatherSource weather;
  private final GreenhouseState state;
  private Instant time;
  private OutsideConditions lastOutside;

  /**
   * @param state the initial state; the simulation advances this object in place
   * @param start simulated time of the initial state
   */
  public GreenhouseSimulation(
      GreenhouseModel model, WeatherSource weather, GreenhouseState state, Instant start) {
    this.model = Objects.requireNonNull(model, "model");
    this.weather = Objects.requireNonNull(weather, "weather");
    this.state = Objects.requireNonNull(state, "state");
    this.time = Objects.requireNonNull(start, "start");
  }

  /**
   * Advances simulated time by {@code step} with the given actuators; the weather is sampled at the
   * middle of the step and held for it.
   *
   * @return the weather used
   */
  public OutsideConditions advance(Duration step, GreenhouseActuators actuators) {
    if (step.isNegative() || step.isZero()) {
      throw new IllegalArgumentException("step must be positive, was " + step);
    }
    OutsideConditions outside = weather.at(time.plus(step.dividedBy(2)));
    model.step(state, outside, actuators, step.toNanos() / 1e9);
    time = time.plus(step);
    lastOutside = outside;
    return outside;
  }

  public GreenhouseModel model() {
    return model;
  }

  /** The live state (not a copy). */
  public GreenhouseState state() {
    return state;
  }

  public Instant time() {
    return time;
  }

  /** The weather of the last step, or the weather now before the first step. */
  public OutsideConditions lastOutside() {
    return lastOutside != null ? lastOutside : weather.at(time);
  }
}
