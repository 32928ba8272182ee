package org.hortus.model.sim.weather;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SunElevationTest {

  private static double elevationDegrees(String instant, double latitude, double longitude) {
    double sine = SunElevation.sine(Instant.parse(instant).getEpochSecond(), latitude, longitude);
    return Math.toDegrees(Math.asin(sine));
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # solar noon at De Bilt (NOAA calculator), degrees
          2025-03-20T11:46:00Z, 38.0
          2025-06-21T11:39:00Z, 61.3
          2025-12-21T11:38:00Z, 14.5
          """)
  void noonElevationAtDeBiltMatchesNoaa(String instant, double degrees) {
    // Spencer's series is good to about 0.6° (it was fitted to one year of the leap cycle).
    assertEquals(degrees, elevationDegrees(instant, 52.10, 5.18), 0.7);
  }

  @ParameterizedTest
  @CsvSource({"2025-06-21T23:39:00Z", "2025-12-21T04:00:00Z"})
  void theSunIsDownAtNight(String instant) {
    assertTrue(elevationDegrees(instant, 52.10, 5.18) < 0);
  }
}
