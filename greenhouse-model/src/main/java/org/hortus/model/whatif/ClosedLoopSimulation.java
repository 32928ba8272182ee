package org.hortus.model.whatif;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.hortus.model.Site;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ClimateController;
import org.hortus.model.control.ClimateInputs;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.control.ManualOverride;
import org.hortus.model.control.SensorReading;
import org.hortus.model.control.irrigation.IrrigationController;
import org.hortus.model.control.irrigation.IrrigationInputs;
import org.hortus.model.control.irrigation.IrrigationOutputs;
import org.hortus.model.control.irrigation.ZoneReading;
import org.hortus.model.schedule.WaterNetwork;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.OutsideConditions;
import org.hortus.model.sim.weather.WeatherSource;
import org.hortus.model.sun.SolarCalculator;

/**
 * The climate controller driving the physics model, closed loop: each scan reads the simulated
 * sensors, resolves the recipe, runs the controller and applies its commands for one scan
 * length. The same controller code runs the live park. Deterministic for a given weather source;
 * no threads.
 */
public final class ClosedLoopSimulation {

  private final Site site;
  private final ClimateRecipe recipe;
  private final LocalDate plantingDate;
  private final CompartmentParameters parameters;
  private final ClimateSettings settings;
  private final WeatherSource weather;
  private final SetpointResolver resolver = new SetpointResolver(new SolarCalculator());
  private final ClimateController controller;
  private final GreenhouseModel model;
  private final GreenhouseState state;
  private final KpiTally tally;
  private GreenhouseActuators actuators;
  private Instant time;
  private List<ManualOverride> overrides = List.of();
  private IrrigationController irrigation;
  private WaterNetwork waterNetwork;
  private List<String> zoneIds = List.of();
  private IrrigationOutputs lastIrrigation;

  public ClosedLoopSimulation(
      Site site,
      ClimateRecipe recipe,
      LocalDate plantingDate,
      CompartmentParameters parameters,
      ClimateSettings settings,
      WeatherSource weather,
      Instant start) {
    this.site = site;
    this.recipe = recipe;
    this.plantingDate = plantingDate;
    this.parameters = parameters;
    this.settings = settings;
    this.weather = weather;
    this.controller = new ClimateController(settings, site.zone());
    this.model = new GreenhouseModel(parameters);
    OutsideConditions first = weather.at(start);
    // Start as a house that has been under control: at the recipe's heating setpoint.
    double startAir = resolver.resolve(site, recipe, plantingDate, start).heatingTemperatureCelsius();
    this.state = GreenhouseState.initial(parameters, Math.max(startAir, first.temperatureCelsius()), 80, first.co2Ppm());
    this.actuators = GreenhouseActuators.allOff(parameters.zones().size());
    this.time = start;
    this.tally = new KpiTally(settings);
  }

  /** One scan of {@code scan} length; returns what happened. */
  public LoopStep step(Duration scan) {
    double seconds = scan.toNanos() / 1e9;
    OutsideConditions outside = weather.at(time);
    ResolvedSetpoints setpoints = resolver.resolve(site, recipe, plantingDate, time);
    ClimateScan commands = controller.scan(inputs(outside), setpoints, overrides, seconds);
    LoopStep step =
        new LoopStep(time, outside, state.airTemperatureCelsius(), state.relativeHumidityPercent(), state.co2Ppm(), setpoints, commands);
    actuators = apply(commands);
    if (irrigation != null) {
      actuators = irrigate(outside, setpoints);
    }
    model.step(state, weather.at(time.plus(scan.dividedBy(2))), actuators, seconds);
    time = time.plus(scan);
    tally.add(step, seconds);
    return step;
  }

  /**
   * Lets an irrigation controller water the compartment's zones: {@code zoneIds} are the park
   * zones in the order of the compartment's zones; a valve open delivers the zone's pump
   * capacity spread over the zone.
   */
  public void enableIrrigation(IrrigationController controller, WaterNetwork network, List<String> zoneIds) {
    if (zoneIds.size() != parameters.zones().size()) {
      throw new IllegalArgumentException(
          zoneIds.size() + " zone ids for " + parameters.zones().size() + " compartment zones");
    }
    this.irrigation = controller;
    this.waterNetwork = network;
    this.zoneIds = List.copyOf(zoneIds);
  }

  /** The irrigation controller's last outputs, if irrigation is enabled. */
  public java.util.Optional<IrrigationOutputs> lastIrrigation() {
    return java.util.Optional.ofNullable(lastIrrigation);
  }

