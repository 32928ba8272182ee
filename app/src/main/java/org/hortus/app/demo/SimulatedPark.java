package org.hortus.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.app.park.ShippedFiles;
import org.hortus.devices.modbus.ModbusRegisterServer;
import org.hortus.devices.modbus.ModbusTable;
import org.hortus.devices.modbus.RegisterWrite;
import org.hortus.devices.modbus.WordOrder;
import org.hortus.devices.modbus.WriteDecision;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.devices.opcua.OpcUaServerConfig;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.weather.ClimateNormals;
import org.hortus.model.sim.weather.OutsideConditions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated demo park: every greenhouse of the shipped park file on the physics model in
 * synthetic Binhai weather, behind two real field-device servers on loopback, as real PLCs
 * would be: an OPC UA server for climate (sensors, actuators, watchdog) and the weather station,
 * and a Modbus TCP server for irrigation valves, substrate sensors, flow meters, the drainage
 * basin's water level, the rain gauge, smoke detectors and door contacts ({@link ModbusMap}).
 *
 * <p>{@link #start} binds both servers and starts one thread, {@code demo-park-sim}, that advances
 * the park every 500 ms by 500 ms × the speed factor and publishes the values; {@link #close}
 * stops it. Client writes arrive on the servers' threads and are handed to the simulation thread,
 * which alone touches the model.
 */
public final class SimulatedPark implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SimulatedPark.class);

  private static final Duration TICK = Duration.ofMillis(500);
  private static final Duration MAX_STEP = Duration.ofSeconds(60);
  private static final long WEATHER_SEED = 20_260_101;

  private final Park park;
  private final double speedFactor;
  private final DemoWeather weather;
  private final Map<String, SimulatedHouse> houses = new LinkedHashMap<>();
  private final List<Zone> zones = new ArrayList<>();
  private final DrainageBasin basin = new DrainageBasin();
  private final ScheduledExecutorService simulation;
  private OpcUaPointServer climate;
  private ModbusRegisterServer irrigation;
  private Instant simTime;
  private OutsideConditions outside;

  private SimulatedPark(Park park, double speedFactor, Instant start) {
    this.park = park;
    this.speedFactor = speedFactor;
    this.simTime = start;
    this.weather = new DemoWeather(
        CompartmentFactory.weatherSite(park.name(), park.site()), ClimateNormals.jiangsuCoast(),
        LocalDate.ofInstant(start, park.site().zone()), WEATHER_SEED);
    this.outside = weather.at(start);
    for (Greenhouse house : park.greenhouses()) {
      houses.put(house.id(), new SimulatedHouse(house, outside));
      zones.addAll(house.zones());
    }
    this.simulation = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "demo-park-sim");
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * Starts the simulated park: OPC UA on {@code bindAddress:opcuaPort}, Modbus TCP on {@code
   * bindAddress:modbusPort} (0: any free port), {@code speedFactor} times faster than real time.
   */
  public static SimulatedPark start(String bindAddress, int opcuaPort, int modbusPort, double speedFactor) {
    return start(OpcUaServerConfig.builder(bindAddress, opcuaPort).build(), modbusPort, speedFactor);
  }

  /**
   * As {@link #start(String, int, int, double)} with the OPC UA server's security as configured
   * (endpoints, users, PKI folder, accepting unknown clients); Modbus binds to the same address.
   */
  public static SimulatedPark start(OpcUaServerConfig climateServer, int modbusPort, double speedFactor) {
    if (!(speedFactor > 0)) {
      throw new IllegalArgumentException("simulation speed must be positive, was " + speedFactor);
    }
    String bindAddress = climateServer.bindAddress();
    SimulatedPark sim = new SimulatedPark(shippedPark(), speedFactor, Instant.now());
    sim.climate = OpcUaPointServer.start(climateServer, sim.servedPoints());
    sim.climate.onWrite(sim::acceptClimateWrite);
    sim.irrigation = ModbusRegisterServer.start(bindAddress, modbusPort, Set.of(ModbusMap.UNIT));
    sim.fillRegisterImage();
    sim.irrigation.setWriteListener(sim::acceptIrrigationWrite);
    sim.simulation.scheduleAtFixedRate(sim::tickQuietly, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Simulated park: {} greenhouses, OPC UA {}, Modbus TCP {}, {}× real time",
        sim.houses.size(), sim.climate.endpointUrl(), sim.irrigation.address(), speedFactor);
    return sim;
  }

  private static Park shippedPark() {
    try {
      return ShippedFiles.demoPark();
    } catch (InvalidFileException e) {
      throw new IllegalStateException("the shipped demo park file is invalid", e);
    }
  }

  private List<ServedPoint> servedPoints() {
    List<ServedPoint> points = new ArrayList<>();
    for (SimulatedHouse house : houses.values()) {
      String id = house.greenhouse().id();
      for (ClimatePoint point : ClimatePoint.values()) {
        points.add(new ServedPoint(point.path(id), point.unit(), point.writable(), house.read(point))
            .withEuRange(point.low(), point.high()));
      }
    }
    for (WeatherPoint point : WeatherPoint.values()) {
      points.add(new ServedPoint(point.path(), point.unit(), false, point.read(outside)));
    }
    return points;
  }

  private void fillRegisterImage() {
    for (int z = 0; z < zones.size(); z++) {
      irrigation.setCoil(ModbusMap.UNIT, ModbusMap.valveCoil(z), false);
    }
    for (int h = 0; h < houses.size(); h++) {
      irrigation.setDiscreteInput(ModbusMap.UNIT, ModbusMap.smokeInput(h), false);
      irrigation.setDiscreteInput(ModbusMap.UNIT, ModbusMap.doorInput(h), false);
    }
    irrigation.setDiscreteInput(ModbusMap.UNIT, ModbusMap.BOILER_SMOKE_INPUT, false);
    irrigation.setDiscreteInput(ModbusMap.UNIT, ModbusMap.BOILER_DOOR_INPUT, false);
    publishRegisters();
  }

  /** On a Milo server thread: accept writable climate points within range, apply on the sim thread. */
  private boolean acceptClimateWrite(String path, double value) {
    for (SimulatedHouse house : houses.values()) {
      for (ClimatePoint point : ClimatePoint.values()) {
        if (point.writable() && point.path(house.greenhouse().id()).equals(path)) {
          if (!(value >= point.low() && value <= point.high())) {
            return false;
          }
          long wall = System.currentTimeMillis();
          simulation.execute(() -> house.command(point, value, wall));
          return true;
        }
      }
    }
    return false;
  }

  /** On the Modbus server's thread: valve coils only. */
  private WriteDecision acceptIrrigationWrite(RegisterWrite write) {
    if (write.table() != ModbusTable.COIL || write.address() + write.values().size() > zones.size()) {
      return WriteDecision.VETO;
    }
    List<Integer> values = write.values();
    simulation.execute(() -> {
      for (int i = 0; i < values.size(); i++) {
        setValve(write.address() + i, values.get(i) != 0);
      }
    });
    return WriteDecision.ACCEPT;
  }

  private void setValve(int zoneIndex, boolean open) {
    Zone zone = zones.get(zoneIndex);
    for (SimulatedHouse house : houses.values()) {
      int local = house.zones().indexOf(zone);
      if (local >= 0) {
        WaterSupply supply = supply(zone.waterSupplyId());
        house.setValve(local, open, supply.pumpCapacityLitresPerHour() / zone.areaM2());
      }
    }
  }

  private WaterSupply supply(String id) {
    return park.waterSupplies().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private void tickQuietly() {
    try {
      tick();
    } catch (RuntimeException e) {
      // A failed tick must not end the schedule: the park would freeze silently.
      log.error("Simulated park tick failed", e);
    }
  }

  private void tick() {
    long wall = System.currentTimeMillis();
    for (SimulatedHouse house : houses.values()) {
      house.checkWatchdog(wall);
    }
    long left = (long) (TICK.toNanos() * speedFactor);
    while (left > 0) {
      long step = Math.min(left, MAX_STEP.toNanos());
      double seconds = step / 1e9;
      outside = weather.at(simTime.plusNanos(step / 2));
      double drainBefore = totalDrainLitres();
      for (SimulatedHouse house : houses.values()) {
        house.advance(outside, seconds);
      }
      // Drain water into a basin of about 1 % of the glass area: litres per m² of basin = mm.
      double drainMillimetres = (totalDrainLitres() - drainBefore) / (totalFloorArea() * 0.01);
      basin.advance(outside.rainMillimetresPerHour(), drainMillimetres, seconds);
      simTime = simTime.plusNanos(step);
      left -= step;
    }
    publish();
  }

  private double totalDrainLitres() {
    double litres = 0;
    for (SimulatedHouse house : houses.values()) {
      for (int z = 0; z < house.zones().size(); z++) {
        litres += house.drainLitresPerM2(z) * house.zones().get(z).areaM2();
      }
    }
    return litres;
  }

  private double totalFloorArea() {
    return park.greenhouses().stream().mapToDouble(Greenhouse::floorAreaM2).sum();
  }

  private void publish() {
    Instant now = Instant.now();
    for (SimulatedHouse house : houses.values()) {
      for (ClimatePoint point : ClimatePoint.values()) {
        if (!point.writable()) {
          climate.update(point.path(house.greenhouse().id()), house.read(point), now);
        }
      }
    }
    for (WeatherPoint point : WeatherPoint.values()) {
      climate.update(point.path(), point.read(outside), now);
    }
    publishRegisters();
  }

  private void publishRegisters() {
    Map<String, Double> flows = new LinkedHashMap<>();
    for (WaterSupply supply : park.waterSupplies()) {
      flows.put(supply.id(), 0.0);
    }
    for (int z = 0; z < zones.size(); z++) {
      Zone zone = zones.get(z);
      SimulatedHouse house = houseOf(zone);
      int local = house.zones().indexOf(zone);
      double water = house.substrateWaterContentPercent(local);
      irrigation.setInputRegister(ModbusMap.UNIT, ModbusMap.waterContentRegister(z), (int) Math.round(water * 10));
      // EC concentrates as the slab dries (2.6 mS/cm at 75 % water content).
      double ec = Math.min(9, 2.6 * 75 / Math.max(10, water));
      irrigation.setInputRegister(ModbusMap.UNIT, ModbusMap.ecRegister(z), (int) Math.round(ec * 100));
      if (house.watering(local)) {
        flows.put(zone.waterSupplyId(), supply(zone.waterSupplyId()).pumpCapacityLitresPerHour());
      }
    }
    int s = 0;
    for (WaterSupply supply : park.waterSupplies()) {
      irrigation.setFloat32(ModbusTable.INPUT_REGISTER, ModbusMap.UNIT, ModbusMap.flowRegister(s++),
          flows.get(supply.id()).floatValue(), WordOrder.HIGH_LOW);
    }
    irrigation.setInputRegister(ModbusMap.UNIT, ModbusMap.DRAIN_LEVEL_REGISTER, (int) Math.round(basin.levelMillimetres()));
    irrigation.setInputRegister(ModbusMap.UNIT, ModbusMap.RAIN_GAUGE_REGISTER, (int) Math.round(outside.rainMillimetresPerHour() * 10));
  }

  private SimulatedHouse houseOf(Zone zone) {
    return houses.values().stream().filter(h -> h.zones().contains(zone)).findFirst().orElseThrow();
  }

  public Park park() {
    return park;
  }

  public List<Zone> zones() {
    return List.copyOf(zones);
  }

  public String opcUaEndpoint() {
    return climate.endpointUrl();
  }

  /** {@code host:port} of the Modbus TCP server. */
  public String modbusAddress() {
    return irrigation.address();
  }

  public int modbusPort() {
    return irrigation.port();
  }

  /** The OPC UA address of a served path. */
  public String address(String path) {
    return climate.address(path);
  }

  /** What an OPC UA client reads for a path now. */
  public double servedValue(String path) {
    return climate.currentValue(path);
  }

  /** Whether a house's PLC is in its local safe mode (asked on the simulation thread). */
  public boolean safeMode(String greenhouseId) throws Exception {
    return simulation.submit(() -> houses.get(greenhouseId).safeMode()).get(5, TimeUnit.SECONDS);
  }

  /** Sets a discrete input (smoke, door) as a field event would, for demos and tests. */
  public void setDiscreteInput(int address, boolean value) {
    irrigation.setDiscreteInput(ModbusMap.UNIT, address, value);
  }

  /** Sets the drainage basin's level, for flood demos and tests. */
  public void setDrainLevelMillimetres(double level) {
    simulation.execute(() -> basin.setLevelMillimetres(level));
  }

  public Optional<Greenhouse> greenhouse(String id) {
    return park.greenhouse(id);
  }

  public double speedFactor() {
    return speedFactor;
  }

  @Override
  public void close() {
    simulation.shutdownNow();
    try {
      simulation.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    irrigation.close();
    climate.close();
  }
}
