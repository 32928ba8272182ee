package org.hortus.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstOrderClimateModelTest {

  private final FirstOrderClimateModel model = new FirstOrderClimateModel();
  private final OutsideWeather sunnyCoolDay = new OutsideWeather(12, 60, 600, 420);
  private final OutsideWeather night = new OutsideWeather(8, 85, 0, 420);

  private IndoorClimate runFor(
      IndoorClimate start, double ventPercent, OutsideWeather weather, int minutes) {
    IndoorClimate climate = start;
    for (int i = 0; i < minutes * 6; i++) {
      climate = model.step(climate, new ActuatorSettings(ventPercent), weather, 10);
    }
    return climate;
  }

  @Test
  void closedHouseInFullSunWarmsAboutTwentyFiveKelvinAboveOutside() {
    IndoorClimate settled = runFor(new IndoorClimate(12, 60, 420), 0, sunnyCoolDay, 180);
    assertEquals(12 + 25, settled.airTemperatureCelsius(), 2.0);
  }

  @Test
  void openingTheVentsCoolsAWarmHouseTowardOutside() {
    IndoorClimate warm = runFor(new IndoorClimate(12, 60, 420), 0, sunnyCoolDay, 180);
    IndoorClimate vented = runFor(warm, 100, sunnyCoolDay, 30);
    assertTrue(vented.airTemperatureCelsius() < warm.airTemperatureCelsius() - 15);
    assertTrue(vented.airTemperatureCelsius() > sunnyCoolDay.temperatureCelsius());
  }

  @Test
  void cropDrawsCo2DownInAClosedSunnyHouseAndVentsRefillIt() {
    IndoorClimate closed = runFor(new IndoorClimate(20, 70, 420), 0, sunnyCoolDay, 120);
    assertTrue(closed.co2Ppm() < 300, "closed house CO2 " + closed.co2Ppm());
    IndoorClimate vented = runFor(closed, 100, sunnyCoolDay, 60);
    assertTrue(vented.co2Ppm() > closed.co2Ppm() + 50, "vented house CO2 " + vented.co2Ppm());
  }

  @Test
  void humidityStaysWithinPhysicalBoundsDayAndNight() {
    IndoorClimate climate = new IndoorClimate(15, 99, 420);
    for (OutsideWeather weather : new OutsideWeather[] {night, sunnyCoolDay}) {
      for (double vent : new double[] {0, 50, 100}) {
        IndoorClimate settled = runFor(climate, vent, weather, 240);
        assertTrue(settled.relativeHumidityPercent() >= 0);
        assertTrue(settled.relativeHumidityPercent() <= 100);
      }
    }
  }

  @Test
  void nightHouseWithoutSunCoolsTowardOutside() {
    IndoorClimate settled = runFor(new IndoorClimate(20, 80, 420), 0, night, 240);
    assertEquals(night.temperatureCelsius(), settled.airTemperatureCelsius(), 0.5);
  }

  @Test
  void aVentOpeningOutsideZeroToHundredIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ActuatorSettings(101));
    assertThrows(IllegalArgumentException.class, () -> new ActuatorSettings(Double.NaN));
  }
}
