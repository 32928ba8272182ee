package org.hortus.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class SimulatedGreenhouseTest {

  private SimulatedGreenhouse houseAt(LocalDateTime start) {
    return new SimulatedGreenhouse(
        "GH-01",
        new FirstOrderClimateModel(),
        DiurnalWeather.springDay(),
        new IndoorClimate(18, 75, 420),
        start);
  }

  @Test
  void advancingMovesTheClockAndTheClimate() {
    SimulatedGreenhouse house = houseAt(LocalDateTime.of(2026, 4, 15, 9, 0));
    house.advance(Duration.ofMinutes(30));
    assertEquals(LocalDateTime.of(2026, 4, 15, 9, 30), house.localTime());
    assertTrue(house.climate().airTemperatureCelsius() > 18, "morning sun warms a closed house");
  }

  @Test
  void afternoonIsWarmerInsideWithVentsClosedThanOpen() {
    SimulatedGreenhouse closed = houseAt(LocalDateTime.of(2026, 4, 15, 11, 0));
    SimulatedGreenhouse open = houseAt(LocalDateTime.of(2026, 4, 15, 11, 0));
    open.setActuators(new ActuatorSettings(80));
    closed.advance(Duration.ofHours(2));
    open.advance(Duration.ofHours(2));
    assertTrue(
        closed.climate().airTemperatureCelsius() > open.climate().airTemperatureCelsius() + 5);
  }

  @Test
  void oneLongStepAndManyShortStepsAgree() {
    SimulatedGreenhouse oneStep = houseAt(LocalDateTime.of(2026, 4, 15, 12, 0));
    SimulatedGreenhouse manySteps = houseAt(LocalDateTime.of(2026, 4, 15, 12, 0));
    oneStep.advance(Duration.ofSeconds(60));
    for (int i = 0; i < 60; i++) {
      manySteps.advance(Duration.ofSeconds(1));
    }
    assertEquals(
        manySteps.climate().airTemperatureCelsius(),
        oneStep.climate().airTemperatureCelsius(),
        0.05);
  }

  @Test
  void weatherHasNoSunAtNightAndSunAtNoon() {
    DiurnalWeather day = DiurnalWeather.springDay();
    assertEquals(0, day.at(2).globalRadiationWattsPerM2());
    assertTrue(day.at(13).globalRadiationWattsPerM2() > 500);
    assertTrue(day.at(15).temperatureCelsius() > day.at(3).temperatureCelsius());
  }
}
