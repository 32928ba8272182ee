package org.hortus.devices.modbus;

import static org.awaitility.Awaitility.await;
import static org.hortus.devices.modbus.ModbusTestKit.LOOPBACK;
import static org.hortus.devices.modbus.ModbusTestKit.WAIT;
import static org.hortus.devices.modbus.ModbusTestKit.driverFor;
import static org.hortus.devices.modbus.ModbusTestKit.point;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceException;
import org.hortus.devices.modbus.ModbusTestKit.HealthRecorder;
import org.hortus.devices.modbus.ModbusTestKit.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ModbusDriverConnectionTest {

  private static final Duration RECONNECT_WAIT = Duration.ofSeconds(10);

  private ModbusRegisterServer server;
  private ModbusDriver driver;
  private final RecordingListener listener = new RecordingListener();
  private final HealthRecorder health = new HealthRecorder();

  @AfterEach
  void stop() {
    if (driver != null) {
      driver.close();
    }
    if (server != null) {
      server.close();
    }
  }

  @Test
  void aServerRestartOnTheSamePortMarksPointsBadThenRestoresThem() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1));
    int port = server.port();
    server.setInputRegister(1, 0, 11);
    server.setInputRegister(1, 1, 12);
    driver = driverFor(port);
    driver.addHealthListener(health);
    driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    driver
        .subscribe(
            List.of(point("a", "input-register:0:INT16"), point("b", "input-register:1:INT16")),
            listener)
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> listener.isGood("a", 11) && listener.isGood("b", 12));

    server.close();

    await().atMost(WAIT).until(() -> driver.health().state() == ConnectionState.RECONNECTING);
    await()
        .atMost(WAIT)
        .until(
            () -> listener.isBad("a", "connection lost") && listener.isBad("b", "connection lost"));

    server = ModbusRegisterServer.start(LOOPBACK, port, Set.of(1));
    server.setInputRegister(1, 0, 21);
    server.setInputRegister(1, 1, 22);

    await()
        .atMost(RECONNECT_WAIT)
        .until(() -> listener.isGood("a", 21) && listener.isGood("b", 22));
    assertEquals(ConnectionState.CONNECTED, driver.health().state());
    List<ConnectionState> states = health.states();
    int lost = states.indexOf(ConnectionState.RECONNECTING);
    assertTrue(
        lost > 0 && states.subList(lost, states.size()).contains(ConnectionState.CONNECTED),
        () -> "health went CONNECTED, RECONNECTING, CONNECTED: " + health.changes());
    assertEquals(ConnectionState.CONNECTED, states.getFirst());
  }

  @Test
  void aFailedFirstConnectKeepsTryingUntilTheDeviceAppears() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1));
    int port = server.port();
    server.close();
    driver = driverFor(port);
    driver.addHealthListener(health);
    driver
        .subscribe(List.of(point("a", "input-register:0:INT16")), listener)
        .toCompletableFuture()
        .get(5, TimeUnit.SECONDS);

    var failure =
        assertThrows(
            ExecutionException.class,
            () -> driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS));

    assertInstanceOf(DeviceException.class, failure.getCause());
    assertTrue(
        failure
            .getCause()
            .getMessage()
            .startsWith("cannot connect to Modbus device 127.0.0.1:" + port + ": "),
        failure.getMessage());
    assertEquals(ConnectionState.RECONNECTING, driver.health().state());
    assertTrue(driver.health().reason().startsWith("connect failed: "), driver.health().reason());
    assertEquals("not connected", listener.latest("a").reason());

    server = ModbusRegisterServer.start(LOOPBACK, port, Set.of(1));
    server.setInputRegister(1, 0, 5);

    await().atMost(RECONNECT_WAIT).until(() -> listener.isGood("a", 5));
    assertEquals(ConnectionState.CONNECTED, driver.health().state());
  }

  @Test
  void closeTurnsHealthDownAndRefusesFurtherWork() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1));
    driver = driverFor(server);
    driver.addHealthListener(health);
    driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
    await().atMost(WAIT).until(() -> driver.health().state() == ConnectionState.CONNECTED);

    driver.close();

    assertEquals(ConnectionState.DOWN, driver.health().state());
    assertEquals("closed", driver.health().reason());
    assertEquals(List.of(ConnectionState.CONNECTED, ConnectionState.DOWN), health.states());
    var failure =
        assertThrows(
            ExecutionException.class,
            () -> driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS));
    assertEquals(
        "Modbus driver for 127.0.0.1:" + server.port() + " is closed",
        failure.getCause().getMessage());
  }
}
