package org.hortus.devices.opcua;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's connection health, over a secured loopback connection to a server that restarts. */
class OpcUaDriverHealthTest {

  static final String AIR = OpcUaSecureConnectionTest.AIR;
  static final String VENT = OpcUaSecureConnectionTest.VENT;

  @TempDir Path root;
  OpcUaPointServer server;
  OpcUaDriver driver;
  final List<DeviceHealth> healthSeen = new CopyOnWriteArrayList<>();
  final Map<String, PointValue> latest = new ConcurrentHashMap<>();

  @AfterEach
  void closeAll() {
    if (driver != null) {
      driver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void serverRestartGoesReconnectingThenConnectedAndValuesFlowAgainWithinTenSeconds()
      throws Exception {
    var pki = new SecureFixture(root);
    pki.serverTrustsConsole();
    server = OpcUaPointServer.start(pki.serverConfig(0).build(), OpcUaSecureConnectionTest.POINTS);
    int port = Integer.parseInt(server.endpointUrl().replaceAll(".*:(\\d+)/.*", "$1"));
    pki.consoleTrustsServer(server.endpointUrl());
    driver = new OpcUaDriver(pki.driverConfig(server.endpointUrl()).build());
    driver.addHealthListener(healthSeen::add);
    driver.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Point air = point("GH-01.air", AIR);
    Point vent = point("GH-01.vent", VENT);
    driver
        .subscribe(List.of(air, vent), value -> latest.put(value.pointId(), value))
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
    awaitLatest(air, Quality.GOOD, 21.5, Duration.ofSeconds(10));

    server.close();

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> driver.health().state() == ConnectionState.RECONNECTING);
    awaitLatest(air, Quality.BAD, Double.NaN, Duration.ofSeconds(2));
    awaitLatest(vent, Quality.BAD, Double.NaN, Duration.ofSeconds(2));
    assertEquals("Bad_NotConnected", latest.get(air.id()).reason());

    server =
        OpcUaPointServer.start(pki.serverConfig(port).build(), OpcUaSecureConnectionTest.POINTS);
    server.update(AIR, 19.0, Instant.now());

    awaitLatest(air, Quality.GOOD, 19.0, Duration.ofSeconds(10));
    awaitLatest(vent, Quality.GOOD, 10.0, Duration.ofSeconds(1));
    await()
        .atMost(Duration.ofSeconds(1))
        .until(() -> driver.health().state() == ConnectionState.CONNECTED);
    server.update(AIR, 18.0, Instant.now());
    awaitLatest(air, Quality.GOOD, 18.0, Duration.ofSeconds(5));
    assertEquals(
        List.of(ConnectionState.CONNECTED, ConnectionState.RECONNECTING, ConnectionState.CONNECTED),
        distinctStates());
  }

  @Test
  void shortNetworkLossMarksPointsBadThenRestoresTheirUnchangedValues() throws Exception {
    server = OpcUaPointServer.start("127.0.0.1", 0, OpcUaSecureConnectionTest.POINTS);
    int port = Integer.parseInt(server.endpointUrl().replaceAll(".*:(\\d+)/.*", "$1"));
    try (var proxy = LoopbackProxy.start(port)) {
      driver = new OpcUaDriver("opc.tcp://127.0.0.1:" + proxy.port() + "/hortus");
      driver.addHealthListener(healthSeen::add);
      driver.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
      Point air = point("GH-01.air", AIR);
      driver
          .subscribe(List.of(air), value -> latest.put(value.pointId(), value))
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
      awaitLatest(air, Quality.GOOD, 21.5, Duration.ofSeconds(10));

      proxy.cutConnections();

      awaitLatest(air, Quality.BAD, Double.NaN, Duration.ofSeconds(5));
      // The server kept the session and the value did not change: only a fresh read restores it.
      awaitLatest(air, Quality.GOOD, 21.5, Duration.ofSeconds(10));
      assertEquals(ConnectionState.CONNECTED, driver.health().state());
      assertEquals(
          List.of(
              ConnectionState.CONNECTED, ConnectionState.RECONNECTING, ConnectionState.CONNECTED),
          distinctStates());
    }
  }

  @Test
  void healthIsDownUntilConnected() {
    driver = new OpcUaDriver("opc.tcp://127.0.0.1:4840/hortus");

    assertEquals(ConnectionState.DOWN, driver.health().state());
    assertEquals("opc.tcp://127.0.0.1:4840/hortus", driver.health().endpoint());
  }

  @Test
  void failedConnectIsDownWithTheReason() throws Exception {
    server = OpcUaPointServer.start("127.0.0.1", 0, OpcUaSecureConnectionTest.POINTS);
    String url = server.endpointUrl();
    server.close();
    server = null;
    driver = new OpcUaDriver(url);
    driver.addHealthListener(healthSeen::add);

    assertThrows(
        ExecutionException.class,
        () -> driver.connect().toCompletableFuture().get(10, TimeUnit.SECONDS));

    DeviceHealth health = driver.health();
    assertEquals(ConnectionState.DOWN, health.state());
    assertTrue(health.reason().contains("cannot reach OPC UA server at " + url), health.reason());
    await().atMost(Duration.ofSeconds(2)).until(() -> healthSeen.contains(health));
  }

  @Test
  void closingIsDownClosed() throws Exception {
    server = OpcUaPointServer.start("127.0.0.1", 0, OpcUaSecureConnectionTest.POINTS);
    driver = new OpcUaDriver(server.endpointUrl());
    driver.addHealthListener(healthSeen::add);
    driver.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);

    driver.close();

    assertEquals(ConnectionState.DOWN, driver.health().state());
    assertEquals("closed", driver.health().reason());
    assertEquals(List.of(ConnectionState.CONNECTED, ConnectionState.DOWN), distinctStates());
  }

  private Point point(String id, String path) {
    return new Point(id, id, server.address(path), "", true);
  }

  private void awaitLatest(Point point, Quality quality, double value, Duration within) {
    await()
        .atMost(within)
        .untilAsserted(
            () -> {
              PointValue last = latest.get(point.id());
              assertTrue(last != null, "no value yet for " + point.id());
              assertEquals(quality, last.quality(), last.toString());
              assertEquals(value, last.value(), 1e-9, last.toString());
            });
  }

  /** The states seen, each run of repeats counted once. */
  private List<ConnectionState> distinctStates() {
    List<ConnectionState> states = new ArrayList<>();
    for (DeviceHealth health : healthSeen) {
      if (states.isEmpty() || states.getLast() != health.state()) {
        states.add(health.state());
      }
    }
    return states;
  }
}
