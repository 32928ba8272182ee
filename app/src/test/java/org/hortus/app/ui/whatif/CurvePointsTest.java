package org.hortus.app.ui.whatif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hortus.app.sim.ClimateCurves;
import org.hortus.app.sim.ClimateCurves.Quantity;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ActuatorCommand;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.whatif.LoopStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CurvePointsTest {

  private static final Instant START = Instant.parse("2026-02-28T16:00:00Z");

  @Test
  void aShortRunIsDrawnWhole() {
    ClimateCurves curves = curves(2 * 96);
    List<CurvePoints.Point> points = CurvePoints.of(curves, Quantity.AIR_TEMPERATURE, START);
    assertEquals(2 * 96, points.size());
    assertEquals(0.0, points.getFirst().day());
    assertEquals(1.0, points.get(96).day(), 1e-12);
    assertEquals(curves.value(Quantity.AIR_TEMPERATURE, 96), points.get(96).value());
  }

  @Test
  void aYearIsReducedAndKeepsItsPeak() {
    ClimateCurves curves = curves(366 * 96);
    List<CurvePoints.Point> points = CurvePoints.of(curves, Quantity.AIR_TEMPERATURE, START);
    assertEquals(CurvePoints.MAX_POINTS, points.size());
    assertEquals(0.0, points.getFirst().day());
    assertTrue(points.getLast().day() > 365.9, String.valueOf(points.getLast()));
    assertTrue(points.stream().anyMatch(p -> p.value() == 40.0), "the one hot quarter hour was lost");
  }

  @ParameterizedTest
  @CsvSource(textBlock = """
      1, 0.25
      2, 0.5
      7, 1
      14, 2
      31, 7
      90, 14
      366, 61
      """)
  void daysGetAtMostSevenTicks(int days, double tick) {
    assertEquals(tick, CurveCharts.dayTick(days));
  }

  /** {@code intervals} quarter hours of a daily swing, with one 40 °C spike on day 200. */
  private static ClimateCurves curves(int intervals) {
    ClimateCurves.Recorder recorder = new ClimateCurves.Recorder(START, Duration.ofMinutes(15), intervals);
    ClimateScan scan = new ClimateScan(START, Map.of(
        Actuator.LEE_VENT, new ActuatorCommand(Actuator.LEE_VENT, 10, "ventilation", "test"),
        Actuator.WINDWARD_VENT, new ActuatorCommand(Actuator.WINDWARD_VENT, 0, "ventilation", "test")), List.of(), 0, 0);
    for (int i = 0; i < intervals; i++) {
      double air = i == 200 * 96 ? 40 : 18 + 4 * Math.sin(i * 2 * Math.PI / 96);
      recorder.accept(new LoopStep(START.plus(Duration.ofMinutes(15L * i)), null, air, 80, 600, null, scan));
    }
    return recorder.finish();
  }
}