  /** Manual overrides to apply from now on, as a technician would set them. */
  public void setOverrides(List<ManualOverride> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** Runs for {@code total} in scans of {@code scan}, telling {@code observer} of each step. */
  public void run(Duration total, Duration scan, Consumer<LoopStep> observer) {
    Instant end = time.plus(total);
    while (time.isBefore(end)) {
      observer.accept(step(scan));
    }
  }

  /** The totals so far: energy, water, CO2, hours out of band, interlock events. */
  public KpiSummary summary() {
    var ledger = state.ledger();
    double irrigation = 0;
    for (int z = 0; z < parameters.zones().size(); z++) {
      irrigation += ledger.irrigationLitresPerM2(z) * parameters.zones().get(z).areaM2() / parameters.floorAreaM2();
    }
    return tally.summary(
        ledger.total(org.hortus.model.sim.physics.Flux.BOILER_TO_PIPES) / 1e6,
        irrigation,
        ledger.total(org.hortus.model.sim.physics.Flux.CO2_DOSING) / 1e6);
  }

  public GreenhouseState state() {
    return state;
  }

  public Instant time() {
    return time;
  }

  private GreenhouseActuators irrigate(OutsideConditions outside, ResolvedSetpoints setpoints) {
    Map<String, ZoneReading> readings = new LinkedHashMap<>();
    for (int z = 0; z < zoneIds.size(); z++) {
      readings.put(zoneIds.get(z), ZoneReading.of(setpoints, outside.globalRadiationWattsPerM2(),
          OptionalDouble.of(state.substrateWaterContentFraction(z) * 100)));
    }
    // Flow meters: each supply's pump runs while one of its valves is open.
    Map<String, Double> flows = new LinkedHashMap<>();
    for (var supply : waterNetwork.supplies()) {
      flows.put(supply.id(), 0.0);
    }
    if (lastIrrigation != null) {
      for (String zoneId : zoneIds) {
        if (lastIrrigation.zone(zoneId).open()) {
          var supply = waterNetwork.supplyOf(zoneId);
          flows.put(supply.id(), supply.pumpCapacityLitresPerHour());
        }
      }
    }
    lastIrrigation = irrigation.scan(new IrrigationInputs(time, readings, flows));
    GreenhouseActuators watered = actuators;
    for (int z = 0; z < zoneIds.size(); z++) {
      String zoneId = zoneIds.get(z);
      double flow = 0;
      if (lastIrrigation.zone(zoneId).open()) {
        flow = waterNetwork.supplyOf(zoneId).pumpCapacityLitresPerHour() / parameters.zones().get(z).areaM2();
      }
      watered = watered.withIrrigation(z, flow);
    }
    return watered;
  }

  private ClimateInputs inputs(OutsideConditions outside) {
    return new ClimateInputs(
        time,
        time.atZone(site.zone()).toLocalDate(),
        SensorReading.good(state.airTemperatureCelsius(), time),
        java.util.Optional.empty(),
        SensorReading.good(Math.min(100, state.relativeHumidityPercent()), time),
        SensorReading.good(state.co2Ppm(), time),
        SensorReading.good(outside.temperatureCelsius(), time),
        SensorReading.good(outside.globalRadiationWattsPerM2(), time),
        SensorReading.good(outside.windSpeedMetresPerSecond(), time),
        SensorReading.good(outside.rainMillimetresPerHour() > 0 ? 1 : 0, time));
  }

  private GreenhouseActuators apply(ClimateScan scan) {
    double pipe = scan.value(Actuator.HEATING_PIPE_TEMPERATURE);
    // At the minimum pipe temperature the mixing valve is shut: no boiler heat.
    double supply = pipe <= settings.minPipeCelsius() + 1e-6 ? GreenhouseActuators.HEATING_OFF_CELSIUS : pipe;
    double co2GramsPerM2PerHour = scan.value(Actuator.CO2_DOSING) * 1000 / parameters.floorAreaM2();
    return actuators
        .withPipeSupplyTemperature(supply)
        .withVents(scan.value(Actuator.LEE_VENT), scan.value(Actuator.WINDWARD_VENT))
        .withScreens(scan.value(Actuator.ENERGY_SCREEN), scan.value(Actuator.SHADE_SCREEN))
        .withCo2Dosing(co2GramsPerM2PerHour)
        .withLamps(scan.value(Actuator.LAMPS) > 0.5);
  }
}
