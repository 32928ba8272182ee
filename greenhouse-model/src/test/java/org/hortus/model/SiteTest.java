package org.hortus.model;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Site} validation. */
class SiteTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # lat,   lon,     message
          90.5,    4.2,     'latitudeDegrees must be from -90 to 90, was 90.5'
          -91,     4.2,     'latitudeDegrees must be from -90 to 90, was -91.0'
          NaN,     4.2,     'latitudeDegrees must be from -90 to 90, was NaN'
          52.0,    180.1,   'longitudeDegrees must be from -180 to 180, was 180.1'
          52.0,    -200,    'longitudeDegrees must be from -180 to 180, was -200.0'
          """)
  void aPositionOffTheGlobeIsRefusedNamingTheFieldAndValue(
      double latitude, double longitude, String message) {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class, () -> new Site(latitude, longitude, 0, AMSTERDAM));
    assertEquals(message, thrown.getMessage());
  }

  @Test
  void polesAndTheDateLineAreValidPlaces() {
    assertDoesNotThrow(() -> new Site(90, 180, 0, AMSTERDAM));
    assertDoesNotThrow(() -> new Site(-90, -180, 2835, ZoneId.of("Antarctica/McMurdo")));
  }

  @Test
  void aNonFiniteElevationOrMissingZoneIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Site(52, 4.2, Double.POSITIVE_INFINITY, AMSTERDAM));
    assertThrows(NullPointerException.class, () -> new Site(52, 4.2, 0, null));
  }
}
