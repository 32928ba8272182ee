package org.hortus.model.control;

import java.time.Instant;
import java.util.Objects;

/**
 * A ventilation schedule's run that holds now: both vents go to its opening until it ends, within
 * the wind limits. Manual overrides beat it; the storm, rain and frost interlocks beat both.
 *
 * @param scheduleName the growers' name of the schedule, e.g. {@code morning airing}
 * @param openingPercent vent opening, 0 to 100
 * @param until when the run ends
 */
public record ScheduledVentilation(String scheduleName, double openingPercent, Instant until) {

  public ScheduledVentilation {
    Objects.requireNonNull(scheduleName, "scheduleName");
    Objects.requireNonNull(until, "until");
    if (!(openingPercent >= 0 && openingPercent <= 100)) {
      throw new IllegalArgumentException("openingPercent must be 0 to 100, was " + openingPercent);
    }
  }
}
