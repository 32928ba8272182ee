package org.hortus.model.sim;

/**
 * The greenhouse air as its sensors see it.
 *
 * @param airTemperatureCelsius dry-bulb air temperature
 * @param relativeHumidityPercent relative humidity, 0–100
 * @param co2Ppm CO2 concentration in µmol/mol
 */
public record IndoorClimate(
    double airTemperatureCelsius, double relativeHumidityPercent, double co2Ppm) {}
