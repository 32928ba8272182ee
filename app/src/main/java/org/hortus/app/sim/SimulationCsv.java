package org.hortus.app.sim;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.OutsideConditions;

/**
 * Writes a simulated greenhouse as a CSV time series: a header whose every column carries its unit
 * in brackets, then one row per call. Times are the site's local time with its offset (ISO 8601).
 * Numbers use a dot for decimals whatever the locale. Not thread-safe.
 */
public final class SimulationCsv {

  /** Columns before the per-zone ones. */
  public static final List<String> COLUMNS =
      List.of(
          "time",
          "outside temperature [°C]",
          "outside RH [%]",
          "global radiation [W/m²]",
          "wind speed [m/s]",
          "air temperature [°C]",
          "RH [%]",
          "VPD [kPa]",
          "CO2 [ppm]",
          "pipe temperature [°C]",
          "cover temperature [°C]",
          "heating [W/m²]",
          "transpiration [g/(m²·h)]");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final Appendable out;
  private final ZoneId zone;
  private final List<String> zoneIds;

  /**
   * @param zone the site's time zone, for the time column
   * @param zoneIds the irrigation zones in model order, naming their water-content columns
   */
  public SimulationCsv(Appendable out, ZoneId zone, List<String> zoneIds) {
    this.out = out;
    this.zone = zone;
    this.zoneIds = List.copyOf(zoneIds);
  }

  /** The header line's columns, zones included. */
  public List<String> header() {
    return Stream.concat(COLUMNS.stream(), zoneIds.stream().map(id -> id + " water content [%]"))
        .toList();
  }

  public void writeHeader() throws IOException {
    out.append(String.join(",", header())).append('\n');
  }

  /**
   * One row.
   *
   * @param outside the weather of the last step
   * @param heatingWattsPerM2 mean boiler heat since the previous row
   * @param transpirationGramsPerM2PerHour mean transpiration since the previous row
   */
  public void writeRow(
      Instant time,
      OutsideConditions outside,
      GreenhouseState state,
      double heatingWattsPerM2,
      double transpirationGramsPerM2PerHour)
      throws IOException {
    StringBuilder row = new StringBuilder(160);
    row.append(TIME.format(time.atZone(zone)));
    number(row, "%.2f", outside.temperatureCelsius());
    number(row, "%.1f", outside.relativeHumidityPercent());
    number(row, "%.0f", outside.globalRadiationWattsPerM2());
    number(row, "%.1f", outside.windSpeedMetresPerSecond());
    number(row, "%.2f", state.airTemperatureCelsius());
    number(row, "%.1f", state.relativeHumidityPercent());
    number(row, "%.3f", state.vapourPressureDeficitKiloPascal());
    number(row, "%.0f", state.co2Ppm());
    number(row, "%.2f", state.pipeTemperatureCelsius());
    number(row, "%.2f", state.coverTemperatureCelsius());
    number(row, "%.1f", heatingWattsPerM2);
    number(row, "%.1f", transpirationGramsPerM2PerHour);
    for (int z = 0; z < zoneIds.size(); z++) {
      number(row, "%.1f", 100 * state.substrateWaterContentFraction(z));
    }
    out.append(row).append('\n');
  }

  private static void number(StringBuilder row, String format, double value) {
    row.append(',').append(String.format(Locale.ROOT, format, value));
  }
}
