package org.hortus.devices.opcua;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;
import org.hortus.devices.WriteResult;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The point server and the driver together, on a loopback port chosen at run time. */
class OpcUaPointServerAndDriverTest {

  static final String AIR = "Park/GH-01/Climate/AirTemperature";
  static final String HUMIDITY = "Park/GH-01/Climate/RelativeHumidity";
  static final String VENT = "Park/GH-01/Climate/VentOpening";
  static final Duration WAIT = Duration.ofSeconds(10);

  static final List<ServedPoint> POINTS =
      List.of(
          new ServedPoint(AIR, "°C", false, 21.5),
          new ServedPoint(HUMIDITY, "%", false, 70.0),
          new ServedPoint(VENT, "%", true, 10.0));

  OpcUaPointServer server;
  OpcUaDriver driver;
  final Map<String, PointValue> latest = new ConcurrentHashMap<>();
  final List<PointValue> received = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServerAndConnect() throws Exception {
    server = OpcUaPointServer.start("127.0.0.1", 0, POINTS);
    driver = new OpcUaDriver(server.endpointUrl());
    driver.connect().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void closeAll() {
    driver.close();
    server.close();
  }

  Point air() {
    return new Point("GH-01.air.temperature", "Air temperature", server.address(AIR), "°C", false);
  }

  Point vent() {
    return new Point("GH-01.vent.opening", "Vent opening", server.address(VENT), "%", true);
  }

  void subscribe(Point... points) throws Exception {
    driver
        .subscribe(
            List.of(points),
            value -> {
              received.add(value);
              latest.put(value.pointId(), value);
            })
        .toCompletableFuture()
        .get(10, TimeUnit.SECONDS);
  }

  WriteResult write(Point point, double value) throws Exception {
    return driver.write(point, value).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  void awaitLatest(String pointId, Quality quality, double value) {
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              PointValue last = latest.get(pointId);
              assertTrue(last != null, "no value yet for " + pointId);
              assertEquals(quality, last.quality(), last.toString());
              assertEquals(value, last.value(), 1e-9, last.toString());
            });
  }

  @Test
  void addressUsesTheFieldDeviceNamespace() {
    assertTrue(server.endpointUrl().startsWith("opc.tcp://127.0.0.1:"), server.endpointUrl());
    assertTrue(server.endpointUrl().endsWith("/hortus"), server.endpointUrl());
    assertEquals("ns=2;s=" + AIR, server.address(AIR));
  }

  @Test
  void unknownPathIsRejectedByName() {
    var e = assertThrows(IllegalArgumentException.class, () -> server.update("Park/X", 1, null));
    assertTrue(e.getMessage().contains("Park/X"), e.getMessage());
  }

  @Test
  void subscriptionStartsWithTheCurrentValue() throws Exception {
    subscribe(air(), vent());

    awaitLatest("GH-01.air.temperature", Quality.GOOD, 21.5);
    awaitLatest("GH-01.vent.opening", Quality.GOOD, 10.0);
  }

  @Test
  void serverUpdateReachesTheListenerWithItsSourceTime() throws Exception {
    subscribe(air());
    awaitLatest("GH-01.air.temperature", Quality.GOOD, 21.5);
    Instant sampled = Instant.parse("2026-05-01T10:15:30.250Z");

    server.update(AIR, 23.25, sampled);

    awaitLatest("GH-01.air.temperature", Quality.GOOD, 23.25);
    assertEquals(sampled, latest.get("GH-01.air.temperature").sourceTime());
  }

  @Test
  void ventWriteReachesServerAndReadsBack() throws Exception {
    List<Double> seenByServer = new CopyOnWriteArrayList<>();
    server.onWrite(
        (path, value) -> {
          seenByServer.add(value);
          return true;
        });

    WriteResult result = write(vent(), 35.0);

    assertTrue(result.accepted(), result.toString());
    assertEquals("Good", result.deviceStatus());
    assertEquals(Quality.GOOD, result.readBack().quality());
    assertEquals(35.0, result.readBack().value());
    assertEquals(35.0, server.currentValue(VENT));
    assertEquals(List.of(35.0), seenByServer);
  }

  @Test
  void ventWriteReachesOtherSubscribers() throws Exception {
    subscribe(vent());
    awaitLatest("GH-01.vent.opening", Quality.GOOD, 10.0);

    write(vent(), 60.0);

    awaitLatest("GH-01.vent.opening", Quality.GOOD, 60.0);
  }

  @Test
  void writeRejectedByServerLeavesValueUnchanged() throws Exception {
    server.onWrite((path, value) -> value >= 0 && value <= 100);

    WriteResult result = write(vent(), 150.0);

    assertFalse(result.accepted(), result.toString());
    assertEquals("Bad_OutOfRange", result.deviceStatus());
    assertEquals(10.0, result.readBack().value());
    assertEquals(10.0, server.currentValue(VENT));
  }

  @Test
  void writingNonWritablePointFailsWithDeviceException() {
    var failure =
        assertThrows(
            ExecutionException.class,
            () -> driver.write(air(), 30.0).toCompletableFuture().get(10, TimeUnit.SECONDS));

    DeviceException cause = assertInstanceOf(DeviceException.class, failure.getCause());
    assertTrue(cause.getMessage().contains("GH-01.air.temperature"), cause.getMessage());
    assertEquals(21.5, server.currentValue(AIR));
  }

  @Test
  void serverRefusesWriteToReadOnlyNode() throws Exception {
    var misconfigured =
        new Point("GH-01.air.temperature", "Air temperature", server.address(AIR), "°C", true);

    WriteResult result = write(misconfigured, 30.0);

    assertFalse(result.accepted());
    // Milo's access controller checks UserAccessLevel (read only here) before AccessLevel.
    assertEquals("Bad_UserAccessDenied", result.deviceStatus());
    assertEquals(21.5, server.currentValue(AIR));
  }

  @Test
  void unknownNodeGivesBadValueWithoutFailingTheOthers() throws Exception {
    var missing = new Point("GH-09.missing", "Missing", "ns=2;s=Park/GH-09/Nothing", "", false);

    subscribe(missing, air());

    awaitLatest("GH-01.air.temperature", Quality.GOOD, 21.5);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> assertEquals("Bad_NodeIdUnknown", latest.get("GH-09.missing").reason()));
    assertEquals(Quality.BAD, latest.get("GH-09.missing").quality());
  }

  @Test
  void subscribingBeforeConnectFails() {
    try (var unconnected = new OpcUaDriver(server.endpointUrl())) {
      var failure =
          assertThrows(
              ExecutionException.class,
              () ->
                  unconnected
                      .subscribe(List.of(air()), value -> {})
                      .toCompletableFuture()
                      .get(10, TimeUnit.SECONDS));
      assertInstanceOf(DeviceException.class, failure.getCause());
    }
  }

  @Test
  void subscriptionRecoversAfterServerRestart() throws Exception {
    subscribe(air());
    awaitLatest("GH-01.air.temperature", Quality.GOOD, 21.5);
    int port = Integer.parseInt(server.endpointUrl().replaceAll(".*:(\\d+)/.*", "$1"));

    server.close();
    awaitLatest("GH-01.air.temperature", Quality.BAD, Double.NaN);
    assertEquals("Bad_NotConnected", latest.get("GH-01.air.temperature").reason());

    server = OpcUaPointServer.start("127.0.0.1", port, POINTS);
    server.update(AIR, 19.0, Instant.now());
    await()
        .atMost(Duration.ofSeconds(40))
        .untilAsserted(() -> assertEquals(19.0, latest.get("GH-01.air.temperature").value(), 1e-9));
  }
}
