package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;

class StepStabilityTest {

  private final CompartmentParameters tomato = CompartmentParameters.venloTomato();
  private final OutsideConditions stormySunny =
      new OutsideConditions(8, 70, 500, 22, 250, 0, -2, 420);
  private final GreenhouseActuators openAndHeated =
      GreenhouseActuators.allOff(4)
          .withVents(100, 100)
          .withPipeSupplyTemperature(70)
          .withCo2Dosing(10);

  private GreenhouseState runHour(double stepSeconds) {
    GreenhouseModel model = new GreenhouseModel(tomato);
    GreenhouseState state = GreenhouseState.initial(tomato, 25, 80, 800);
    for (double t = 0; t < 3600 - 1e-9; t += stepSeconds) {
      model.step(state, stormySunny, openAndHeated, stepSeconds);
    }
    return state;
  }

  @Test
  void theFastestTimeConstantInAStormIsShorterThanAControlStep() {
    GreenhouseModel model = new GreenhouseModel(tomato);
    GreenhouseState state = GreenhouseState.initial(tomato, 25, 80, 800);
    assertTrue(model.stableStepSeconds(state, stormySunny, openAndHeated) < 60);
    assertTrue(model.step(state, stormySunny, openAndHeated, 60) > 1, "sub-steps used");
  }

  @Test
  void sixtySecondStepsFollowOneSecondStepsInAStorm() {
    GreenhouseState fine = runHour(1);
    GreenhouseState control = runHour(60);
    assertEquals(fine.airTemperatureCelsius(), control.airTemperatureCelsius(), 0.1);
    assertEquals(fine.relativeHumidityPercent(), control.relativeHumidityPercent(), 0.5);
    assertEquals(fine.co2Ppm(), control.co2Ppm(), 2);
    assertEquals(fine.coverTemperatureCelsius(), control.coverTemperatureCelsius(), 0.1);
    assertEquals(fine.pipeTemperatureCelsius(), control.pipeTemperatureCelsius(), 0.1);
  }

  @Test
  void anHourLongStepStaysStable() {
    GreenhouseState hourly = runHour(3600);
    GreenhouseState control = runHour(60);
    assertEquals(control.airTemperatureCelsius(), hourly.airTemperatureCelsius(), 0.2);
    assertEquals(control.relativeHumidityPercent(), hourly.relativeHumidityPercent(), 1);
  }
}
