package org.hortus.devices.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hortus.devices.Point;
import org.junit.jupiter.api.Test;

class BlockPlannerTest {

  @Test
  void splitsThreeHundredNeighbouringRegistersIntoReadsOfAtMost125() {
    List<PolledPoint> points = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      points.add(point("holding-register:" + i + ":INT16"));
    }

    assertEquals(
        List.of("0+125", "125+125", "250+50"), shapes(BlockPlanner.plan(points, Set.of())));
  }

  @Test
  void splitsCoilsIntoReadsOfAtMost2000() {
    List<PolledPoint> points = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      points.add(point("coil:" + i + ":BOOL"));
    }

    assertEquals(List.of("0+2000", "2000+500"), shapes(BlockPlanner.plan(points, Set.of())));
  }

  @Test
  void neverCutsA32BitValueInTwo() {
    List<PolledPoint> points = new ArrayList<>();
    for (int i = 0; i < 124; i++) {
      points.add(point("input-register:" + i + ":UINT16"));
    }
    points.add(point("input-register:124:FLOAT32"));

    assertEquals(List.of("0+124", "124+2"), shapes(BlockPlanner.plan(points, Set.of())));
  }

  @Test
  void groupsOnlyTouchingAddressesOfTheSameTableAndUnit() {
    List<PolledPoint> points =
        List.of(
            point("input-register:10:FLOAT32"),
            point("input-register:12:INT16"),
            point("input-register:14:INT16"),
            point("input-register:13:INT16{unit-id:2}"),
            point("holding-register:13:INT16"),
            point("input-register:11:UINT16"));

    assertEquals(
        List.of(
            "u1 input-register 10+3",
            "u1 input-register 14+1",
            "u1 holding-register 13+1",
            "u2 input-register 13+1"),
        BlockPlanner.plan(points, Set.of()).stream()
            .map(
                b ->
                    "u"
                        + b.unitId()
                        + " "
                        + b.table().text()
                        + " "
                        + b.start()
                        + "+"
                        + b.quantity())
            .toList());
  }

  @Test
  void readsPointsThatFailedInABlockAlone() {
    PolledPoint a = point("holding-register:0:INT16");
    PolledPoint b = point("holding-register:1:INT16");
    PolledPoint c = point("holding-register:2:INT16");

    assertEquals(
        List.of("0+1", "1+1", "2+1"), shapes(BlockPlanner.plan(List.of(a, b, c), Set.of(a, b, c))));
  }

  private static List<String> shapes(List<ReadBlock> blocks) {
    return blocks.stream().map(b -> b.start() + "+" + b.quantity()).toList();
  }

  private static PolledPoint point(String address) {
    return new PolledPoint(
        new Point(address, address, address, "", false), ModbusAddress.parse(address), v -> {});
  }
}
