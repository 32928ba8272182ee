package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoistAirTest {

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # °C, Pa (WMO table over water)
           0,    611.2
          10,   1228.1
          20,   2338.8
          30,   4245.5
          """)
  void saturationVapourPressureMatchesTheTables(double celsius, double pascal) {
    assertEquals(pascal, MoistAir.saturationVapourPressurePa(celsius), 0.003 * pascal);
  }

  @Test
  void humidityConversionsRoundTrip() {
    double vapour = MoistAir.vapourConcentrationAt(20, 70);
    assertEquals(12.1, vapour * 1000, 0.1, "g/m³ at 20 °C, 70 %");
    assertEquals(70, MoistAir.relativeHumidityPercent(vapour, 20), 1e-9);
    assertEquals(14.4, MoistAir.dewPointCelsius(MoistAir.vapourPressurePa(vapour, 20)), 0.1);
  }

  @Test
  void co2PpmAndMassConcentrationConvertBothWays() {
    assertEquals(1830, MoistAir.co2MilligramsPerM3(1000, 20), 2, "1,000 ppm at 20 °C");
    assertEquals(420, MoistAir.co2Ppm(MoistAir.co2MilligramsPerM3(420, 5), 5), 1e-9);
  }
}
