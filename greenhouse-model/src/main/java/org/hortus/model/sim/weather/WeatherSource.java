package org.hortus.model.sim.weather;

import java.time.Instant;

/** The weather outside a greenhouse, as a function of time. Implementations are deterministic. */
public interface WeatherSource {

  /**
   * The outside conditions at the given instant.
   *
   * @throws IllegalArgumentException if the instant is outside the period the source covers
   */
  OutsideConditions at(Instant t);
}
