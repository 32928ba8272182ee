package org.hortus.app.demo;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.OutsideConditions;

/**
 * One simulated greenhouse and its PLC: the physics model, the actuator values the console last
 * wrote, and the PLC's watchdog. Without a heartbeat for the watchdog time the PLC drops to its
 * local safe mode (vents shut against storms, frost-protection heating, irrigation and CO2 off)
 * and says so in its Mode point; when heartbeats return, the console's commands apply again.
 * Touched only by the park's simulation thread.
 */
final class SimulatedHouse {

  static final long WATCHDOG_MILLIS = 10_000;
  private static final double PIPE_OFF_BELOW_CELSIUS = 20.5;

  private final Greenhouse greenhouse;
  private final CompartmentParameters parameters;
  private final GreenhouseModel model;
  private final GreenhouseState state;
  private final BackstopHeating backstop;
  private final Map<ClimatePoint, Double> commanded = new EnumMap<>(ClimatePoint.class);
  private final boolean[] valveOpen;
  private final double[] zoneFlowLitresPerM2PerHour;
  private long lastHeartbeatMillis = Long.MIN_VALUE;
  private boolean safeMode = true;

  SimulatedHouse(Greenhouse greenhouse, OutsideConditions start) {
    this.greenhouse = greenhouse;
    this.parameters = CompartmentFactory.compartment(greenhouse);
    this.model = new GreenhouseModel(parameters);
    this.state = GreenhouseState.initial(parameters, 18.5, 80, start.co2Ppm());
    this.backstop = new BackstopHeating(greenhouse.heatingPipes().maxSupplyTemperatureCelsius());
    this.valveOpen = new boolean[greenhouse.zones().size()];
    this.zoneFlowLitresPerM2PerHour = new double[greenhouse.zones().size()];
    for (ClimatePoint point : ClimatePoint.values()) {
      if (point.writable()) {
        commanded.put(point, 0.0);
      }
    }
  }

  void command(ClimatePoint point, double value, long wallMillis) {
    commanded.put(point, value);
    if (point == ClimatePoint.HEARTBEAT) {
      lastHeartbeatMillis = wallMillis;
    }
  }

  void setValve(int zone, boolean open, double flowLitresPerM2PerHour) {
    valveOpen[zone] = open;
    zoneFlowLitresPerM2PerHour[zone] = open ? flowLitresPerM2PerHour : 0;
  }

  /** Checks the watchdog at wall time {@code wallMillis}; returns whether the PLC is in safe mode. */
  boolean checkWatchdog(long wallMillis) {
    safeMode = lastHeartbeatMillis == Long.MIN_VALUE || wallMillis - lastHeartbeatMillis > WATCHDOG_MILLIS;
    return safeMode;
  }

  void advance(OutsideConditions weather, double seconds) {
    model.step(state, weather, actuators(), seconds);
  }

  private GreenhouseActuators actuators() {
    GreenhouseActuators a = GreenhouseActuators.allOff(parameters.zones().size());
    if (safeMode) {
      return a.withPipeSupplyTemperature(backstop.supplyCelsius(state.airTemperatureCelsius()));
    }
    double pipe = commanded.get(ClimatePoint.PIPE_TEMPERATURE_SETPOINT);
    double supply = pipe < PIPE_OFF_BELOW_CELSIUS
        ? GreenhouseActuators.HEATING_OFF_CELSIUS
        : Math.min(pipe, greenhouse.heatingPipes().maxSupplyTemperatureCelsius());
    a = a.withPipeSupplyTemperature(supply)
        .withVents(commanded.get(ClimatePoint.LEE_VENT), commanded.get(ClimatePoint.WINDWARD_VENT))
        .withScreens(commanded.get(ClimatePoint.ENERGY_SCREEN), commanded.get(ClimatePoint.SHADE_SCREEN))
        .withCo2Dosing(commanded.get(ClimatePoint.CO2_DOSING) * 1000 / parameters.floorAreaM2())
        .withLamps(commanded.get(ClimatePoint.LAMPS) > 0.5);
    for (int z = 0; z < valveOpen.length; z++) {
      a = a.withIrrigation(z, zoneFlowLitresPerM2PerHour[z]);
    }
    return a;
  }

  /** The value the PLC reports for a point. */
  double read(ClimatePoint point) {
    return switch (point) {
      case AIR_TEMPERATURE -> state.airTemperatureCelsius();
      case RELATIVE_HUMIDITY -> Math.min(100, state.relativeHumidityPercent());
      case CO2 -> state.co2Ppm();
      case PIPE_TEMPERATURE -> state.pipeTemperatureCelsius();
      case MODE -> safeMode ? 1 : 0;
      default -> commanded.get(point);
    };
  }

  double substrateWaterContentPercent(int zone) {
    return state.substrateWaterContentFraction(zone) * 100;
  }

  double drainLitresPerM2(int zone) {
    return state.cumulativeDrainLitresPerM2(zone);
  }

  /** Whether water flows to the zone: its valve is commanded open and the PLC is not in safe mode. */
  boolean watering(int zone) {
    return valveOpen[zone] && !safeMode;
  }

  boolean safeMode() {
    return safeMode;
  }

  Greenhouse greenhouse() {
    return greenhouse;
  }

  List<org.hortus.model.park.Zone> zones() {
    return greenhouse.zones();
  }

  GreenhouseState state() {
    return state;
  }
}
