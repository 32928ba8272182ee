package org.hortus.devices.modbus;

import static org.awaitility.Awaitility.await;
import static org.hortus.devices.modbus.ModbusTestKit.LOOPBACK;
import static org.hortus.devices.modbus.ModbusTestKit.driverFor;
import static org.hortus.devices.modbus.ModbusTestKit.point;
import static org.hortus.devices.modbus.ModbusTestKit.writablePoint;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.Point;
import org.hortus.devices.Quality;
import org.hortus.devices.WriteResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModbusDriverWriteTest {

  private ModbusRegisterServer server;
  private ModbusDriver driver;
  private final List<RegisterWrite> writes = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServerAndDriver() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1));
    server.setWriteListener(
        write -> {
          writes.add(write);
          return WriteDecision.ACCEPT;
        });
    driver = driverFor(server);
    driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    driver.close();
    server.close();
  }

  @Test
  void writesAScaledHoldingRegisterAndReadsItBack() throws Exception {
    server.setHoldingRegister(1, 30, 0);
    Point setpoint = writablePoint("heating", "holding-register:30:INT16{unit-id:1,scale:0.1}");

    WriteResult result = write(setpoint, 21.5);

    assertTrue(result.accepted());
    assertEquals("OK", result.deviceStatus());
    assertEquals(21.5, result.readBack().value(), 1e-9);
    assertEquals(215, server.holdingRegister(1, 30));
    assertEquals(
        List.of(new RegisterWrite(1, ModbusTable.HOLDING_REGISTER, 30, List.of(215))), writes);
  }

  @Test
  void writesAFloat32AsTwoRegistersInItsWordOrder() throws Exception {
    server.setFloat32(ModbusTable.HOLDING_REGISTER, 1, 40, 0f, WordOrder.LOW_HIGH);
    Point vent =
        writablePoint("vent", "holding-register:40:FLOAT32{unit-id:1,word-order:low-high}");

    WriteResult result = write(vent, 37.5);

    assertTrue(result.accepted());
    assertEquals(37.5, result.readBack().value(), 1e-9);
    assertEquals(37.5f, server.float32(ModbusTable.HOLDING_REGISTER, 1, 40, WordOrder.LOW_HIGH));
    assertArrayEquals(
        RegisterCodec.float32Words(37.5f, WordOrder.LOW_HIGH),
        server.registers(ModbusTable.HOLDING_REGISTER, 1, 40, 2));
  }

  @Test
  void writesACoilAndReadsItBack() throws Exception {
    server.setCoil(1, 3, false);
    Point pump = writablePoint("pump", "coil:3:BOOL{unit-id:1}");

    WriteResult on = write(pump, 1);
    assertTrue(on.accepted());
    assertEquals(1, on.readBack().value());
    assertTrue(server.coil(1, 3));

    WriteResult off = write(pump, 0);
    assertEquals(0, off.readBack().value());
    assertFalse(server.coil(1, 3));
  }

  @Test
  void aTimedOutWriteIsSentOnceAndReportsWhatTheDeviceHolds() throws Exception {
    server.setHoldingRegister(1, 50, 10);
    server.setWriteListener(
        write -> {
          writes.add(write);
          return WriteDecision.ACCEPT_WITHOUT_REPLY; // stored, but the answer is "lost"
        });
    Point valve = writablePoint("valve", "holding-register:50:UINT16{unit-id:1}");

    WriteResult result = write(valve, 42);

    assertFalse(result.accepted());
    assertEquals("timeout; device holds 42", result.deviceStatus());
    assertEquals(Quality.GOOD, result.readBack().quality());
    assertEquals(42, result.readBack().value());
    await()
        .during(Duration.ofMillis(700))
        .atMost(Duration.ofSeconds(2))
        .until(() -> writes.size() == 1);
  }

  @Test
  void aVetoedWriteReportsTheExceptionAndTheUnchangedValue() throws Exception {
    server.setHoldingRegister(1, 60, 20);
    server.setWriteListener(write -> WriteDecision.VETO);
    Point valve = writablePoint("valve", "holding-register:60:UINT16{unit-id:1}");

    WriteResult result = write(valve, 99);

    assertFalse(result.accepted());
    assertEquals("ILLEGAL_DATA_VALUE; device holds 20", result.deviceStatus());
    assertEquals(20, result.readBack().value());
  }

  @Test
  void writingAPointThatIsNotWritableFailsNamingThePoint() {
    assertEquals(
        "point sensor (sensor) is not writable",
        writeFailure(point("sensor", "holding-register:1:INT16{unit-id:1}"), 1));
  }

  @Test
  void writingAnInputTableFailsNamingThePoint() {
    assertEquals(
        "point air (air) is in the read-only input-register table: input-register:1:INT16",
        writeFailure(writablePoint("air", "input-register:1:INT16"), 1));
    assertEquals(
        "point rain (rain) is in the read-only discrete-input table: discrete-input:1:BOOL",
        writeFailure(writablePoint("rain", "discrete-input:1:BOOL"), 1));
  }

  @Test
  void writingAValueTheRegisterCannotHoldSendsNothing() {
    assertEquals(
        "value -1 for point level gives raw -1, which UINT16 cannot hold",
        writeFailure(writablePoint("level", "holding-register:1:UINT16"), -1));
    assertTrue(writes.isEmpty());
  }

  @Test
  void writingWhileNotConnectedFailsWithoutSending() {
    try (ModbusDriver idle = driverFor(server)) {
      var failure =
          assertThrows(
              ExecutionException.class,
              () ->
                  idle.write(writablePoint("valve", "holding-register:1:UINT16"), 1)
                      .toCompletableFuture()
                      .get(5, TimeUnit.SECONDS));
      assertEquals(
          "not connected to Modbus device 127.0.0.1:"
              + server.port()
              + ": write to point valve not sent",
          failure.getCause().getMessage());
    }
  }

  private WriteResult write(Point point, double value) throws Exception {
    return driver.write(point, value).toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private String writeFailure(Point point, double value) {
    var failure =
        assertThrows(
            ExecutionException.class,
            () -> driver.write(point, value).toCompletableFuture().get(5, TimeUnit.SECONDS));
    assertInstanceOf(org.hortus.devices.DeviceException.class, failure.getCause());
    return failure.getCause().getMessage();
  }
}
