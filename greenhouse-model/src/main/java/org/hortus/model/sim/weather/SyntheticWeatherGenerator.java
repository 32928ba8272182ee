package org.hortus.model.sim.weather;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Draws a synthetic hourly weather series; see {@link SyntheticWeather} and {@code docs/weather.md}
 * for the processes. Every random draw comes from its own {@link SeededRandom} stream split from
 * the seed, and all arithmetic uses {@link StrictMath}, so a seed gives the same series bit for
 * bit.
 */
final class SyntheticWeatherGenerator {

  private static final double TWO_PI = 2 * StrictMath.PI;
  private static final double HOURS_PER_YEAR = 8766;

  /** Spread of the latent cloud process: large enough that skies are mostly clear or overcast. */
  private static final double CLOUD_SCALE = 3.0;

  private SyntheticWeatherGenerator() {}

  static HourlyWeather generate(
      WeatherSite site, ClimateNormals n, LocalDate first, LocalDate last, long seed) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("last day " + last + " is before first day " + first);
    }
    Instant start = first.atStartOfDay(site.zone()).toInstant();
    Instant end = last.plusDays(1).atStartOfDay(site.zone()).toInstant();
    int hours = (int) ((end.getEpochSecond() - start.getEpochSecond()) / 3600) + 1;
    long startSecond = start.getEpochSecond();

    SeededRandom root = new SeededRandom(seed);
    double[] anomaly = ar1(root.split(), hours, 60, 3.5);
    double[] cloudLatent = ar1(root.split(), hours, 10, 1);
    double[] windLatent = ar1(root.split(), hours, 12, 1);
    double[] directionLatent = ar1(root.split(), hours, 24, 1);
    double[] dewNoise = ar1(root.split(), hours, 24, 1);
    SeededRandom rainRandom = root.split();
    Storms storms = Storms.schedule(root.split(), hours, startSecond, n);

    // logistic(x) ≈ Φ(x / 1.7), so E[logistic(s z + b)] ≈ Φ(b / sqrt(1.7² + s²)) = mean cloud.
    double cloudBias =
        StrictMath.log(n.meanCloudCoverFraction() / (1 - n.meanCloudCoverFraction()))
            / 1.7
            * StrictMath.sqrt(1.7 * 1.7 + CLOUD_SCALE * CLOUD_SCALE);
    double rainThreshold =
        StrictMath.log((1 - n.rainyHourFraction()) / n.rainyHourFraction()) / 1.7;
    double[] cloud = new double[hours];
    double[] rain = new double[hours];
    for (int i = 0; i < hours; i++) {
      double z = cloudLatent[i];
      double c = 1 / (1 + StrictMath.exp(-(CLOUD_SCALE * z + cloudBias)));
      double u = rainRandom.nextDouble();
      boolean raining = z > rainThreshold || storms.wet[i];
      if (raining) {
        rain[i] = n.meanRainMillimetresPerHour() * -StrictMath.log(1 - u) * (storms.wet[i] ? 2 : 1);
        rain[i] = Math.min(rain[i], 60);
        c = Math.max(c, 0.9);
      }
      if (storms.wind[i] > 0) {
        c = Math.max(c, 0.8);
      }
      cloud[i] = c;
    }
    double[] cloudDay = movingAverage(cloud, 24);

    HourlyWeather.Builder out =
        HourlyWeather.builder(site, "Hortus synthetic weather, seed " + seed, start);
    for (int i = 0; i < hours; i++) {
      long second = startSecond + 3600L * i;
      long day = Math.floorDiv(second, 86_400L);
      LocalDate date = LocalDate.ofEpochDay(day);
      double hourUtc = (second - day * 86_400L) / 3600.0;
      double dayOfYear = date.getDayOfYear() - 1 + hourUtc / 24;
      double solarHour = hourUtc + site.longitudeDegrees() / 15;
      double season = StrictMath.cos(TWO_PI * (dayOfYear - (n.warmestDayOfYear() - 1)) / 365.25);
      double seasonal = n.annualMeanTemperatureCelsius() + n.seasonalAmplitudeKelvin() * season;
      double base = seasonal + anomaly[i];
      double halfRange = n.diurnalRangeKelvin() / 2 * (1 + 0.35 * season) * (1 - 0.5 * cloudDay[i]);
      double temperature = base + halfRange * StrictMath.cos(TWO_PI * (solarHour - 15) / 24);

      double dewPoint =
          base
              - 0.3 * n.diurnalRangeKelvin()
              - n.dewPointDepressionKelvin() * (1.3 - cloudDay[i])
              + 0.8 * dewNoise[i];
      if (rain[i] > 0) {
        dewPoint = temperature - 0.3;
      }
      dewPoint = Math.min(dewPoint, temperature);
      double humidity =
          Math.min(100, Math.max(1, SkyTemperature.relativeHumidityPercent(temperature, dewPoint)));

      double sunSine = SunElevation.sine(second, site.latitudeDegrees(), site.longitudeDegrees());
      double radiation = 0;
      if (sunSine > 0) {
        // Haurwitz (1945) clear sky, Kasten & Czeplak (1980) cloud reduction.
        radiation =
            1098
                * sunSine
                * StrictMath.exp(-0.057 / sunSine)
                * (1 - 0.75 * StrictMath.pow(cloud[i], 3.4));
      }

      double wind =
          n.meanWindSpeedMetresPerSecond()
              * StrictMath.exp(0.5 * windLatent[i] - 0.125)
              * (1 + 0.2 * StrictMath.sin(TWO_PI * (solarHour - 8) / 24));
      wind = Math.min(40, Math.max(wind, storms.wind[i]));
      double direction =
          n.prevailingWindDirectionDegrees() + 50 * directionLatent[i] + storms.veer[i];
      direction = direction - 360 * StrictMath.floor(direction / 360);

      double sky =
          SkyTemperature.skyTemperatureCelsius(
              temperature, SkyTemperature.dewPointCelsius(temperature, humidity), cloud[i]);
      double co2 = n.co2Ppm() + 10 * StrictMath.cos(TWO_PI * (solarHour - 5) / 24);
      out.add(
          new OutsideConditions(
              temperature, humidity, radiation, wind, direction, rain[i], sky, co2),
          cloud[i]);
    }
    return out.build();
  }

  /** A stationary AR(1) series with the given e-folding time (hours) and standard deviation. */
  static double[] ar1(SeededRandom random, int count, double correlationHours, double sigma) {
    double phi = StrictMath.exp(-1 / correlationHours);
    double innovation = sigma * StrictMath.sqrt(1 - phi * phi);
    double[] x = new double[count];
    double value = sigma * random.nextGaussian();
    for (int i = 0; i < count; i++) {
      x[i] = value;
      value = phi * value + innovation * random.nextGaussian();
    }
    return x;
  }

  /** Centred moving average over {@code window} values, shrinking at the ends. */
  static double[] movingAverage(double[] v, int window) {
    double[] prefix = new double[v.length + 1];
    for (int i = 0; i < v.length; i++) {
      prefix[i + 1] = prefix[i] + v[i];
    }
    double[] out = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      int from = Math.max(0, i - window / 2);
      int to = Math.min(v.length, i + window / 2 + 1);
      out[i] = (prefix[to] - prefix[from]) / (to - from);
    }
    return out;
  }

  /** Storm events: a Poisson process, more frequent in winter, each with a sine-shaped peak. */
  private static final class Storms {
    final double[] wind;
    final double[] veer;
    final boolean[] wet;

    private Storms(int hours) {
      wind = new double[hours];
      veer = new double[hours];
      wet = new boolean[hours];
    }

    static Storms schedule(SeededRandom random, int hours, long startSecond, ClimateNormals n) {
      Storms s = new Storms(hours);
      double coldestDay = n.warmestDayOfYear() - 1 + 365.25 / 2;
      int i = 0;
      while (i < hours) {
        double u = random.nextDouble();
        long day = Math.floorDiv(startSecond + 3600L * i, 86_400L);
        double dayOfYear = LocalDate.ofEpochDay(day).getDayOfYear() - 1;
        double season = 1 + 0.6 * StrictMath.cos(TWO_PI * (dayOfYear - coldestDay) / 365.25);
        if (u < n.stormsPerYear() / HOURS_PER_YEAR * season) {
          int duration = 8 + (int) (12 * random.nextDouble());
          double peak = 14 + 8 * random.nextDouble();
          for (int k = 0; k < duration && i + k < hours; k++) {
            double shape = StrictMath.sin(StrictMath.PI * (k + 0.5) / duration);
            s.wind[i + k] = peak * shape;
            s.veer[i + k] = -40 + 100.0 * k / duration;
            s.wet[i + k] = shape > 0.5;
          }
          i += duration;
        } else {
          i++;
        }
      }
      return s;
    }
  }
}
