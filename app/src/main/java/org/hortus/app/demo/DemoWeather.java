package org.hortus.app.demo;

import java.time.Instant;
import java.time.LocalDate;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.OutsideConditions;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;
import org.hortus.model.sim.weather.WeatherSource;

/**
 * Synthetic weather for the demo park that does not run out: drawn a year (365 days) at a time,
 * each year from its own seed, when the simulation first reaches it, so a park sped up for weeks
 * keeps going. Where one year's draw meets the next (at local midnight) the weather jumps once. Not
 * thread-safe: the simulation thread alone asks it.
 */
final class DemoWeather implements WeatherSource {

  private static final int DAYS_PER_DRAW = 365;

  private final WeatherSite site;
  private final ClimateNormals normals;
  private final long seed;
  private LocalDate drawStart;
  private SyntheticWeather draw;
  private Instant drawEnd;
  private long drawCount;

  DemoWeather(WeatherSite site, ClimateNormals normals, LocalDate firstDay, long seed) {
    this.site = site;
    this.normals = normals;
    this.seed = seed;
    drawFrom(firstDay);
  }

  private void drawFrom(LocalDate first) {
    drawStart = first;
    draw =
        SyntheticWeather.generate(
            site, normals, first, first.plusDays(DAYS_PER_DRAW - 1L), seed + drawCount++);
    drawEnd = draw.hourly().end();
  }

  /**
   * The weather at {@code t}, drawing the following years as needed.
   *
   * @throws IllegalArgumentException before the first day
   */
  @Override
  public OutsideConditions at(Instant t) {
    while (!t.isBefore(drawEnd)) {
      drawFrom(drawStart.plusDays(DAYS_PER_DRAW));
    }
    return draw.at(t);
  }
}
