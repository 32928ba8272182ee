package org.hortus.model.sim;

/**
 * A deliberately simple climate model for the walking skeleton: each quantity relaxes toward an
 * equilibrium set by sun, ventilation and crop. Plausible in direction and order of magnitude
 * (a closed house in full sun runs about 25 K above outside, a fully open one about 3 K), not
 * validated; the physics-based model replaces it behind {@link GreenhouseClimateModel}.
 */
public final class FirstOrderClimateModel implements GreenhouseClimateModel {

  /** Air exchange of a closed house (leakage) and the extra at full vent opening, per hour. */
  private static final double LEAKAGE_AIR_CHANGES_PER_HOUR = 0.5;

  private static final double FULL_VENT_AIR_CHANGES_PER_HOUR = 30;

  /** Heat lost through the cover, as if it were this many extra air changes per hour. */
  private static final double COVER_LOSS_EQUIVALENT_AIR_CHANGES_PER_HOUR = 3.6;

  /** Sun's heating: kelvin above outside per W/m², times the house's total loss rate. */
  private static final double SOLAR_GAIN_KELVIN_PER_WATT_PER_M2 = 0.17;

  /** Transpiration: RH points above outside per W/m², times the house's total loss rate. */
  private static final double TRANSPIRATION_RH_PERCENT_PER_WATT_PER_M2 = 0.17;

  /** Night-time transpiration and evaporation keep the house a little wetter than outside. */
  private static final double BASE_RH_RISE_PERCENT = 5;

  private static final double MAX_RH_PERCENT = 98;

  /** Crop CO2 uptake at 420 ppm, per W/m², in ppm per hour; scales with the concentration. */
  private static final double CO2_UPTAKE_PPM_PER_HOUR_PER_WATT_PER_M2 = 0.6;

  private static final double REFERENCE_CO2_PPM = 420;

  @Override
  public IndoorClimate step(
      IndoorClimate climate, ActuatorSettings actuators, OutsideWeather weather, double stepSeconds) {
    if (!(stepSeconds > 0)) {
      throw new IllegalArgumentException("step must be positive, was " + stepSeconds + " s");
    }
    double stepHours = stepSeconds / 3600.0;
    double airChangesPerHour =
        LEAKAGE_AIR_CHANGES_PER_HOUR
            + FULL_VENT_AIR_CHANGES_PER_HOUR * actuators.ventOpeningPercent() / 100.0;
    double lossRatePerHour = airChangesPerHour + COVER_LOSS_EQUIVALENT_AIR_CHANGES_PER_HOUR;
    double heatShare = 1 - Math.exp(-lossRatePerHour * stepHours);
    double radiation = Math.max(0, weather.globalRadiationWattsPerM2());

    double equilibriumTemperature =
        weather.temperatureCelsius()
            + SOLAR_GAIN_KELVIN_PER_WATT_PER_M2 * radiation / lossRatePerHour;
    double airTemperature = relax(climate.airTemperatureCelsius(), equilibriumTemperature, heatShare);

    double equilibriumHumidity =
        Math.min(
            MAX_RH_PERCENT,
            weather.relativeHumidityPercent()
                + BASE_RH_RISE_PERCENT
                + TRANSPIRATION_RH_PERCENT_PER_WATT_PER_M2 * radiation / lossRatePerHour);
    double relativeHumidity =
        relax(climate.relativeHumidityPercent(), equilibriumHumidity, heatShare);

    // CO2 only leaves with the air; uptake scales with the concentration (explicit, small steps).
    double exchangeShare = 1 - Math.exp(-airChangesPerHour * stepHours);
    double uptakePpm =
        CO2_UPTAKE_PPM_PER_HOUR_PER_WATT_PER_M2
            * radiation
            * stepHours
            * climate.co2Ppm()
            / REFERENCE_CO2_PPM;
    double co2 = Math.max(0, relax(climate.co2Ppm(), weather.co2Ppm(), exchangeShare) - uptakePpm);

    return new IndoorClimate(airTemperature, relativeHumidity, co2);
  }

  private static double relax(double value, double target, double share) {
    return value + (target - value) * share;
  }
}
