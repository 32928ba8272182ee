package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;

class HeatLossTest {

  private final CompartmentParameters tomato = CompartmentParameters.venloTomato();

  @Test
  void closedUnheatedGreenhouseAtNightSettlesBetweenOutsideAndSkyTemperatures() {
    GreenhouseModel model = new GreenhouseModel(tomato);
    GreenhouseState state = GreenhouseState.initial(tomato, 15, 80, 420);
    OutsideConditions clearNight = new OutsideConditions(5, 90, 0, 2, 225, 0, -12, 420);
    GreenhouseActuators off = GreenhouseActuators.allOff(tomato.zones().size());

    for (int minute = 0; minute < 47 * 60; minute++) {
      model.step(state, clearNight, off, 60);
    }
    double hourAgo = state.airTemperatureCelsius();
    for (int minute = 0; minute < 60; minute++) {
      model.step(state, clearNight, off, 60);
    }

    assertEquals(hourAgo, state.airTemperatureCelsius(), 0.01, "settled");
    assertTrue(state.airTemperatureCelsius() < 5, "air below outside: " + state);
    assertTrue(state.coverTemperatureCelsius() > -12, "cover above sky: " + state);
    assertTrue(state.coverTemperatureCelsius() < state.airTemperatureCelsius(), "cover below air");
  }

  @Test
  void heatingPowerToHold18DegreesAtMinus5MatchesUaDeltaTPlusLeakage() {
    // No crop: no transpiration that condenses on the cover and adds a latent path.
    CompartmentParameters empty = tomato.withLeafAreaIndex(0);
    GreenhouseModel model = new GreenhouseModel(empty);
    GreenhouseState state = GreenhouseState.initial(empty, 18, 70, 420);
    double wind = 4; // the U-value's reference wind
    OutsideConditions frost = new OutsideConditions(-5, 80, 0, wind, 225, 0, -5, 420);
    GreenhouseActuators off = GreenhouseActuators.allOff(empty.zones().size());

    double pipeHeat = 0;
    double airTemperature = 0;
    int samples = 0;
    for (int minute = 0; minute < 2 * 24 * 60; minute++) {
      double supply = Math.min(130, Math.max(-100, 65 + 50 * (18 - state.airTemperatureCelsius())));
      GreenhouseActuators heating = off.withPipeSupplyTemperature(supply);
      if (minute >= 24 * 60) {
        pipeHeat += model.fluxes(state, frost, heating).pipeHeatWattsPerM2();
        airTemperature += state.airTemperatureCelsius();
        samples++;
      }
      model.step(state, frost, heating, 60);
    }
    pipeHeat /= samples;
    airTemperature /= samples;

    assertEquals(18, airTemperature, 0.3, "held by the P controller");
    double deltaT = airTemperature - (-5);
    double coverLoss = empty.coverUValueWattsPerM2K() * empty.coverAreaM2() * deltaT;
    double leakageLoss =
        1.2 * 1000 * empty.leakageCoefficient() * wind * empty.floorAreaM2() * deltaT;
    double expected = (coverLoss + leakageLoss) / empty.floorAreaM2();
    assertEquals(
        expected,
        pipeHeat,
        0.10 * expected,
        "pipe heat " + pipeHeat + " W/m² vs U·A·ΔT + leakage " + expected + " W/m²");
  }
}
