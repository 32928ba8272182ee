package org.hortus.model.recipe;

import java.util.Optional;

/**
 * The climate a period asks for.
 *
 * @param heatingTemperatureCelsius heat below this air temperature
 * @param ventilationTemperatureCelsius ventilate above this (never below heating)
 * @param humidity the humidity limit
 * @param co2 the CO2 target
 * @param screens the screen rules
 * @param light supplemental light, if the house has lamps and the period uses them
 */
public record ClimateSetpoints(
    double heatingTemperatureCelsius,
    double ventilationTemperatureCelsius,
    HumidityLimit humidity,
    Co2Setpoint co2,
    ScreenRules screens,
    Optional<SupplementalLight> light) {}
