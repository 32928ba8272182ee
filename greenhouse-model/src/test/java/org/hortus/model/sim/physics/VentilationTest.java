package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;

class VentilationTest {

  private final CompartmentParameters tomato = CompartmentParameters.venloTomato();
  private final GreenhouseModel model = new GreenhouseModel(tomato);
  private final GreenhouseActuators off = GreenhouseActuators.allOff(tomato.zones().size());

  private void run(GreenhouseState s, OutsideConditions o, GreenhouseActuators a, int minutes) {
    for (int i = 0; i < minutes; i++) {
      model.step(s, o, a, 60);
    }
  }

  @Test
  void openingTheVentsOnASunnyDayLowersAirTemperature() {
    OutsideConditions sunny = new OutsideConditions(20, 60, 700, 3, 225, 0, 8, 420);
    GreenhouseState closed = GreenhouseState.initial(tomato, 22, 70, 420);
    run(closed, sunny, off, 120);
    GreenhouseState vented = closed.copy();

    run(closed, sunny, off, 60);
    run(vented, sunny, off.withVents(100, 100), 60);

    assertTrue(
        vented.airTemperatureCelsius() < closed.airTemperatureCelsius() - 5,
        "vented " + vented + ", closed " + closed);
    assertTrue(vented.airTemperatureCelsius() > sunny.temperatureCelsius(), "still above outside");
  }

  @Test
  void closingTheVentsAtNightWithATranspiringCropRaisesHumidity() {
    OutsideConditions night = new OutsideConditions(10, 85, 0, 2, 225, 0, 0, 420);
    GreenhouseState state = GreenhouseState.initial(tomato, 18, 75, 420);
    GreenhouseActuators vented = off.withVents(30, 10);
    holdEighteenDegrees(state, night, vented, 180);
    double ventedHumidity = state.relativeHumidityPercent();
    assertTrue(model.fluxes(state, night, vented).rate(Flux.TRANSPIRATION) > 0, "crop transpires");

    holdEighteenDegrees(state, night, off, 180);

    assertTrue(
        state.relativeHumidityPercent() > ventedHumidity + 5,
        "closed " + state.relativeHumidityPercent() + " % vs vented " + ventedHumidity + " %");
    assertEquals(18, state.airTemperatureCelsius(), 0.5, "temperature held");
  }

  /** A test-local P controller on the pipe supply temperature. */
  private void holdEighteenDegrees(
      GreenhouseState s, OutsideConditions o, GreenhouseActuators a, int minutes) {
    for (int i = 0; i < minutes; i++) {
      double supply = Math.min(130, Math.max(-100, 50 + 50 * (18 - s.airTemperatureCelsius())));
      model.step(s, o, a.withPipeSupplyTemperature(supply), 60);
    }
  }
}
