package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;

class Co2Test {

  private final CompartmentParameters tomato = CompartmentParameters.venloTomato();
  private final GreenhouseModel model = new GreenhouseModel(tomato);
  private final OutsideConditions sunny = new OutsideConditions(15, 60, 600, 3, 225, 0, 2, 420);

  private GreenhouseState twoHoursClosed(GreenhouseActuators actuators) {
    GreenhouseState state = GreenhouseState.initial(tomato, 20, 70, 420);
    for (int minute = 0; minute < 120; minute++) {
      model.step(state, sunny, actuators, 60);
    }
    return state;
  }

  @Test
  void withClosedVentsAndSunCo2FallsBelowOutsideUnlessDosed() {
    GreenhouseActuators closed = GreenhouseActuators.allOff(tomato.zones().size());

    GreenhouseState undosed = twoHoursClosed(closed);
    GreenhouseState dosed = twoHoursClosed(closed.withCo2Dosing(10));

    assertTrue(undosed.co2Ppm() < 350, "undosed " + undosed.co2Ppm() + " ppm");
    assertTrue(dosed.co2Ppm() > 420, "dosed " + dosed.co2Ppm() + " ppm");
  }

  @Test
  void theCropRespiresCo2AtNight() {
    OutsideConditions night = new OutsideConditions(10, 85, 0, 2, 225, 0, 0, 420);
    GreenhouseState state = GreenhouseState.initial(tomato, 18, 80, 420);
    GreenhouseActuators heated = GreenhouseActuators.allOff(4).withPipeSupplyTemperature(45);
    for (int minute = 0; minute < 240; minute++) {
      model.step(state, night, heated, 60);
    }
    assertTrue(state.co2Ppm() > 440, state.co2Ppm() + " ppm");
  }
}
