package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;

class SubstrateWaterTest {

  private final CompartmentParameters tomato = CompartmentParameters.venloTomato();
  private final GreenhouseModel model = new GreenhouseModel(tomato);
  private final GreenhouseActuators off = GreenhouseActuators.allOff(tomato.zones().size());
  private final OutsideConditions night = new OutsideConditions(12, 85, 0, 2, 225, 0, 5, 420);
  private final OutsideConditions sunny = new OutsideConditions(22, 55, 750, 3, 225, 0, 8, 420);

  private void run(GreenhouseState s, OutsideConditions o, GreenhouseActuators a, int minutes) {
    for (int i = 0; i < minutes; i++) {
      model.step(s, o, a, 60);
    }
  }

  @Test
  void irrigationRaisesSubstrateWaterContent() {
    GreenhouseState state = GreenhouseState.initial(tomato, 18, 85, 420);
    double before = state.substrateWaterContentFraction(0);

    run(state, night, off.withIrrigation(0, 2), 30);

    assertTrue(
        state.substrateWaterContentFraction(0) > before + 0.1,
        before + " -> " + state.substrateWaterContentFraction(0));
    assertEquals(1.0, state.ledger().irrigationLitresPerM2(0), 1e-9, "2 L/(m²·h) for 30 min");
    assertEquals(before, state.substrateWaterContentFraction(1), 0.01, "other zone not watered");
  }

  @Test
  void transpirationLowersSubstrateWaterContent() {
    GreenhouseState state = GreenhouseState.initial(tomato, 22, 70, 420);
    double before = state.substrateWaterLitresPerM2(0);

    run(state, sunny, off.withVents(50, 50), 120);

    double uptake = state.ledger().uptakeLitresPerM2(0);
    assertTrue(uptake > 0.3, "two sunny hours take up " + uptake + " L/m²");
    assertEquals(before - uptake, state.substrateWaterLitresPerM2(0), 1e-9);
    // Uptake over all zones equals transpiration over the floor.
    double zoneWater = 0;
    for (int z = 0; z < tomato.zones().size(); z++) {
      zoneWater += state.ledger().uptakeLitresPerM2(z) * tomato.zones().get(z).areaM2();
    }
    assertEquals(
        state.ledger().total(Flux.TRANSPIRATION) * tomato.floorAreaM2(),
        zoneWater,
        1e-6 * zoneWater);
  }

  @Test
  void drainAppearsOnlyWhenWaterContentExceedsCapacity() {
    GreenhouseState state = GreenhouseState.initial(tomato, 18, 85, 420);
    double saturation = tomato.zones().get(0).saturationWaterLitresPerM2();
    state.setSubstrateWaterLitresPerM2(0, saturation - 0.5);
    GreenhouseActuators watering = off.withIrrigation(0, 3);

    run(state, night, watering, 5);
    assertTrue(state.substrateWaterLitresPerM2(0) < saturation, "still below capacity");
    assertEquals(0, state.cumulativeDrainLitresPerM2(0), "no drain below capacity");

    run(state, night, watering, 30);
    assertTrue(
        state.cumulativeDrainLitresPerM2(0) > 0.5, "drain " + state.cumulativeDrainLitresPerM2(0));
    assertEquals(0, state.cumulativeDrainLitresPerM2(1), "unwatered zone does not drain");

    run(state, night, off, 60);
    assertEquals(saturation, state.substrateWaterLitresPerM2(0), 0.05, "drains back to capacity");
  }

  @Test
  void aDrySlabStopsTranspiration() {
    GreenhouseState state = GreenhouseState.initial(tomato, 22, 70, 420);
    for (int z = 0; z < tomato.zones().size(); z++) {
      state.setSubstrateWaterLitresPerM2(
          z, 0.2 * tomato.zones().get(z).saturationWaterLitresPerM2());
    }
    assertEquals(0, model.fluxes(state, sunny, off).rate(Flux.TRANSPIRATION));
  }
}
