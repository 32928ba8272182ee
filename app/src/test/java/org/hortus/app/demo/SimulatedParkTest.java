package org.hortus.app.demo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.modbus.ModbusDriver;
import org.hortus.devices.opcua.OpcUaDriver;
import org.junit.jupiter.api.Test;

/** The simulated park over its real servers, read and written by our own drivers. */
class SimulatedParkTest {

  @Test
  void servedAirTemperatureMovesWithTheSimulation() {
    try (SimulatedPark park = SimulatedPark.start("127.0.0.1", 0, 0, 600)) {
      String path = ClimatePoint.AIR_TEMPERATURE.path("GH-03");
      double first = park.servedValue(path);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertNotEquals(first, park.servedValue(path)));
      assertTrue(park.opcUaEndpoint().startsWith("opc.tcp://127.0.0.1:"), park.opcUaEndpoint());
    }
  }

  @Test
  void withoutHeartbeatsEveryPlcIsInSafeModeAndAHeartbeatBringsItBack() throws Exception {
    try (SimulatedPark park = SimulatedPark.start("127.0.0.1", 0, 0, 60);
        OpcUaDriver console = new OpcUaDriver(park.opcUaEndpoint())) {
      await().atMost(Duration.ofSeconds(5)).until(() -> park.servedValue(ClimatePoint.MODE.path("GH-02")) == 1);
      console.connect().toCompletableFuture().get();
      Point heartbeat = new Point("hb", "hb", park.address(ClimatePoint.HEARTBEAT.path("GH-02")), "", true);
      console.write(heartbeat, 1).toCompletableFuture().get();
      await().atMost(Duration.ofSeconds(5)).until(() -> park.servedValue(ClimatePoint.MODE.path("GH-02")) == 0);
      assertEquals(1, park.servedValue(ClimatePoint.MODE.path("GH-01")), "GH-01 got no heartbeat");
    }
  }

  @Test
  void aValveOpenedOverModbusWatersTheZoneAndShowsFlowOnItsSupply() throws Exception {
    try (SimulatedPark park = SimulatedPark.start("127.0.0.1", 0, 0, 600);
        ModbusDriver io = new ModbusDriver("127.0.0.1", park.modbusPort(), Duration.ofMillis(200), Duration.ofSeconds(2));
        OpcUaDriver console = new OpcUaDriver(park.opcUaEndpoint())) {
      io.connect().toCompletableFuture().get();
      console.connect().toCompletableFuture().get();
      // Keep GH-01's PLC under console control: in safe mode it would keep the valve shut.
      Point heartbeat = new Point("hb", "hb", park.address(ClimatePoint.HEARTBEAT.path("GH-01")), "", true);
      java.util.concurrent.ScheduledExecutorService beats = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
      java.util.concurrent.atomic.AtomicInteger beat = new java.util.concurrent.atomic.AtomicInteger();
      beats.scheduleAtFixedRate(() -> console.write(heartbeat, beat.incrementAndGet()), 0, 1, java.util.concurrent.TimeUnit.SECONDS);
      try {
      List<PointValue> seen = new CopyOnWriteArrayList<>();
      Point water = new Point("z1.water", "water", "input-register:" + ModbusMap.waterContentRegister(0) + ":UINT16{unit-id:1,scale:0.1}", "%", false);
      Point flow = new Point("ws.flow", "flow", "input-register:" + ModbusMap.flowRegister(0) + ":FLOAT32{unit-id:1}", "L/h", false);
      io.subscribe(List.of(water, flow), seen::add).toCompletableFuture().get();
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.stream().anyMatch(v -> v.pointId().equals("z1.water")));
      double before = seen.stream().filter(v -> v.pointId().equals("z1.water")).reduce((a, b) -> b).orElseThrow().value();
      io.write(new Point("z1.valve", "valve", "coil:" + ModbusMap.valveCoil(0) + ":BOOL{unit-id:1}", "", true), 1)
          .toCompletableFuture().get();
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
          seen.stream().anyMatch(v -> v.pointId().equals("ws.flow") && v.value() > 0), "no flow"));
      await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(
          seen.stream().filter(v -> v.pointId().equals("z1.water")).reduce((a, b) -> b).orElseThrow().value() > before + 0.5,
          "water content did not rise from " + before));
      } finally {
        beats.shutdownNow();
      }
    }
  }

  @Test
  void aNonPositiveSpeedIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> SimulatedPark.start("127.0.0.1", 0, 0, 0));
  }
}
