package org.hortus.model.control.irrigation;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.ResolvedSetpoints.TimeWindow;

/**
 * What the controller needs to know of one zone at one scan.
 *
 * @param strategy the irrigation strategy in force (from the zone's recipe stage)
 * @param window today's irrigation window (sunrise + start … sunset − stop); empty when the day is
 *     too short
 * @param globalRadiationWattsPerM2 global radiation now (W/m²), usually outside, as the strategy's
 *     radiation sum is set in
 * @param substrateWaterContentPercent substrate water content (volume %), empty without a sensor
 */
public record ZoneReading(
    IrrigationStrategy strategy,
    Optional<TimeWindow> window,
    double globalRadiationWattsPerM2,
    OptionalDouble substrateWaterContentPercent) {

  public ZoneReading {
    Objects.requireNonNull(strategy, "strategy");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(substrateWaterContentPercent, "substrateWaterContentPercent");
    if (!Double.isFinite(globalRadiationWattsPerM2)) {
      throw new IllegalArgumentException(
          "radiation must be finite, was " + globalRadiationWattsPerM2);
    }
  }

  /** The strategy and window of the resolved setpoints, with the measured values. */
  public static ZoneReading of(
      ResolvedSetpoints setpoints,
      double globalRadiationWattsPerM2,
      OptionalDouble substrateWaterContentPercent) {
    return new ZoneReading(
        setpoints.irrigation(),
        setpoints.irrigationWindow(),
        globalRadiationWattsPerM2,
        substrateWaterContentPercent);
  }
}
