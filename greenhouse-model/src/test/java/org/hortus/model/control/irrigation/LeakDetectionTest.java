package org.hortus.model.control.irrigation;

import static org.hortus.model.control.irrigation.IrrigationRig.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.hortus.model.control.irrigation.IrrigationEvent.LeakDetected;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotDropped;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotStarted;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Flow with every valve of a supply closed, longer than 30 s above 100 L/h, is a leak. */
class LeakDetectionTest {

  private static final Duration TEN_SECONDS = Duration.ofSeconds(10);
  private final IrrigationRig rig = IrrigationRig.oneSupply(2, 7000);

  @ParameterizedTest(name = "{0} L/h seen for {1} s with valves closed → locked out: {2}")
  @CsvSource(
      textBlock =
          """
          850, 60, true
          850, 30, true
          850, 20, false
          90, 120, false
          """)
  void flowWithAllValvesClosedLocksOutTheSupplyAfterTheDebounce(
      double flow, int seconds, boolean locked) {
    rig.scanAt("06:00");
    rig.flowLitresPerHour.put("WS-1", flow);

    rig.runUntil(at("06:00").plusSeconds(10 + seconds), TEN_SECONDS); // first seen at 06:00:10

    assertEquals(locked, rig.controller.lockout("WS-1").isPresent());
    assertEquals(locked ? 1 : 0, rig.events(LeakDetected.class).size());
  }

  @Test
  void aLeakLocksOutTheSupplyWithTheReasonUntilReset() {
    rig.radiation(2000).scanAt("06:59");
    rig.flowLitresPerHour.put("WS-1", 850.0);

    IrrigationOutputs locked = rig.runUntil("07:30");

    String reason = "leak on WS-1: 850 L/h with all valves closed";
    assertEquals(reason, rig.events(LeakDetected.class).getFirst().message());
    assertEquals(reason, locked.zone("GH-01.Z1").reason());
    assertEquals(reason, locked.zone("GH-01.Z2").reason());
    assertTrue(rig.events(ShotStarted.class).isEmpty(), "no shot while locked out");

    rig.flowLitresPerHour.put("WS-1", 0.0);
    Optional<IrrigationEvent> reset =
        rig.controller.resetLeakLockout("WS-1", at("07:30").toInstant());
    assertEquals("leak lockout of WS-1 reset", reset.orElseThrow().message());
    IrrigationOutputs after = rig.runUntil("07:31");

    assertTrue(after.zone("GH-01.Z1").open());
    assertEquals("queued behind GH-01.Z1 on WS-1", after.zone("GH-01.Z2").reason());
  }

  @Test
  void flowWhileAValveIsOpenOrJustAfterItClosesIsNoLeak() {
    rig.radiation(500).scanAt("06:59");
    rig.runUntil("07:33");
    rig.flowLitresPerHour.put("WS-1", 7000.0); // shot Z1 07:33–07:36, shot Z2 07:36–07:39

    rig.runUntil(at("07:39").plusSeconds(20), TEN_SECONDS); // pipes drain for 20 s
    rig.flowLitresPerHour.put("WS-1", 0.0);
    rig.runUntil("07:45");

    assertFalse(rig.controller.lockout("WS-1").isPresent());
    assertEquals(2, rig.events(ShotStarted.class).size());
  }

  @Test
  void aScheduledShotOnALockedOutSupplyIsDroppedWithTheReason() {
    IrrigationSchedule dawn =
        new IrrigationSchedule(
            "IRR-1",
            "dawn",
            "GH-01.Z1",
            ScheduleTiming.daily(LocalTime.of(5, 30)),
            IrrigationDose.millilitresPerM2(200),
            true);
    IrrigationRig withSchedule = IrrigationRig.oneSupply(1, 7000, b -> b.schedules(List.of(dawn)));
    withSchedule.flowLitresPerHour.put("WS-1", 850.0);
    withSchedule.scanAt("05:00");

    withSchedule.runUntil("05:31");

    assertEquals(
        "GH-01.Z1 schedule shot dropped: leak on WS-1: 850 L/h with all valves closed"
            + " (schedule 'dawn' at 05:30)",
        withSchedule.events(ShotDropped.class).getFirst().message());
  }

  @Test
  void resettingASupplyThatIsNotLockedOutDoesNothing() {
    assertTrue(rig.controller.resetLeakLockout("WS-1", Instant.EPOCH).isEmpty());
  }
}
