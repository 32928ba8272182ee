package org.hortus.app.ui.greenhouse;

import java.util.List;
import java.util.Optional;
import org.hortus.app.history.TrendPoint;
import org.hortus.app.runtime.GreenhouseScanState;

/**
 * One refresh of the greenhouse page. A reading not known (none yet, or BAD) is NaN.
 *
 * @param greenhouseId the greenhouse shown
 * @param airCelsius air temperature
 * @param relativeHumidityPercent relative humidity
 * @param co2Ppm CO2 concentration
 * @param pipeCelsius heating pipe temperature
 * @param scan the runtime's last scan of the house (empty until the first)
 * @param next the recipe's next period, when known
 * @param airTrend the air temperature of the last half hour, oldest first
 */
public record HouseSnapshot(
    String greenhouseId,
    double airCelsius,
    double relativeHumidityPercent,
    double co2Ppm,
    double pipeCelsius,
    Optional<GreenhouseScanState> scan,
    Optional<NextPeriod.Upcoming> next,
    List<TrendPoint> airTrend) {

  public HouseSnapshot {
    airTrend = List.copyOf(airTrend);
  }
}
