package org.hortus.app.demo;

import org.hortus.model.sim.physics.GreenhouseActuators;

/**
 * The simulated greenhouse PLC's own frost and backstop heating, which keeps the air at or above
 * {@value #MINIMUM_AIR_CELSIUS} °C while no climate computer drives the house (the climate
 * controller takes over heating in a later issue). A proportional rule on the mixing valve: at or
 * above {@value #BAND_TOP_CELSIUS} °C the valve is shut; below it the supply water is {@value
 * #BASE_SUPPLY_CELSIUS} °C plus {@value #GAIN_KELVIN_PER_KELVIN} K per kelvin the air is short, up
 * to the boiler's highest supply temperature. The band sits above the minimum because a P rule
 * settles short of its top: on a −5 °C night GH-01 settles near 16.3 °C.
 *
 * @param maxSupplyCelsius the highest supply temperature of the house's boiler, °C
 */
record BackstopHeating(double maxSupplyCelsius) {

  static final double MINIMUM_AIR_CELSIUS = 16;
  static final double BAND_TOP_CELSIUS = 17.5;
  static final double BASE_SUPPLY_CELSIUS = 25;
  static final double GAIN_KELVIN_PER_KELVIN = 40;

  /** The supply temperature the PLC sets for this air temperature, °C (or heating off). */
  double supplyCelsius(double airCelsius) {
    if (airCelsius >= BAND_TOP_CELSIUS) {
      return GreenhouseActuators.HEATING_OFF_CELSIUS;
    }
    return Math.min(
        maxSupplyCelsius,
        BASE_SUPPLY_CELSIUS + GAIN_KELVIN_PER_KELVIN * (BAND_TOP_CELSIUS - airCelsius));
  }
}
