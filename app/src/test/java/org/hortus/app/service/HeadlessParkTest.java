package org.hortus.app.service;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.app.runtime.ScanListener;
import org.hortus.app.store.Database;
import org.hortus.devices.Point;
import org.hortus.devices.opcua.OpcUaDriver;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ManualOverride;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless park against the simulated demo park over real OPC UA and Modbus sockets. */
class HeadlessParkTest {

  @TempDir Path folder;
  private SimulatedPark sim;

  @BeforeEach
  void startSimulatedPark() {
    sim = SimulatedPark.start("127.0.0.1", 0, 0, 60);
  }

  @AfterEach
  void stopSimulatedPark() {
    sim.close();
  }

  private HeadlessPark start(List<ScanListener> listeners) throws Exception {
    return HeadlessPark.start(sim.park(), ShippedFiles.sampleRecipes(), DemoParkBindings.of(sim),
        Database.fileUrl(folder.resolve("hortus")), folder, Duration.ofMillis(500), listeners);
  }

  @Test
  void theDemoParkRunsOnTheControllersAndKeepsItsPlcsOutOfSafeMode() throws Exception {
    try (HeadlessPark park = start(List.of())) {
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        for (var house : sim.park().greenhouses()) {
          assertEquals(0, sim.servedValue(ClimatePoint.MODE.path(house.id())), house.id() + " still in local safe mode");
        }
      });
      GreenhouseScanState gh01 = park.runtime().lastScans().get("GH-01");
      assertEquals("heating", gh01.scan().command(Actuator.HEATING_PIPE_TEMPERATURE).decidedBy());
      // What the loop decided is what the PLC holds (written through OPC UA).
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        GreenhouseScanState last = park.runtime().lastScans().get("GH-01");
        assertEquals(last.scan().value(Actuator.ENERGY_SCREEN), sim.servedValue(ClimatePoint.ENERGY_SCREEN.path("GH-01")), 1e-6);
      });
      // Irrigation runs for every zone of the park, its valves on the Modbus I/O.
      await().atMost(Duration.ofSeconds(10)).until(() -> park.runtime().lastIrrigation().isPresent());
      var irrigation = park.runtime().lastIrrigation().orElseThrow();
      assertEquals(sim.zones().size(), irrigation.zones().size());
      assertTrue(irrigation.zones().stream().allMatch(z -> !z.reason().isBlank()), irrigation.zones().toString());
      park.historian().flush();
      try (Connection c = park.database().connection();
          ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(DISTINCT series_id) FROM sample")) {
        rs.next();
        assertTrue(rs.getLong(1) > 50, "history of " + rs.getLong(1) + " points");
      }
    }
  }

  @Test
  void afterARestartAnUnexpiredOverrideHoldsFromTheFirstScan() throws Exception {
    try (HeadlessPark first = start(List.of())) {
      first.overrides().save("GH-01",
          new ManualOverride(Actuator.LEE_VENT, 37, Instant.now().plus(Duration.ofHours(1)), "li.wei", "airing after spraying"),
          Instant.now());
    }
    // The PLC restarted meanwhile and forgot the opening.
    try (OpcUaDriver plc = new OpcUaDriver(sim.opcUaEndpoint())) {
      plc.connect().toCompletableFuture().get();
      String path = ClimatePoint.LEE_VENT.path("GH-01");
      plc.write(new Point("lee", "lee", sim.address(path), "%", true), 5).toCompletableFuture().get();
    }
    Map<String, GreenhouseScanState> firstScans = new ConcurrentHashMap<>();
    try (HeadlessPark second = start(List.of(state -> firstScans.putIfAbsent(state.greenhouseId(), state)))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> firstScans.containsKey("GH-01"));
      var lee = firstScans.get("GH-01").scan().command(Actuator.LEE_VENT);
      assertEquals("manual override", lee.decidedBy());
      assertEquals(37, lee.value());
      await().atMost(Duration.ofSeconds(10)).untilAsserted(
          () -> assertEquals(37, sim.servedValue(ClimatePoint.LEE_VENT.path("GH-01")), 1e-9));
    }
  }

  @Test
  void theDemoParkRaisesAndClearsAFloodWarningAsItsWaterLevelRisesAndFalls() throws Exception {
    try (HeadlessPark park = start(List.of())) {
      sim.setDrainLevelMillimetres(1000); // above the 900-mm warning level
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        var flood = park.alarms().snapshots().stream().filter(a -> a.alarmId().equals("park.flood")).findFirst().orElseThrow();
        assertTrue(flood.active(), flood.toString());
        assertEquals(org.hortus.model.alarm.AlarmState.UNACKNOWLEDGED, flood.state());
      });
      park.alarms().acknowledge("park.flood", "li.wei", "pump checked, second pump started");
      sim.setDrainLevelMillimetres(300);
      await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
        var flood = park.alarms().snapshots().stream().filter(a -> a.alarmId().equals("park.flood")).findFirst().orElseThrow();
        assertEquals(org.hortus.model.alarm.AlarmState.NORMAL, flood.state(), flood.toString());
      });
      var stored = new org.hortus.app.alarm.AlarmStore(park.database()).between(Instant.EPOCH, Instant.now().plusSeconds(1)).stream()
          .filter(t -> t.alarmId().equals("park.flood")).map(t -> t.to()).toList();
      assertEquals(List.of(org.hortus.model.alarm.AlarmState.UNACKNOWLEDGED, org.hortus.model.alarm.AlarmState.ACKNOWLEDGED,
          org.hortus.model.alarm.AlarmState.NORMAL), stored);
    }
  }
}
