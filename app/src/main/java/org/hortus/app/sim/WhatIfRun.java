package org.hortus.app.sim;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.control.irrigation.IrrigationConfig;
import org.hortus.model.control.irrigation.IrrigationController;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.schedule.WaterNetwork;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.weather.WeatherSource;
import org.hortus.model.whatif.ClosedLoopSimulation;
import org.hortus.model.whatif.KpiSummary;
import org.hortus.model.whatif.LoopStep;

/**
 * A what-if run: one greenhouse of a park under a recipe, closed loop, with the same climate
 * and irrigation controllers the live park runs, against the physics model. One-minute scans.
 */
public final class WhatIfRun {

  public static final Duration SCAN = Duration.ofMinutes(1);

  private WhatIfRun() {}

  /** Runs and returns the KPI summary; {@code observer} sees every step. */
  public static KpiSummary run(
      Park park, Greenhouse house, ClimateRecipe recipe, WeatherSource weather, Instant start,
      Duration length, Consumer<LoopStep> observer) {
    ClosedLoopSimulation loop = prepare(park, house, recipe, weather, start);
    loop.run(length, SCAN, observer);
    return loop.summary();
  }

  /**
   * The closed loop of {@link #run} before its first scan, for a caller that steps it itself (in
   * {@link #SCAN}s) to report progress or stop early.
   */
  public static ClosedLoopSimulation prepare(
      Park park, Greenhouse house, ClimateRecipe recipe, WeatherSource weather, Instant start) {
    ClimateSettings settings = ClimateSettings.defaults()
        .withCo2Supply(house.co2Supply().capacityKgPerHour(), house.co2Supply().dailyLimitKg());
    ClosedLoopSimulation loop = new ClosedLoopSimulation(
        park.site(), recipe, house.crop().plantingDate(), CompartmentFactory.compartment(house), settings, weather, start);
    WaterNetwork network = network(park, house);
    loop.enableIrrigation(
        new IrrigationController(IrrigationConfig.builder(park.site().zone(), network).build()),
        network, house.zones().stream().map(Zone::id).toList());
    return loop;
  }

  /** The house's zones and the supplies that feed them: a what-if waters one house alone. */
  private static WaterNetwork network(Park park, Greenhouse house) {
    Set<String> supplyIds = new LinkedHashSet<>();
    for (Zone zone : house.zones()) {
      supplyIds.add(zone.waterSupplyId());
    }
    List<WaterSupply> supplies = park.waterSupplies().stream().filter(s -> supplyIds.contains(s.id())).toList();
    return WaterNetwork.of(supplies, house.zones());
  }
}
