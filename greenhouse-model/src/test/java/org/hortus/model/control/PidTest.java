package org.hortus.model.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PidTest {

  private static Pid pid(double rate) {
    return new Pid(new Pid.Tuning(10, 100, 0, 20, 90, rate), 20);
  }

  @Test
  void integralRemovesASteadyError() {
    Pid pid = pid(Double.POSITIVE_INFINITY);
    double first = pid.update(1, 1);
    double later = first;
    for (int i = 0; i < 50; i++) {
      later = pid.update(1, 1);
    }
    assertEquals(20 + 10 + 10 * 1 / 100.0, first, 1e-9);
    assertTrue(later > first + 4, "integral keeps adding while the error stays");
  }

  @Test
  void antiWindupLetsTheOutputLeaveSaturationAtOnceWhenTheErrorTurns() {
    Pid pid = pid(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 10_000; i++) {
      pid.update(10, 1); // far too cold for hours: output pinned at 90
    }
    assertEquals(90, pid.output(), 1e-9);
    double afterTurn = pid.update(-1, 1);
    assertTrue(afterTurn < 90 - 9, "without wind-up the output drops with the first negative error: " + afterTurn);
  }

  @Test
  void outputStaysWithinItsLimits() {
    Pid pid = pid(Double.POSITIVE_INFINITY);
    assertEquals(20, pid.update(-50, 1), 1e-9);
    assertEquals(90, pid.update(500, 1), 1e-9);
  }

  @Test
  void rateLimitBoundsTheStepPerScan() {
    Pid pid = pid(0.5);
    assertEquals(20.5, pid.update(10, 1), 1e-9);
    assertEquals(22.5, pid.update(10, 4), 1e-9);
  }

  @Test
  void bumplessTransferResumesFromTheTrackedOutput() {
    Pid pid = pid(Double.POSITIVE_INFINITY);
    pid.track(55); // a technician held the pipe at 55 °C
    assertEquals(55, pid.update(0, 1), 1e-9, "zero error: no bump after the override ends");
  }
}
