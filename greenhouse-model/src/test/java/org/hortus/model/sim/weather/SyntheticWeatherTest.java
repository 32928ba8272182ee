package org.hortus.model.sim.weather;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyntheticWeatherTest {

  private static final SyntheticWeather YEAR =
      SyntheticWeather.year(WeatherSite.deBilt(), ClimateNormals.netherlands(), 2025, 42);

  /** SHA-256 over every hourly value (and a sample of gusty minute values). */
  private static byte[] fingerprint(SyntheticWeather weather) throws NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    ByteBuffer bytes = ByteBuffer.allocate(9 * Double.BYTES);
    HourlyWeather h = weather.hourly();
    for (int i = 0; i < h.hourCount(); i++) {
      OutsideConditions c = h.hour(i);
      bytes.clear();
      bytes
          .putDouble(c.temperatureCelsius())
          .putDouble(c.relativeHumidityPercent())
          .putDouble(c.globalRadiationWattsPerM2())
          .putDouble(c.windSpeedMetresPerSecond())
          .putDouble(c.windDirectionDegrees())
          .putDouble(c.rainMillimetresPerHour())
          .putDouble(c.skyTemperatureCelsius())
          .putDouble(c.co2Ppm())
          .putDouble(h.cloudCoverFraction(i));
      sha.update(bytes.array());
    }
    for (int i = 0; i < h.hourCount() - 1; i += 7) {
      sha.update(
          ByteBuffer.allocate(8)
              .putDouble(weather.at(h.time(i).plusSeconds(1234)).windSpeedMetresPerSecond())
              .array());
    }
    return sha.digest();
  }

  @Test
  void theSameSeedGivesTheSameYearBitForBit() throws Exception {
    SyntheticWeather again =
        SyntheticWeather.year(WeatherSite.deBilt(), ClimateNormals.netherlands(), 2025, 42);
    assertArrayEquals(fingerprint(YEAR), fingerprint(again));
  }

  @Test
  void anotherSeedGivesAnotherYear() throws Exception {
    SyntheticWeather other =
        SyntheticWeather.year(WeatherSite.deBilt(), ClimateNormals.netherlands(), 2025, 43);
    assertFalse(java.util.Arrays.equals(fingerprint(YEAR), fingerprint(other)));
  }

  @Test
  void aDutchYearHasTheDutchClimate() {
    HourlyWeather h = YEAR.hourly();
    assertEquals(365 * 24 + 1, h.hourCount());
    double temperature = 0;
    double radiationJoules = 0;
    double humidity = 0;
    double maxWind = 0;
    int rainy = 0;
    double cloudWhenRaining = 0;
    double skyBelowAir = 0;
    for (int i = 0; i < h.hourCount(); i++) {
      OutsideConditions c = h.hour(i);
      temperature += c.temperatureCelsius();
      radiationJoules += c.globalRadiationWattsPerM2() * 3600;
      humidity += c.relativeHumidityPercent();
      maxWind = Math.max(maxWind, c.windSpeedMetresPerSecond());
      skyBelowAir += c.temperatureCelsius() - c.skyTemperatureCelsius();
      if (c.rainMillimetresPerHour() > 0) {
        rainy++;
        cloudWhenRaining += h.cloudCoverFraction(i);
      }
    }
    int n = h.hourCount();
    assertEquals(10.6, temperature / n, 1.5, "annual mean °C");
    assertTrue(
        radiationJoules / 1e6 > 3000 && radiationJoules / 1e6 < 4300,
        "radiation sum " + radiationJoules / 1e6 + " MJ/m²");
    assertEquals(80, humidity / n, 8, "mean RH %");
    assertTrue(maxWind > 14, "a storm blew: " + maxWind + " m/s");
    assertEquals(0.08, rainy / (double) n, 0.04, "share of rainy hours");
    assertTrue(cloudWhenRaining / rainy >= 0.9, "clouds when raining");
    assertTrue(
        skyBelowAir / n > 3 && skyBelowAir / n < 20, "sky " + skyBelowAir / n + " K below air");
  }

  @Test
  void summerIsWarmerAndSunnierThanWinter() {
    HourlyWeather h = YEAR.hourly();
    double[] july = monthMeans(h, 6 * 30 * 24);
    double[] january = monthMeans(h, 0);
    assertTrue(july[0] > january[0] + 10, "July " + july[0] + " °C, January " + january[0] + " °C");
    assertTrue(
        july[1] > 3 * january[1], "July " + july[1] + " W/m², January " + january[1] + " W/m²");
  }

  private static double[] monthMeans(HourlyWeather h, int from) {
    double t = 0;
    double g = 0;
    for (int i = from; i < from + 30 * 24; i++) {
      t += h.hour(i).temperatureCelsius();
      g += h.hour(i).globalRadiationWattsPerM2();
    }
    return new double[] {t / 720, g / 720};
  }

  @Test
  void thereIsNoSunAtNight() {
    HourlyWeather h = YEAR.hourly();
    for (int i = 0; i < h.hourCount(); i++) {
      double sine = SunElevation.sine(h.time(i).getEpochSecond(), 52.10, 5.18);
      if (sine <= 0) {
        assertEquals(0, h.hour(i).globalRadiationWattsPerM2(), h.time(i).toString());
      }
    }
  }

  @Test
  void samplingInterpolatesBetweenHoursAndAddsGusts() {
    HourlyWeather h = YEAR.hourly();
    int i = 4000;
    Instant mark = h.time(i);
    double t0 = h.hour(i).temperatureCelsius();
    double t1 = h.hour(i + 1).temperatureCelsius();
    assertEquals((t0 + t1) / 2, YEAR.at(mark.plusSeconds(1800)).temperatureCelsius(), 1e-9);

    double mean = 0;
    double min = Double.MAX_VALUE;
    double max = 0;
    for (int s = 0; s < 3600; s += 10) {
      double wind = YEAR.at(mark.plusSeconds(s)).windSpeedMetresPerSecond();
      mean += wind / 360;
      min = Math.min(min, wind);
      max = Math.max(max, wind);
    }
    double hourly =
        (h.hour(i).windSpeedMetresPerSecond() + h.hour(i + 1).windSpeedMetresPerSecond()) / 2;
    assertTrue(max - min > 0.2 * hourly, "gusts vary the wind within the hour");
    assertEquals(hourly, mean, 0.1 * hourly, "gusts keep the hourly mean");
    assertNotEquals(
        YEAR.at(mark).windSpeedMetresPerSecond(),
        YEAR.at(mark.plusSeconds(60)).windSpeedMetresPerSecond());
  }

  @Test
  void anInstantOutsideThePeriodIsRejected() {
    SyntheticWeather day =
        SyntheticWeather.generate(
            WeatherSite.deBilt(),
            ClimateNormals.netherlands(),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 1, 1),
            1);
    assertThrows(
        IllegalArgumentException.class, () -> day.at(Instant.parse("2025-01-03T00:00:00Z")));
  }
}
