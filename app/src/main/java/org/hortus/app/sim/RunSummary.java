package org.hortus.app.sim;

/**
 * What an open-loop run adds up to, per m² of floor.
 *
 * @param heatingMegajoulesPerM2 heat the boiler gave to the pipes, MJ/m²
 * @param transpirationLitresPerM2 water the crop transpired, L/m²
 * @param minAirTemperatureCelsius lowest air temperature at the end of a step, °C
 * @param meanAirTemperatureCelsius mean of the air temperatures at the end of each step, °C
 * @param maxAirTemperatureCelsius highest air temperature at the end of a step, °C
 */
public record RunSummary(
    double heatingMegajoulesPerM2,
    double transpirationLitresPerM2,
    double minAirTemperatureCelsius,
    double meanAirTemperatureCelsius,
    double maxAirTemperatureCelsius) {}
