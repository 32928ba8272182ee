package org.hortus.model.sim;

/**
 * The weather outside the greenhouse at one instant.
 *
 * @param temperatureCelsius outside air temperature
 * @param relativeHumidityPercent outside relative humidity, 0–100
 * @param globalRadiationWattsPerM2 global radiation on a horizontal plane
 * @param co2Ppm outside CO2, about 420 ppm
 */
public record OutsideWeather(
    double temperatureCelsius,
    double relativeHumidityPercent,
    double globalRadiationWattsPerM2,
    double co2Ppm) {}
