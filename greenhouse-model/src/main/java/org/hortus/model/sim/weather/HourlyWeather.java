package org.hortus.model.sim.weather;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * Weather given at whole-hour marks, linearly interpolated between them (wind direction along the
 * shorter arc). Immutable. Produced by {@link SyntheticWeather} and {@link EpwReader}; written by
 * {@link EpwWriter}. Values hold at the instant of their mark, so an EPW file's hour-ending
 * radiation sums appear half an hour late.
 */
public final class HourlyWeather implements WeatherSource {

  private final WeatherSite site;
  private final String source;
  private final Instant start;
  private final long startSecond;
  private final int count;
  private final double[] temperature;
  private final double[] humidity;
  private final double[] radiation;
  private final double[] windSpeed;
  private final double[] windDirection;
  private final double[] rain;
  private final double[] sky;
  private final double[] co2;
  private final double[] cloud;

  private HourlyWeather(Builder b) {
    site = b.site;
    source = b.source;
    start = b.start;
    startSecond = b.start.getEpochSecond();
    count = b.count;
    temperature = Arrays.copyOf(b.temperature, count);
    humidity = Arrays.copyOf(b.humidity, count);
    radiation = Arrays.copyOf(b.radiation, count);
    windSpeed = Arrays.copyOf(b.windSpeed, count);
    windDirection = Arrays.copyOf(b.windDirection, count);
    rain = Arrays.copyOf(b.rain, count);
    sky = Arrays.copyOf(b.sky, count);
    co2 = Arrays.copyOf(b.co2, count);
    cloud = Arrays.copyOf(b.cloud, count);
  }

  /**
   * Starts building weather for a site from the first mark, which must be a whole second.
   *
   * @param source where the data comes from, e.g. {@code Hortus synthetic weather, seed 42}
   */
  public static Builder builder(WeatherSite site, String source, Instant start) {
    return new Builder(site, source, start);
  }

  public WeatherSite site() {
    return site;
  }

  public String source() {
    return source;
  }

  /** Instant of the first mark. */
  public Instant start() {
    return start;
  }

  /** Instant of the last mark. */
  public Instant end() {
    return start.plusSeconds(3600L * (count - 1));
  }

  public int hourCount() {
    return count;
  }

  /** Instant of mark {@code i}. */
  public Instant time(int i) {
    return start.plusSeconds(3600L * i);
  }

  /** The conditions at mark {@code i}. */
  public OutsideConditions hour(int i) {
    return new OutsideConditions(
        temperature[i],
        humidity[i],
        radiation[i],
        windSpeed[i],
        windDirection[i],
        rain[i],
        sky[i],
        co2[i]);
  }

  /** Cloud cover at mark {@code i}, fraction 0–1, or NaN where unknown. */
  public double cloudCoverFraction(int i) {
    return cloud[i];
  }

  /** Marks {@code from} (inclusive) to {@code to} (exclusive) as weather of their own. */
  public HourlyWeather slice(int from, int to) {
    Objects.checkFromToIndex(from, to, count);
    Builder b = new Builder(site, source, time(from));
    for (int i = from; i < to; i++) {
      b.add(hour(i), cloud[i]);
    }
    return b.build();
  }

  @Override
  public OutsideConditions at(Instant t) {
    return at(t, 1);
  }

  /** As {@link #at(Instant)}, with the wind speed multiplied by {@code windFactor}. */
  OutsideConditions at(Instant t, double windFactor) {
    double x = (t.getEpochSecond() - startSecond + t.getNano() * 1e-9) / 3600;
    if (!(x >= 0 && x <= count - 1)) {
      throw new IllegalArgumentException(
          t + " is outside the weather period " + start + " – " + end() + " (" + source + ")");
    }
    int i = Math.min((int) x, Math.max(count - 2, 0));
    double f = x - i;
    int j = count > 1 ? i + 1 : i;
    double direction = windDirection[i];
    double turn = windDirection[j] - direction;
    if (turn > 180) {
      turn -= 360;
    } else if (turn < -180) {
      turn += 360;
    }
    direction += f * turn;
    if (direction < 0) {
      direction += 360;
    } else if (direction > 360) {
      direction -= 360;
    }
    return new OutsideConditions(
        lerp(temperature, i, j, f),
        lerp(humidity, i, j, f),
        lerp(radiation, i, j, f),
        lerp(windSpeed, i, j, f) * windFactor,
        direction,
        lerp(rain, i, j, f),
        lerp(sky, i, j, f),
        lerp(co2, i, j, f));
  }

  private static double lerp(double[] v, int i, int j, double f) {
    return v[i] + f * (v[j] - v[i]);
  }

  /** Collects marks one hour apart. Not thread-safe. */
  public static final class Builder {
    private final WeatherSite site;
    private final String source;
    private final Instant start;
    private int count;
    private double[] temperature = new double[64];
    private double[] humidity = new double[64];
    private double[] radiation = new double[64];
    private double[] windSpeed = new double[64];
    private double[] windDirection = new double[64];
    private double[] rain = new double[64];
    private double[] sky = new double[64];
    private double[] co2 = new double[64];
    private double[] cloud = new double[64];

    private Builder(WeatherSite site, String source, Instant start) {
      this.site = Objects.requireNonNull(site, "site");
      this.source = Objects.requireNonNull(source, "source");
      this.start = Objects.requireNonNull(start, "start");
      if (start.getNano() != 0) {
        throw new IllegalArgumentException("weather must start on a whole second, was " + start);
      }
    }

    /**
     * Appends the next mark, one hour after the previous one.
     *
     * @param cloudCoverFraction cloud cover 0–1, or NaN if unknown
     */
    public Builder add(OutsideConditions c, double cloudCoverFraction) {
      if (!(Double.isNaN(cloudCoverFraction)
          || (cloudCoverFraction >= 0 && cloudCoverFraction <= 1))) {
        throw new IllegalArgumentException(
            "cloud cover must be 0–1 or NaN, was " + cloudCoverFraction);
      }
      if (count == temperature.length) {
        int n = count * 2;
        temperature = Arrays.copyOf(temperature, n);
        humidity = Arrays.copyOf(humidity, n);
        radiation = Arrays.copyOf(radiation, n);
        windSpeed = Arrays.copyOf(windSpeed, n);
        windDirection = Arrays.copyOf(windDirection, n);
        rain = Arrays.copyOf(rain, n);
        sky = Arrays.copyOf(sky, n);
        co2 = Arrays.copyOf(co2, n);
        cloud = Arrays.copyOf(cloud, n);
      }
      temperature[count] = c.temperatureCelsius();
      humidity[count] = c.relativeHumidityPercent();
      radiation[count] = c.globalRadiationWattsPerM2();
      windSpeed[count] = c.windSpeedMetresPerSecond();
      windDirection[count] = c.windDirectionDegrees();
      rain[count] = c.rainMillimetresPerHour();
      sky[count] = c.skyTemperatureCelsius();
      co2[count] = c.co2Ppm();
      cloud[count] = cloudCoverFraction;
      count++;
      return this;
    }

    public HourlyWeather build() {
      if (count == 0) {
        throw new IllegalStateException("weather needs at least one hour");
      }
      return new HourlyWeather(this);
    }
  }
}
