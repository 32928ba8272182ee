package org.hortus.devices.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.devices.opcua.PointTree.Kind;
import org.junit.jupiter.api.Test;

class PointTreeTest {

  @Test
  void containersHoldingPointsAreObjectsTheOthersFolders() {
    PointTree tree =
        PointTree.of(
            List.of(
                new ServedPoint("Park/GH-01/Climate/AirTemperature", "°C", false, 20),
                new ServedPoint("Park/GH-01/Climate/Vents/Opening", "%", true, 0),
                new ServedPoint("Park/GH-01/Irrigation/Flow", "L", false, 0)));

    assertEquals(
        Map.of(
            "Park", Kind.FOLDER,
            "Park/GH-01", Kind.FOLDER,
            "Park/GH-01/Climate", Kind.OBJECT,
            "Park/GH-01/Climate/Vents", Kind.OBJECT,
            "Park/GH-01/Irrigation", Kind.OBJECT),
        tree.containers());
    assertEquals(
        List.of(
            "Park",
            "Park/GH-01",
            "Park/GH-01/Climate",
            "Park/GH-01/Climate/Vents",
            "Park/GH-01/Irrigation"),
        List.copyOf(tree.containers().keySet()));
  }

  @Test
  void aPathServedTwiceIsRefused() {
    var point = new ServedPoint("Park/X", "", false, 0);

    assertThrows(IllegalArgumentException.class, () -> PointTree.of(List.of(point, point)));
  }

  @Test
  void aPointThatIsAlsoAContainerIsRefused() {
    List<ServedPoint> points =
        List.of(new ServedPoint("Park/X", "", false, 0), new ServedPoint("Park/X/Y", "", false, 0));

    assertThrows(IllegalArgumentException.class, () -> PointTree.of(points));
  }

  @Test
  void euRangeNeedsLowBelowHigh() {
    var point = new ServedPoint("Park/X", "°C", false, 0);

    assertEquals(-10.0, point.withEuRange(-10, 50).euRange().orElseThrow().low());
    assertThrows(IllegalArgumentException.class, () -> point.withEuRange(5, 5));
    assertThrows(IllegalArgumentException.class, () -> point.withEuRange(0, Double.NaN));
  }
}
