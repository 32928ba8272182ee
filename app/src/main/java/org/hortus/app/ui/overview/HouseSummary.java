package org.hortus.app.ui.overview;

/**
 * What a greenhouse's tile shows. A value not known (no reading yet, a BAD reading, no scan yet) is
 * NaN.
 *
 * @param id the greenhouse id, e.g. {@code GH-01}
 * @param name the growers' name
 * @param airCelsius air temperature
 * @param heatingSetpointCelsius the recipe's heating setpoint now
 * @param ventilationSetpointCelsius the recipe's ventilation setpoint now
 * @param relativeHumidityPercent relative humidity
 * @param vpdKilopascal vapour pressure deficit, from air temperature and humidity
 * @param co2Ppm CO2 concentration
 * @param lightTodayMolPerM2 photosynthetic light received since local midnight
 * @param leeVentPercent lee vent opening
 * @param windwardVentPercent windward vent opening
 * @param pipeCelsius heating pipe temperature
 * @param waterTodayLitresPerM2 irrigation water given since local midnight
 * @param standingAlarms alarms of this greenhouse whose condition is active and not shelved
 */
public record HouseSummary(
    String id,
    String name,
    double airCelsius,
    double heatingSetpointCelsius,
    double ventilationSetpointCelsius,
    double relativeHumidityPercent,
    double vpdKilopascal,
    double co2Ppm,
    double lightTodayMolPerM2,
    double leeVentPercent,
    double windwardVentPercent,
    double pipeCelsius,
    double waterTodayLitresPerM2,
    int standingAlarms) {

  /** A greenhouse of which nothing is known yet. */
  public static HouseSummary unknown(String id, String name) {
    double n = Double.NaN;
    return new HouseSummary(id, name, n, n, n, n, n, n, n, n, n, n, n, 0);
  }

  public boolean inAlarm() {
    return standingAlarms > 0;
  }
}
