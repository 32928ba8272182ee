package org.hortus.model.alarm;

import java.time.Instant;
import java.util.Objects;

/**
 * One drainage water-level reading.
 *
 * @param at when it was measured
 * @param levelMm the water level in millimetres
 */
public record LevelSample(Instant at, double levelMm) {

  public LevelSample {
    Objects.requireNonNull(at, "at");
  }
}
