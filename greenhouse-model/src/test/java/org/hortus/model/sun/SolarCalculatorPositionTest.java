package org.hortus.model.sun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.hortus.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Sun position and extraterrestrial radiation. The declinations, Earth–sun distances and radiation
 * values in the tables were computed with the astronomy-engine library 2.1.19 (an independent
 * VSOP87-based ephemeris) for the solar noons of these dates, not with the code under test.
 */
class SolarCalculatorPositionTest {

  private final SolarCalculator calculator = new SolarCalculator();

  @ParameterizedTest(name = "{0} {4}")
  @CsvSource(
      textBlock =
          """
          # place,  lat,    lon,    zone,               date,       declination at noon
          Binhai,   34.0,   119.8,  Asia/Shanghai,      2025-03-20, -0.082
          Binhai,   34.0,   119.8,  Asia/Shanghai,      2025-06-21, 23.438
          Binhai,   34.0,   119.8,  Asia/Shanghai,      2025-12-21, -23.439
          Westland, 52.0,   4.2,    Europe/Amsterdam,   2025-06-21, 23.437
          Westland, 52.0,   4.2,    Europe/Amsterdam,   2025-12-21, -23.440
          Adelaide, -34.93, 138.60, Australia/Adelaide, 2025-12-21, -23.437
          Tromsø,   69.65,  18.96,  Europe/Oslo,        2025-06-21, 23.436
          """)
  void elevationAtSolarNoonIsNinetyLessLatitudeFromDeclination(
      String place,
      double latitude,
      double longitude,
      String zone,
      LocalDate date,
      double declination) {
    Site site = new Site(latitude, longitude, 0, ZoneId.of(zone));
    Instant noon = calculator.day(site, date).solarNoon().toInstant();

    SunPosition sun = calculator.position(site, noon);

    // Refraction lifts the sun by at most 0.07° at these noon elevations (14° and up).
    assertEquals(90 - Math.abs(latitude - declination), sun.elevationDegrees(), 0.1);
    assertEquals(90 - sun.elevationDegrees(), sun.zenithDegrees(), 1e-9);
  }

  @ParameterizedTest(name = "{0} {4}")
  @CsvSource(
      textBlock =
          """
          # place,  lat,    lon,    zone,               date,       azimuth at noon
          Binhai,   34.0,   119.8,  Asia/Shanghai,      2025-06-21, 180
          Binhai,   34.0,   119.8,  Asia/Shanghai,      2025-12-21, 180
          Westland, 52.0,   4.2,    Europe/Amsterdam,   2025-03-30, 180
          Westland, 52.0,   4.2,    Europe/Amsterdam,   2025-12-21, 180
          Kashgar,  39.47,  75.99,  Asia/Shanghai,      2025-09-22, 180
          Adelaide, -34.93, 138.60, Australia/Adelaide, 2025-06-21, 0
          """)
  void sunStandsDueSouthAtSolarNoonNorthOfTheTropicsAndDueNorthSouthOfThem(
      String place,
      double latitude,
      double longitude,
      String zone,
      LocalDate date,
      double azimuth) {
    Site site = new Site(latitude, longitude, 0, ZoneId.of(zone));
    Instant noon = calculator.day(site, date).solarNoon().toInstant();

    double actual = calculator.position(site, noon).azimuthDegrees();

    assertTrue(actual >= 0 && actual < 360, "azimuth in [0, 360): " + actual);
    double difference = Math.abs(Math.IEEEremainder(actual - azimuth, 360));
    assertEquals(0, difference, 0.1, "azimuth " + actual);
  }

  @Test
  void sunRisesInTheEastAndSetsInTheWestAtTheEquinox() {
    Site westland = new Site(52.0, 4.2, 0, ZoneId.of("Europe/Amsterdam"));
    SunDay.Normal day = (SunDay.Normal) calculator.day(westland, LocalDate.of(2025, 3, 20));

    SunPosition rising = calculator.position(westland, day.sunrise().toInstant());
    SunPosition setting = calculator.position(westland, day.sunset().toInstant());

    assertEquals(90, rising.azimuthDegrees(), 2);
    assertEquals(270, setting.azimuthDegrees(), 2);
    // At sunrise and sunset the sun's centre is 0.833° below the geometric horizon; NOAA's
    // refraction formula adds 0.397° there (20.772″ / tan 0.833°), leaving -0.436° apparent.
    assertEquals(-0.436, rising.elevationDegrees(), 0.01);
    assertEquals(-0.436, setting.elevationDegrees(), 0.01);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      textBlock =
          """
          # solar noon at 0°N 0°E,  expected W/m²
          2025-01-04T12:05:04Z,     1299.0
          2025-07-03T12:04:20Z,     1213.0
          """)
  void extraterrestrialRadiationFollowsSunHeightAndEarthSunDistance(
      Instant noon, double expectedWattsPerM2) {
    Site equator = new Site(0, 0, 0, ZoneOffset.UTC);

    double actual = calculator.clearSkyExtraterrestrialRadiationWattsPerM2(equator, noon);

    assertEquals(expectedWattsPerM2, actual, expectedWattsPerM2 * 0.005);
  }

  @Test
  void extraterrestrialRadiationIsZeroAtNight() {
    Site westland = new Site(52.0, 4.2, 0, ZoneId.of("Europe/Amsterdam"));
    Instant midnight = Instant.parse("2025-06-21T23:40:00Z");

    assertEquals(0, calculator.clearSkyExtraterrestrialRadiationWattsPerM2(westland, midnight));
    assertTrue(calculator.position(westland, midnight).elevationDegrees() < 0);
  }
}
