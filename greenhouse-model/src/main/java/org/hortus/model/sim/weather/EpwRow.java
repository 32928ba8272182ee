package org.hortus.model.sim.weather;

/** The fields Hortus uses from one EPW data line. */
record EpwRow(
    int line,
    int year,
    int month,
    int day,
    int hour,
    double temperature,
    double humidity,
    double radiation,
    double windDirection,
    double windSpeed,
    double sky,
    double cloud,
    double rain) {

  static EpwRow parse(EpwFields f) {
    f.requireFields(34);
    int year = f.integer(1, "year", 1, 9999);
    int month = f.integer(2, "month", 1, 12);
    int day = f.integer(3, "day", 1, 31);
    int hour = f.integer(4, "hour", 1, 24);
    double temperature = f.required(7, "dry bulb temperature", -70, 70, 99.9);
    double dewPoint = f.optional(8, "dew point temperature", -90, 70, 99.9);
    double humidity = f.optional(9, "relative humidity", 0, 110, 999);
    double infrared = f.optional(13, "horizontal infrared radiation from sky", 0, 1000, 9999);
    double radiation = f.required(14, "global horizontal radiation", 0, 1500, 9999);
    double direction = f.required(21, "wind direction", 0, 360, 999);
    double speed = f.required(22, "wind speed", 0, 40, 999);
    double tenths = f.optional(23, "total sky cover", 0, 10, 99);
    double rain = f.optional(34, "liquid precipitation depth", 0, 500, 999);
    if (Double.isNaN(humidity)) {
      if (Double.isNaN(dewPoint)) {
        throw f.fault("fields 8-9: dew point and relative humidity both missing");
      }
      humidity =
          SkyTemperature.relativeHumidityPercent(temperature, Math.min(dewPoint, temperature));
    }
    humidity = Math.min(100, humidity);
    double cloud = Double.isNaN(tenths) ? Double.NaN : tenths / 10;
    double sky;
    if (!Double.isNaN(infrared)) {
      sky = SkyTemperature.fromInfrared(infrared);
    } else {
      double dew =
          Double.isNaN(dewPoint) ? SkyTemperature.dewPointCelsius(temperature, humidity) : dewPoint;
      sky =
          SkyTemperature.skyTemperatureCelsius(temperature, dew, Double.isNaN(cloud) ? 0.5 : cloud);
    }
    return new EpwRow(
        f.line(),
        year,
        month,
        day,
        hour,
        temperature,
        humidity,
        radiation,
        direction,
        speed,
        sky,
        cloud,
        Double.isNaN(rain) ? 0 : rain);
  }

  OutsideConditions conditions() {
    return new OutsideConditions(
        temperature, humidity, radiation, windSpeed, windDirection, rain, sky, EpwReader.CO2_PPM);
  }

  double cloudCoverFraction() {
    return cloud;
  }
}
