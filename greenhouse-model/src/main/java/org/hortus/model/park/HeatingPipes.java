package org.hortus.model.park;

/**
 * The pipe-rail heating net.
 *
 * @param lengthMetresPerM2 pipe length per m² of floor
 * @param diameterMillimetres outer pipe diameter
 * @param maxSupplyTemperatureCelsius the highest supply water temperature the boiler gives
 */
public record HeatingPipes(
    double lengthMetresPerM2, double diameterMillimetres, double maxSupplyTemperatureCelsius) {}
