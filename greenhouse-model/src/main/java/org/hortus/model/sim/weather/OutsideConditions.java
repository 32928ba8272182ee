package org.hortus.model.sim.weather;

/**
 * The weather outside a greenhouse at one instant: everything the physics model needs.
 *
 * @param temperatureCelsius outside air temperature (dry bulb), °C
 * @param relativeHumidityPercent outside relative humidity, 0–100 %
 * @param globalRadiationWattsPerM2 global (short-wave) radiation on a horizontal plane, W/m²
 * @param windSpeedMetresPerSecond wind speed at 10 m, m/s
 * @param windDirectionDegrees direction the wind comes from, degrees clockwise from north (0–360)
 * @param rainMillimetresPerHour rain intensity, mm/h
 * @param skyTemperatureCelsius effective radiative temperature of the sky, °C
 * @param co2Ppm outside CO2, ppm (about 420)
 */
public record OutsideConditions(
    double temperatureCelsius,
    double relativeHumidityPercent,
    double globalRadiationWattsPerM2,
    double windSpeedMetresPerSecond,
    double windDirectionDegrees,
    double rainMillimetresPerHour,
    double skyTemperatureCelsius,
    double co2Ppm) {

  public OutsideConditions {
    if (!(temperatureCelsius >= -80 && temperatureCelsius <= 70)) {
      throw new IllegalArgumentException(
          "outside temperature must be -80–70 °C, was " + temperatureCelsius);
    }
    if (!(relativeHumidityPercent >= 0 && relativeHumidityPercent <= 100)) {
      throw new IllegalArgumentException(
          "outside relative humidity must be 0–100 %, was " + relativeHumidityPercent);
    }
    if (!(globalRadiationWattsPerM2 >= 0 && globalRadiationWattsPerM2 <= 1500)) {
      throw new IllegalArgumentException(
          "global radiation must be 0–1500 W/m², was " + globalRadiationWattsPerM2);
    }
    if (!(windSpeedMetresPerSecond >= 0 && windSpeedMetresPerSecond <= 80)) {
      throw new IllegalArgumentException(
          "wind speed must be 0–80 m/s, was " + windSpeedMetresPerSecond);
    }
    if (!(windDirectionDegrees >= 0 && windDirectionDegrees <= 360)) {
      throw new IllegalArgumentException(
          "wind direction must be 0–360°, was " + windDirectionDegrees);
    }
    if (!(rainMillimetresPerHour >= 0 && rainMillimetresPerHour <= 500)) {
      throw new IllegalArgumentException("rain must be 0–500 mm/h, was " + rainMillimetresPerHour);
    }
    if (!(skyTemperatureCelsius >= -120 && skyTemperatureCelsius <= 70)) {
      throw new IllegalArgumentException(
          "sky temperature must be -120–70 °C, was " + skyTemperatureCelsius);
    }
    if (!(co2Ppm > 0 && co2Ppm <= 5000)) {
      throw new IllegalArgumentException("outside CO2 must be 0–5000 ppm, was " + co2Ppm);
    }
  }

  /** Calm, dark, overcast weather at one temperature: sky at air temperature, 80 % RH, 420 ppm. */
  public static OutsideConditions overcastCalm(double temperatureCelsius) {
    return new OutsideConditions(temperatureCelsius, 80, 0, 0, 0, 0, temperatureCelsius, 420);
  }

  public OutsideConditions withTemperature(double celsius) {
    return new OutsideConditions(
        celsius,
        relativeHumidityPercent,
        globalRadiationWattsPerM2,
        windSpeedMetresPerSecond,
        windDirectionDegrees,
        rainMillimetresPerHour,
        skyTemperatureCelsius,
        co2Ppm);
  }

  public OutsideConditions withRelativeHumidity(double percent) {
    return new OutsideConditions(
        temperatureCelsius,
        percent,
        globalRadiationWattsPerM2,
        windSpeedMetresPerSecond,
        windDirectionDegrees,
        rainMillimetresPerHour,
        skyTemperatureCelsius,
        co2Ppm);
  }

  public OutsideConditions withGlobalRadiation(double wattsPerM2) {
    return new OutsideConditions(
        temperatureCelsius,
        relativeHumidityPercent,
        wattsPerM2,
        windSpeedMetresPerSecond,
        windDirectionDegrees,
        rainMillimetresPerHour,
        skyTemperatureCelsius,
        co2Ppm);
  }

  public OutsideConditions withWind(double metresPerSecond, double directionDegrees) {
    return new OutsideConditions(
        temperatureCelsius,
        relativeHumidityPercent,
        globalRadiationWattsPerM2,
        metresPerSecond,
        directionDegrees,
        rainMillimetresPerHour,
        skyTemperatureCelsius,
        co2Ppm);
  }

  public OutsideConditions withSkyTemperature(double celsius) {
    return new OutsideConditions(
        temperatureCelsius,
        relativeHumidityPercent,
        globalRadiationWattsPerM2,
        windSpeedMetresPerSecond,
        windDirectionDegrees,
        rainMillimetresPerHour,
        celsius,
        co2Ppm);
  }
}
