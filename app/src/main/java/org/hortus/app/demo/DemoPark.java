package org.hortus.app.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.app.park.ShippedFiles;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.ClimateNormals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo park: greenhouse GH-01 of the shipped demo park file, simulated by the physics
 * model in synthetic Binhai weather from today on, behind a real OPC UA server on loopback.
 *
 * <p>{@link #start} binds the server and starts one daemon thread, {@code demo-park-sim}, that
 * advances the model every tick (in steps of at most 60 simulated seconds) and publishes its
 * values; {@link #close} stops both. Writes from OPC UA clients arrive on Milo's threads and are
 * handed to the simulation thread, which alone touches the model. The vent opening a client writes
 * sets the lee and the windward vents alike; the house's PLC keeps its own backstop heating ({@link
 * BackstopHeating}) until a climate controller drives it.
 */
public final class DemoPark implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoPark.class);

  public static final String GREENHOUSE_ID = "GH-01";
  private static final Duration TICK = Duration.ofMillis(500);
  private static final Duration MAX_STEP = Duration.ofSeconds(60);
  private static final long WEATHER_SEED = 20_260_101;

  private final GreenhouseSimulation house;
  private final BackstopHeating backstop;
  private final OpcUaPointServer server;
  private final ScheduledExecutorService simulation;
  private final double speedFactor;
  private GreenhouseActuators actuators; // simulation thread only
  private double ventOpeningPercent; // simulation thread only

  private DemoPark(
      GreenhouseSimulation house,
      BackstopHeating backstop,
      OpcUaPointServer server,
      double speedFactor) {
    this.house = house;
    this.backstop = backstop;
    this.server = server;
    this.speedFactor = speedFactor;
    this.actuators = GreenhouseActuators.allOff(house.state().parameters().zones().size());
    this.simulation =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "demo-park-sim");
              thread.setDaemon(true);
              return thread;
            });
  }

  /**
   * Starts the park's OPC UA server on {@code bindAddress:port} (port 0: any free port) and its
   * simulation, running {@code speedFactor} times faster than the wall clock.
   */
  public static DemoPark start(String bindAddress, int port, double speedFactor) {
    if (!(speedFactor > 0)) {
      throw new IllegalArgumentException("simulation speed must be positive, was " + speedFactor);
    }
    Park park = shippedPark();
    Greenhouse greenhouse = park.greenhouse(GREENHOUSE_ID).orElseThrow();
    CompartmentParameters parameters = CompartmentFactory.compartment(greenhouse);
    Instant now = Instant.now();
    DemoWeather weather =
        new DemoWeather(
            CompartmentFactory.weatherSite(park.name(), park.site()),
            ClimateNormals.jiangsuCoast(),
            LocalDate.ofInstant(now, park.site().zone()),
            WEATHER_SEED);
    GreenhouseState state = GreenhouseState.initial(parameters, 19.5, 78, weather.at(now).co2Ppm());
    GreenhouseSimulation house =
        new GreenhouseSimulation(new GreenhouseModel(parameters), weather, state, now);
    List<ServedPoint> points =
        DemoParkPoints.all().stream()
            .map(
                p ->
                    new ServedPoint(
                        p.path(GREENHOUSE_ID), p.unit(), p.writable(), p.read(state, 0)))
            .toList();
    OpcUaPointServer server = OpcUaPointServer.start(bindAddress, port, points);
    DemoPark demo =
        new DemoPark(
            house,
            new BackstopHeating(greenhouse.heatingPipes().maxSupplyTemperatureCelsius()),
            server,
            speedFactor);
    server.onWrite(demo::acceptWrite);
    demo.simulation.scheduleAtFixedRate(demo::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Demo park serving {} at {}", GREENHOUSE_ID, server.endpointUrl());
    return demo;
  }

  private static Park shippedPark() {
    try {
      return ShippedFiles.demoPark();
    } catch (InvalidFileException e) {
      throw new IllegalStateException("the shipped demo park file is invalid", e);
    }
  }

  /** Called on the server's thread when a client writes; validates, then hands it over. */
  private boolean acceptWrite(String path, double value) {
    if (!path.equals(DemoParkPoints.VENT_OPENING.path(GREENHOUSE_ID))) {
      return false;
    }
    if (!(value >= 0 && value <= 100)) {
      log.warn("Refused vent opening {} % for {}: must be 0–100 %", value, GREENHOUSE_ID);
      return false;
    }
    simulation.execute(
        () -> {
          ventOpeningPercent = value;
          actuators = actuators.withVents(value, value);
        });
    return true;
  }

  private void tick() {
    try {
      long left = (long) (TICK.toNanos() * speedFactor);
      while (left > 0) {
        long step = Math.min(left, MAX_STEP.toNanos());
        double supply = backstop.supplyCelsius(house.state().airTemperatureCelsius());
        actuators = actuators.withPipeSupplyTemperature(supply);
        house.advance(Duration.ofNanos(step), actuators);
        left -= step;
      }
      Instant now = Instant.now();
      for (DemoParkPoints point : DemoParkPoints.all()) {
        if (point.writable()) {
          continue; // the server holds the commanded value; echoing it would race a new write
        }
        server.update(
            point.path(GREENHOUSE_ID), point.read(house.state(), ventOpeningPercent), now);
      }
    } catch (RuntimeException e) {
      // A failed tick must not end the schedule: the park would freeze silently.
      log.error("Demo park tick failed", e);
    }
  }

  public String endpointUrl() {
    return server.endpointUrl();
  }

  /** The client address of a point of the demo greenhouse. */
  public String address(DemoParkPoints point) {
    return server.address(point.path(GREENHOUSE_ID));
  }

  /** The value the server currently holds for a point: what any OPC UA client would read. */
  public double servedValue(DemoParkPoints point) {
    return server.currentValue(point.path(GREENHOUSE_ID));
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
    server.close();
  }
}
