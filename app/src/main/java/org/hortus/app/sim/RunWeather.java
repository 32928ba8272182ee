package org.hortus.app.sim;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.EpwReader;
import org.hortus.model.sim.weather.HourlyWeather;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;
import org.hortus.model.sim.weather.WeatherSource;

/** The weather of a simulated run: generated for the site, or read from an EPW file. */
public final class RunWeather {

  private RunWeather() {}

  /** Synthetic weather with the Jiangsu-coast normals, from the first to the last local day. */
  public static WeatherSource synthetic(
      WeatherSite site, LocalDate firstDay, LocalDate lastDay, long seed) {
    return SyntheticWeather.generate(site, ClimateNormals.jiangsuCoast(), firstDay, lastDay, seed);
  }

  /**
   * An EPW file's weather, which must cover {@code start} to {@code end}.
   *
   * @param zone the site's time zone, to name the periods in the message
   * @throws IOException if the file cannot be read
   * @throws org.hortus.model.sim.weather.EpwFormatException naming the line and field at fault
   * @throws IllegalArgumentException naming the file's period if the run is not inside it
   */
  public static WeatherSource epw(Path file, Instant start, Instant end, ZoneId zone)
      throws IOException {
    HourlyWeather hourly = EpwReader.read(file);
    if (start.isBefore(hourly.start()) || end.isAfter(hourly.end())) {
      throw new IllegalArgumentException(
          file
              + " covers "
              + hourly.start().atZone(zone).toLocalDateTime()
              + " to "
              + hourly.end().atZone(zone).toLocalDateTime()
              + "; the run from "
              + start.atZone(zone).toLocalDateTime()
              + " to "
              + end.atZone(zone).toLocalDateTime()
              + " is not inside it");
    }
    return hourly;
  }
}
