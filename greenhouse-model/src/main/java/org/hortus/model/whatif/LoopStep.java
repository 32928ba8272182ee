package org.hortus.model.whatif;

import java.time.Instant;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.sim.weather.OutsideConditions;

/**
 * One closed-loop step as it happened: what the sensors read, what the recipe asked, what the
 * controller commanded.
 *
 * @param time the step's start
 * @param outside the weather at the step
 * @param airTemperatureCelsius measured air temperature
 * @param relativeHumidityPercent measured RH
 * @param co2Ppm measured CO2
 * @param setpoints the recipe's setpoints in force
 * @param scan the controller's commands and interlocks
 */
public record LoopStep(
    Instant time,
    OutsideConditions outside,
    double airTemperatureCelsius,
    double relativeHumidityPercent,
    double co2Ppm,
    ResolvedSetpoints setpoints,
    ClimateScan scan) {}
