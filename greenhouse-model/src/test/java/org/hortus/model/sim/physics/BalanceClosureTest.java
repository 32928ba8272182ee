package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.SyntheticWeather;
import org.hortus.model.sim.weather.WeatherSite;
import org.junit.jupiter.api.Test;

class BalanceClosureTest {

  private static final LocalDate DAY = LocalDate.of(2025, 5, 14);

  /** Every actuator in use at some hour of the day, so every flux takes part. */
  private static GreenhouseActuators schedule(int hour, int zones) {
    GreenhouseActuators a = GreenhouseActuators.allOff(zones);
    if (hour < 6) {
      return a.withPipeSupplyTemperature(55).withScreens(100, 0);
    }
    if (hour < 10) {
      a = a.withLamps(true).withCo2Dosing(15).withPipeSupplyTemperature(45);
      return hour == 8 ? a.withIrrigation(0, 3).withIrrigation(1, 1.5) : a;
    }
    if (hour < 16) {
      a = a.withVents(60, 30).withScreens(0, 50).withCo2Dosing(5);
      return hour >= 12 && hour < 14 ? a.withFogging(150).withIrrigation(2, 2) : a;
    }
    return a.withVents(10, 0).withPipeSupplyTemperature(40).withScreens(50, 0);
  }

  @Test
  void energyVapourAndCo2BalancesCloseWithinOnePercentOverASimulatedDay() {
    CompartmentParameters p = CompartmentParameters.venloTomato();
    GreenhouseModel model = new GreenhouseModel(p);
    SyntheticWeather weather =
        SyntheticWeather.generate(WeatherSite.deBilt(), ClimateNormals.netherlands(), DAY, DAY, 7);
    GreenhouseState state = GreenhouseState.initial(p, 16, 85, 450);
    state.setSubstrateWaterLitresPerM2(0, 6.3);
    GreenhouseState start = state.copy();
    GreenhouseSimulation sim =
        new GreenhouseSimulation(
            model,
            weather,
            state,
            ZonedDateTime.of(DAY.atStartOfDay(), ZoneId.of("Europe/Amsterdam")).toInstant());

    for (int minute = 0; minute < 24 * 60; minute++) {
      sim.advance(Duration.ofMinutes(1), schedule(minute / 60, p.zones().size()));
    }

    BalanceLedger ledger = state.ledger();
    assertEquals(86_400, ledger.seconds(), 1e-6);
    assertCloses(
        "energy",
        ledger,
        Flux.Balance.ENERGY,
        model.energyStorageJoulesPerM2(state) - model.energyStorageJoulesPerM2(start));
    assertCloses(
        "vapour",
        ledger,
        Flux.Balance.VAPOUR,
        model.vapourStorageKgPerM2(state) - model.vapourStorageKgPerM2(start));
    assertCloses(
        "CO2",
        ledger,
        Flux.Balance.CO2,
        model.co2StorageMilligramsPerM2(state) - model.co2StorageMilligramsPerM2(start));
    for (int z = 0; z < p.zones().size(); z++) {
      double change = state.substrateWaterLitresPerM2(z) - start.substrateWaterLitresPerM2(z);
      double net =
          ledger.irrigationLitresPerM2(z)
              - ledger.uptakeLitresPerM2(z)
              - ledger.drainLitresPerM2(z);
      assertEquals(change, net, 1e-9, "water of zone " + z);
    }
    // Every flux took part.
    for (Flux f : Flux.values()) {
      assertTrue(Math.abs(ledger.total(f)) > 0, f + " never flowed");
    }
    assertTrue(ledger.drainLitresPerM2(0) > 0, "zone 0 drained");
  }

  private static void assertCloses(
      String what, BalanceLedger ledger, Flux.Balance balance, double storageChange) {
    double net = ledger.net(balance);
    double gross = ledger.gross(balance);
    assertTrue(
        Math.abs(storageChange - net) <= 0.01 * gross,
        what
            + ": storage changed "
            + storageChange
            + ", fluxes add up to "
            + net
            + " (gross "
            + gross
            + ")");
    // Explicit integration books exactly the fluxes it applies: closure is at rounding level.
    assertEquals(storageChange, net, 1e-9 * gross, what);
  }
}
