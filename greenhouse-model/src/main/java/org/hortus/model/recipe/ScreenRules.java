package org.hortus.model.recipe;

import java.util.Optional;

/**
 * When the screens close in a period.
 *
 * @param energyScreenBelowOutsideCelsius the energy screen closes below this outside temperature
 * @param energyScreenBelowRadiationWattsPerM2 … and when radiation is below this (night)
 * @param shadeScreenAboveRadiationWattsPerM2 the shade screen closes above this radiation, if any
 * @param humidityGapPercent the gap left open in a closed energy screen when humidity is high
 */
public record ScreenRules(
    double energyScreenBelowOutsideCelsius,
    double energyScreenBelowRadiationWattsPerM2,
    Optional<Double> shadeScreenAboveRadiationWattsPerM2,
    double humidityGapPercent) {}
