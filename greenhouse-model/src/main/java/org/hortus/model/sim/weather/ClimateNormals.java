package org.hortus.model.sim.weather;

/**
 * The long-term climate a synthetic year is drawn around.
 *
 * @param annualMeanTemperatureCelsius mean air temperature over the year, °C
 * @param seasonalAmplitudeKelvin half the difference between the warmest and coldest daily means
 * @param warmestDayOfYear day of year (1–366) of the warmest daily mean (about 200 in the northern
 *     hemisphere, 20 in the southern)
 * @param diurnalRangeKelvin mean difference between day maximum and night minimum under a clear
 *     sky, K (cloud halves it)
 * @param meanCloudCoverFraction mean cloud cover, 0–1
 * @param rainyHourFraction share of hours with rain, 0–1
 * @param meanRainMillimetresPerHour mean intensity of a rainy hour, mm/h
 * @param meanWindSpeedMetresPerSecond mean wind speed at 10 m, m/s
 * @param prevailingWindDirectionDegrees most common direction the wind comes from, degrees
 * @param stormsPerYear expected number of storms (gusts over 20 m/s), most in winter
 * @param dewPointDepressionKelvin typical gap between daily minimum temperature and dew point
 * @param co2Ppm mean outside CO2, ppm
 */
public record ClimateNormals(
    double annualMeanTemperatureCelsius,
    double seasonalAmplitudeKelvin,
    int warmestDayOfYear,
    double diurnalRangeKelvin,
    double meanCloudCoverFraction,
    double rainyHourFraction,
    double meanRainMillimetresPerHour,
    double meanWindSpeedMetresPerSecond,
    double prevailingWindDirectionDegrees,
    double stormsPerYear,
    double dewPointDepressionKelvin,
    double co2Ppm) {

  public ClimateNormals {
    check(
        annualMeanTemperatureCelsius >= -40 && annualMeanTemperatureCelsius <= 40,
        "annual mean temperature",
        annualMeanTemperatureCelsius);
    check(
        seasonalAmplitudeKelvin >= 0 && seasonalAmplitudeKelvin <= 40,
        "seasonal amplitude",
        seasonalAmplitudeKelvin);
    check(
        warmestDayOfYear >= 1 && warmestDayOfYear <= 366, "warmest day of year", warmestDayOfYear);
    check(diurnalRangeKelvin >= 0 && diurnalRangeKelvin <= 30, "diurnal range", diurnalRangeKelvin);
    check(
        meanCloudCoverFraction > 0 && meanCloudCoverFraction < 1,
        "mean cloud cover",
        meanCloudCoverFraction);
    check(
        rainyHourFraction > 0 && rainyHourFraction < 0.5, "rainy hour fraction", rainyHourFraction);
    check(
        meanRainMillimetresPerHour > 0 && meanRainMillimetresPerHour <= 50,
        "mean rain intensity",
        meanRainMillimetresPerHour);
    check(
        meanWindSpeedMetresPerSecond > 0 && meanWindSpeedMetresPerSecond <= 20,
        "mean wind speed",
        meanWindSpeedMetresPerSecond);
    check(
        prevailingWindDirectionDegrees >= 0 && prevailingWindDirectionDegrees < 360,
        "prevailing wind direction",
        prevailingWindDirectionDegrees);
    check(stormsPerYear >= 0 && stormsPerYear <= 50, "storms per year", stormsPerYear);
    check(
        dewPointDepressionKelvin >= 0 && dewPointDepressionKelvin <= 30,
        "dew point depression",
        dewPointDepressionKelvin);
    check(co2Ppm >= 200 && co2Ppm <= 2000, "CO2", co2Ppm);
  }

  private static void check(boolean ok, String what, double value) {
    if (!ok) {
      throw new IllegalArgumentException(what + " out of range: " + value);
    }
  }

  /** A maritime temperate climate like De Bilt's (KNMI 1991–2020 normals, rounded). */
  public static ClimateNormals netherlands() {
    return new ClimateNormals(10.6, 7.0, 200, 8.0, 0.70, 0.08, 1.1, 4.0, 225, 5, 2.5, 420);
  }

  /**
   * The northern Jiangsu coast around Binhai (the demo park's site): a humid monsoon climate with
   * cold, fairly dry winters and hot, wet summers. The order of magnitude follows the China
   * Meteorological Administration's 1991–2020 normals for the nearby stations Sheyang and Yancheng,
   * rounded, not station values: annual mean 14.5 °C (January about 1 °C, July about 27 °C, warmest
   * around day 205), 8 K diurnal range, 55 % cloud, rain in 9 % of the hours at 1.3 mm/h (about
   * 1,000 mm a year), 3.5 m/s mean wind from the east-south-east (summer monsoon), three storms a
   * year (mostly remnants of typhoons), dew point about 3 K below the night minimum.
   */
  public static ClimateNormals jiangsuCoast() {
    return new ClimateNormals(14.5, 13.0, 205, 8.0, 0.55, 0.09, 1.3, 3.5, 110, 3, 3.0, 420);
  }

  /** A dry, sunny Mediterranean coast like Almería's. */
  public static ClimateNormals mediterranean() {
    return new ClimateNormals(18.7, 6.5, 215, 8.0, 0.35, 0.02, 2.0, 4.0, 250, 2, 5.0, 420);
  }
}
