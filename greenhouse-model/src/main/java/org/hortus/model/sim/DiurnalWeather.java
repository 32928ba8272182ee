package org.hortus.model.sim;

/**
 * A smooth, repeating day of weather for the walking skeleton: temperature and humidity follow
 * a sine over the day, radiation a half sine between sunrise and sunset. The seeded weather
 * generator replaces it.
 *
 * @param meanTemperatureCelsius the day's mean outside temperature
 * @param temperatureSwingKelvin half the day's temperature range
 * @param peakRadiationWattsPerM2 global radiation at solar noon
 * @param sunriseHour hour of the day the sun rises (0–24)
 * @param sunsetHour hour of the day the sun sets (0–24, after sunrise)
 */
public record DiurnalWeather(
    double meanTemperatureCelsius,
    double temperatureSwingKelvin,
    double peakRadiationWattsPerM2,
    double sunriseHour,
    double sunsetHour) {

  private static final double OUTSIDE_CO2_PPM = 420;

  public DiurnalWeather {
    if (!(sunriseHour >= 0 && sunriseHour < sunsetHour && sunsetHour <= 24)) {
      throw new IllegalArgumentException(
          "sunrise must come before sunset within the day, was " + sunriseHour + "–" + sunsetHour);
    }
  }

  /** A spring day in the Netherlands, roughly. */
  public static DiurnalWeather springDay() {
    return new DiurnalWeather(12, 5, 600, 6.5, 19.5);
  }

  /** The weather at the given hour of the day (0 ≤ hour &lt; 24). */
  public OutsideWeather at(double hourOfDay) {
    // Warmest at 15:00, coldest at 03:00.
    double temperature =
        meanTemperatureCelsius
            + temperatureSwingKelvin * Math.cos((hourOfDay - 15) / 24.0 * 2 * Math.PI);
    double humidity = 75 - 15 * Math.cos((hourOfDay - 15) / 24.0 * 2 * Math.PI);
    double radiation = 0;
    if (hourOfDay > sunriseHour && hourOfDay < sunsetHour) {
      radiation =
          peakRadiationWattsPerM2
              * Math.sin(Math.PI * (hourOfDay - sunriseHour) / (sunsetHour - sunriseHour));
    }
    return new OutsideWeather(temperature, humidity, radiation, OUTSIDE_CO2_PPM);
  }
}
