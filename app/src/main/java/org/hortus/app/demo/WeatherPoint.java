package org.hortus.app.demo;

import org.hortus.app.runtime.Signal;
import org.hortus.model.sim.weather.OutsideConditions;

/** The park's weather station, served on the climate OPC UA server under {@code Park/WeatherStation}. */
public enum WeatherPoint {
  OUTSIDE_TEMPERATURE("OutsideTemperature", "°C", Signal.OUTSIDE_TEMPERATURE),
  OUTSIDE_HUMIDITY("OutsideHumidity", "%", Signal.OUTSIDE_HUMIDITY),
  GLOBAL_RADIATION("GlobalRadiation", "W/m²", Signal.GLOBAL_RADIATION),
  WIND_SPEED("WindSpeed", "m/s", Signal.WIND_SPEED),
  WIND_DIRECTION("WindDirection", "°", Signal.WIND_DIRECTION),
  RAIN("Rain", "mm/h", Signal.RAIN);

  private final String name;
  private final String unit;
  private final Signal signal;

  WeatherPoint(String name, String unit, Signal signal) {
    this.name = name;
    this.unit = unit;
    this.signal = signal;
  }

  public String path() {
    return "Park/WeatherStation/" + name;
  }

  public String pointId() {
    return "park.weather." + name;
  }

  public String unit() {
    return unit;
  }

  public Signal signal() {
    return signal;
  }

  double read(OutsideConditions o) {
    return switch (this) {
      case OUTSIDE_TEMPERATURE -> o.temperatureCelsius();
      case OUTSIDE_HUMIDITY -> o.relativeHumidityPercent();
      case GLOBAL_RADIATION -> o.globalRadiationWattsPerM2();
      case WIND_SPEED -> o.windSpeedMetresPerSecond();
      case WIND_DIRECTION -> o.windDirectionDegrees();
      case RAIN -> o.rainMillimetresPerHour();
    };
  }
}
