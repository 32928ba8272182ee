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

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.modbus.ModbusTestKit.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModbusDriverPollingTest {

  private ModbusRegisterServer server;
  private ModbusDriver driver;
  private final RecordingListener listener = new RecordingListener();

  @BeforeEach
  void startServerAndDriver() throws Exception {
    server = ModbusRegisterServer.start(LOOPBACK, 0, Set.of(1, 2));
    driver = driverFor(server);
    driver.connect().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    driver.close();
    server.close();
  }

  @Test
  void deliversAScaledInputRegisterOnceAndThenOnlyItsChanges() throws Exception {
    server.setInputRegister(1, 5, 650);
    server.setInputRegister(1, 6, 0);
    subscribe(
        point("air", "input-register:5:UINT16{unit-id:1,scale:0.1,offset:-40}"),
        point("clock", "input-register:6:UINT16{unit-id:1}"));

    await().atMost(WAIT).until(() -> listener.isGood("air", 25.0));
    for (int tick = 1; tick <= 3; tick++) {
      server.setInputRegister(1, 6, tick);
      int expected = tick;
      await().atMost(WAIT).until(() -> listener.isGood("clock", expected));
    }
    assertEquals(1, listener.history("air").size(), "an unchanged value is delivered once");

    server.setInputRegister(1, 5, 700);
    await().atMost(WAIT).until(() -> listener.isGood("air", 30.0));
    assertEquals(List.of(25.0, 30.0), values("air"));
  }

  @Test
  void readsFloat32InBothWordOrdersWithScaleAndOffset() throws Exception {
    server.setFloat32(ModbusTable.INPUT_REGISTER, 1, 10, 21.5f, WordOrder.HIGH_LOW);
    server.setFloat32(ModbusTable.INPUT_REGISTER, 1, 12, 21.5f, WordOrder.LOW_HIGH);
    server.setFloat32(ModbusTable.HOLDING_REGISTER, 2, 0, 3.25f, WordOrder.LOW_HIGH);
    subscribe(
        point("high-low", "input-register:10:FLOAT32{unit-id:1}"),
        point("low-high", "input-register:12:FLOAT32{unit-id:1,word-order:low-high}"),
        point(
            "scaled",
            "holding-register:0:FLOAT32{unit-id:2,word-order:low-high,scale:2," + "offset:-1}"));

    await()
        .atMost(WAIT)
        .until(
            () ->
                listener.isGood("high-low", 21.5)
                    && listener.isGood("low-high", 21.5)
                    && listener.isGood("scaled", 5.5));

    server.setFloat32(ModbusTable.INPUT_REGISTER, 1, 12, -7.75f, WordOrder.LOW_HIGH);
    server.setFloat32(ModbusTable.HOLDING_REGISTER, 2, 0, 0.5f, WordOrder.LOW_HIGH);
    await()
        .atMost(WAIT)
        .until(() -> listener.isGood("low-high", -7.75) && listener.isGood("scaled", 0.0));
  }

  @Test
  void readsCoilsAndDiscreteInputsAsZeroAndOne() throws Exception {
    server.setCoil(1, 0, true);
    server.setDiscreteInput(1, 9, false);
    subscribe(
        point("pump", "coil:0:BOOL{unit-id:1}"), point("rain", "discrete-input:9:BOOL{unit-id:1}"));

    await().atMost(WAIT).until(() -> listener.isGood("pump", 1) && listener.isGood("rain", 0));
    server.setDiscreteInput(1, 9, true);
    await().atMost(WAIT).until(() -> listener.isGood("rain", 1));
  }

  @Test
  void pollsThreeHundredNeighbouringRegistersInReadsOfAtMost125() throws Exception {
    List<Point> points = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      server.setHoldingRegister(1, i, 1000 + i);
      points.add(point("r" + i, "holding-register:" + i + ":INT16{unit-id:1}"));
    }
    driver.subscribe(points, listener).toCompletableFuture().get(5, TimeUnit.SECONDS);

    await()
        .atMost(WAIT)
        .until(
            () ->
                listener.isGood("r0", 1000)
                    && listener.isGood("r124", 1124)
                    && listener.isGood("r125", 1125)
                    && listener.isGood("r299", 1299));
    for (int i = 0; i < 300; i++) {
      assertTrue(listener.isGood("r" + i, 1000 + i), () -> "r: " + listener.history("r0"));
    }
    assertEquals(List.of(125, 125, 50), driver.plan().stream().map(ReadBlock::quantity).toList());
  }

  @Test
  void anExceptionResponseMakesOnlyThatPointBadWithTheExceptionName() throws Exception {
    for (int address : new int[] {100, 101, 103, 104}) {
      server.setHoldingRegister(1, address, address);
    }
    // 102 and 500 are not in the image: the device answers ILLEGAL_DATA_ADDRESS.
    subscribe(
        point("a", "holding-register:100:INT16{unit-id:1}"),
        point("b", "holding-register:101:INT16{unit-id:1}"),
        point("hole", "holding-register:102:INT16{unit-id:1}"),
        point("c", "holding-register:103:INT16{unit-id:1}"),
        point("d", "holding-register:104:INT16{unit-id:1}"),
        point("far", "holding-register:500:INT16{unit-id:1}"));

    await()
        .atMost(WAIT)
        .until(
            () ->
                listener.isBad("far", "ILLEGAL_DATA_ADDRESS")
                    && listener.isBad("hole", "ILLEGAL_DATA_ADDRESS"));
    await()
        .atMost(WAIT)
        .until(
            () ->
                listener.isGood("a", 100)
                    && listener.isGood("b", 101)
                    && listener.isGood("c", 103)
                    && listener.isGood("d", 104));
    for (String neighbour : List.of("a", "b", "c", "d")) {
      assertTrue(
          listener.history(neighbour).stream().allMatch(PointValue::isGood),
          () -> neighbour + " never went BAD: " + listener.history(neighbour));
    }
  }

  @Test
  void anUnknownUnitTimesOutAsBadWhileTheOtherPointsKeepFlowing() throws Exception {
    server.setInputRegister(1, 0, 1);
    subscribe(
        point("known", "input-register:0:INT16{unit-id:1}"),
        point("unknown", "input-register:0:INT16{unit-id:7}"));

    await().atMost(WAIT).until(() -> listener.isBad("unknown", "timeout"));
    for (int value = 2; value <= 3; value++) {
      server.setInputRegister(1, 0, value);
      int expected = value;
      await().atMost(WAIT).until(() -> listener.isGood("known", expected));
    }
    assertEquals(1, listener.history("unknown").size(), "the same BAD is delivered once");
  }

  @Test
  void garbageValuesAreBadWithTheReasonAndRecover() throws Exception {
    server.setFloat32(ModbusTable.INPUT_REGISTER, 1, 20, Float.NaN, WordOrder.HIGH_LOW);
    server.setInputRegister(1, 40, 850);
    subscribe(
        point("nan", "input-register:20:FLOAT32{unit-id:1}"),
        point("humidity", "input-register:40:INT16{unit-id:1,scale:0.1,min:0,max:60}"));

    await()
        .atMost(WAIT)
        .until(
            () ->
                listener.isBad("nan", "not a number (NaN)")
                    && listener.isBad("humidity", "out of range (85 not in [0, 60])"));

    server.setFloat32(ModbusTable.INPUT_REGISTER, 1, 20, 12.5f, WordOrder.HIGH_LOW);
    server.setInputRegister(1, 40, 455);
    await()
        .atMost(WAIT)
        .until(() -> listener.isGood("nan", 12.5) && listener.isGood("humidity", 45.5));
  }

  @Test
  void subscribingAPointWithABadAddressFailsNamingThePoint() {
    var failure =
        assertThrows(
            ExecutionException.class,
            () ->
                driver
                    .subscribe(List.of(point("vent", "holding-register:1:FLOAT")), listener)
                    .toCompletableFuture()
                    .get(5, TimeUnit.SECONDS));

    assertInstanceOf(DeviceException.class, failure.getCause());
    assertEquals(
        "point vent: invalid Modbus address 'holding-register:1:FLOAT': unknown type 'FLOAT'"
            + " (expected BOOL, INT16, UINT16, INT32, UINT32 or FLOAT32)",
        failure.getCause().getMessage());
  }

  private void subscribe(Point... points) throws Exception {
    driver.subscribe(List.of(points), listener).toCompletableFuture().get(5, TimeUnit.SECONDS);
  }

  private List<Double> values(String pointId) {
    return listener.history(pointId).stream().map(PointValue::value).toList();
  }
}
