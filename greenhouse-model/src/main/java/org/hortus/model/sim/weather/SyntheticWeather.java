package org.hortus.model.sim.weather;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Deterministic synthetic weather for a site and a range of days: the same seed gives the same
 * weather bit for bit. Hourly values are drawn once (cheap: a year takes milliseconds) and
 * interpolated; gusts are added on a one-minute grid from a stateless hash, so sampling costs a few
 * arithmetic operations. Immutable.
 *
 * <p>Processes (details and sources in {@code docs/weather.md}): seasonal and diurnal temperature
 * plus a 60-h AR(1) synoptic anomaly; cloud cover from a 10-h AR(1) latent process through a
 * logistic; rain when the latent cloud process is high and in storms (cloud at least 0.9 then);
 * clear-sky radiation (Haurwitz) from the sun's elevation times the Kasten–Czeplak cloud factor;
 * dew point below the daily minimum, at saturation in rain; lognormal AR(1) wind with an afternoon
 * maximum, Poisson storms mostly in winter, gusts of ±40 %; sky temperature from dew point and
 * cloud (Clark &amp; Allen with EnergyPlus's cloud factor).
 */
public final class SyntheticWeather implements WeatherSource {

  /**
   * Gusts: wind speed times {@code 1 + GUST_AMPLITUDE · u}, u linear between minute draws in [−1,
   * 1].
   */
  static final double GUST_AMPLITUDE = 0.4;

  private final HourlyWeather hourly;
  private final long gustSeed;
  private final long startSecond;

  private SyntheticWeather(HourlyWeather hourly, long seed) {
    this.hourly = Objects.requireNonNull(hourly, "hourly");
    this.gustSeed = SeededRandom.mix(seed ^ 0x6A09E667F3BCC909L);
    this.startSecond = hourly.start().getEpochSecond();
  }

  /**
   * Generates weather from the first day's local midnight to the midnight after the last day.
   *
   * @param seed the seed; the same seed, site, normals and days give the same weather
   */
  public static SyntheticWeather generate(
      WeatherSite site, ClimateNormals normals, LocalDate firstDay, LocalDate lastDay, long seed) {
    Objects.requireNonNull(site, "site");
    Objects.requireNonNull(normals, "normals");
    return new SyntheticWeather(
        SyntheticWeatherGenerator.generate(site, normals, firstDay, lastDay, seed), seed);
  }

  /** A calendar year at the site. */
  public static SyntheticWeather year(
      WeatherSite site, ClimateNormals normals, int year, long seed) {
    return generate(site, normals, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), seed);
  }

  /** The hourly values, without gusts (what an EPW file holds). */
  public HourlyWeather hourly() {
    return hourly;
  }

  @Override
  public OutsideConditions at(Instant t) {
    double minutes = (t.getEpochSecond() - startSecond + t.getNano() * 1e-9) / 60;
    double floor = Math.floor(minutes);
    long minute = (long) floor;
    double f = minutes - floor;
    double u0 = SeededRandom.uniformAt(gustSeed, minute);
    double u1 = SeededRandom.uniformAt(gustSeed, minute + 1);
    double gust = 2 * (u0 + f * (u1 - u0)) - 1;
    return hourly.at(t, 1 + GUST_AMPLITUDE * gust);
  }
}
