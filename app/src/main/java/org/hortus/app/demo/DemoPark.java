package org.hortus.app.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.model.sim.ActuatorSettings;
import org.hortus.model.sim.DiurnalWeather;
import org.hortus.model.sim.FirstOrderClimateModel;
import org.hortus.model.sim.IndoorClimate;
import org.hortus.model.sim.SimulatedGreenhouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded demo park: a simulated greenhouse behind a real OPC UA server on loopback.
 *
 * <p>{@link #start} binds the server and starts one daemon thread, {@code demo-park-sim}, that
 * advances the model every tick and publishes its values; {@link #close} stops both. Writes from
 * OPC UA clients arrive on Milo's threads and are handed to the simulation thread, which alone
 * touches the model.
 */
public final class DemoPark implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DemoPark.class);

  public static final String GREENHOUSE_ID = "GH-01";
  private static final Duration TICK = Duration.ofMillis(500);

  private final SimulatedGreenhouse house;
  private final OpcUaPointServer server;
  private final ScheduledExecutorService simulation;
  private final double speedFactor;

  private DemoPark(SimulatedGreenhouse house, OpcUaPointServer server, double speedFactor) {
    this.house = house;
    this.server = server;
    this.speedFactor = speedFactor;
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
    SimulatedGreenhouse house =
        new SimulatedGreenhouse(
            GREENHOUSE_ID,
            new FirstOrderClimateModel(),
            DiurnalWeather.springDay(),
            new IndoorClimate(19.5, 78, 420),
            LocalDateTime.now(Clock.system(ZoneId.systemDefault())));
    List<ServedPoint> points =
        DemoParkPoints.all().stream()
            .map(
                p ->
                    new ServedPoint(
                        p.path(GREENHOUSE_ID),
                        p.unit(),
                        p.writable(),
                        p.read(house.climate(), house.actuators().ventOpeningPercent())))
            .toList();
    OpcUaPointServer server = OpcUaPointServer.start(bindAddress, port, points);
    DemoPark park = new DemoPark(house, server, speedFactor);
    server.onWrite(park::acceptWrite);
    park.simulation.scheduleAtFixedRate(
        park::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
    log.info("Demo park serving {} at {}", GREENHOUSE_ID, server.endpointUrl());
    return park;
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
    simulation.execute(() -> house.setActuators(new ActuatorSettings(value)));
    return true;
  }

  private void tick() {
    try {
      house.advance(Duration.ofNanos((long) (TICK.toNanos() * speedFactor)));
      Instant now = Instant.now();
      for (DemoParkPoints point : DemoParkPoints.all()) {
        if (point.writable()) {
          continue; // the server holds the commanded value; echoing it would race a new write
        }
        server.update(
            point.path(GREENHOUSE_ID),
            point.read(house.climate(), house.actuators().ventOpeningPercent()),
            now);
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
