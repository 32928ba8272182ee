package org.hortus.model.control.irrigation;

import static org.hortus.model.control.irrigation.IrrigationRig.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.OptionalDouble;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotDropped;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotEnded;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotStarted;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Zones sharing one pump: one valve at a time, a priority queue, nothing lost. */
class SupplyQueueTest {

  private static IrrigationSchedule schedule(
      String name, String zoneId, String time, IrrigationDose dose) {
    return new IrrigationSchedule(
        "IRR-" + name, name, zoneId, ScheduleTiming.daily(LocalTime.parse(time)), dose, true);
  }

  @Test
  void twoZonesOnOneSupplyRunOneAfterTheOtherAndBothShotsAreDelivered() {
    IrrigationRig rig = IrrigationRig.oneSupply(2, 7000).radiation(500);
    rig.scanAt("06:59");

    IrrigationOutputs first = rig.runUntil("07:33");
    assertTrue(first.zone("GH-01.Z1").open());
    assertFalse(first.zone("GH-01.Z2").open());
    assertEquals("queued behind GH-01.Z1 on WS-1", first.zone("GH-01.Z2").reason());

    for (int minute = 34; minute <= 45; minute++) {
      IrrigationOutputs out = rig.scanAt("07:" + minute);
      assertFalse(out.zone("GH-01.Z1").open() && out.zone("GH-01.Z2").open(), "07:" + minute);
    }

    assertEquals(List.of("07:33"), rig.shotStarts("GH-01.Z1"));
    assertEquals(List.of("07:36"), rig.shotStarts("GH-01.Z2"), "starts in the scan Z1 closes");
    assertEquals(350, rig.last().zone("GH-01.Z1").deliveredTodayLitres(), 1e-9);
    assertEquals(350, rig.last().zone("GH-01.Z2").deliveredTodayLitres(), 1e-9);
    assertTrue(rig.events(ShotDropped.class).isEmpty());
  }

  @Test
  void theQueueRunsDrySubstrateThenRadiationThenScheduleShots() {
    IrrigationRig rig =
        IrrigationRig.oneSupply(
            4,
            7000,
            b ->
                b.dryFloorPercent("GH-01.Z4", 45)
                    .schedules(
                        List.of(
                            schedule(
                                "long flush",
                                "GH-01.Z1",
                                "06:45",
                                IrrigationDose.runTime(Duration.ofMinutes(30))),
                            schedule(
                                "top-up",
                                "GH-01.Z2",
                                "06:50",
                                IrrigationDose.millilitresPerM2(200)))));
    rig.zoneRadiationWattsPerM2.put("GH-01.Z3", 2000.0); // radiation shot due at 07:08
    rig.scanAt("06:30");
    rig.runUntil("07:10");
    rig.waterContent.put("GH-01.Z4", OptionalDouble.of(40)); // dry-substrate shot due at 07:11

    IrrigationOutputs queued = rig.runUntil("07:12");
    rig.runUntil("07:25");

    assertEquals("queued behind GH-01.Z1 on WS-1", queued.zone("GH-01.Z2").reason());
    List<String> order =
        rig.events(ShotStarted.class).stream()
            .map(
                e ->
                    Texts.clock(e.instant(), IrrigationRig.AMSTERDAM)
                        + " "
                        + e.zoneId()
                        + " "
                        + e.trigger())
            .toList();
    assertEquals(
        List.of(
            "06:45 GH-01.Z1 SCHEDULE",
            "07:15 GH-01.Z4 DRY_SUBSTRATE",
            "07:18 GH-01.Z3 RADIATION",
            "07:21 GH-01.Z2 SCHEDULE"),
        order);
    assertTrue(rig.events(ShotDropped.class).isEmpty());
  }

  @Test
  void aQueuedShotIsDroppedWithItsReasonWhenTheWindowCloses() {
    IrrigationRig rig =
        IrrigationRig.oneSupply(
            2,
            7000,
            b ->
                b.schedules(
                    List.of(
                        schedule(
                            "evening flush",
                            "GH-01.Z1",
                            "18:40",
                            IrrigationDose.runTime(Duration.ofMinutes(30))))));
    rig.strategy = new IrrigationStrategy(60, 100, 15, 720, 350, 120, 6.0); // no max-interval shot
    rig.zoneRadiationWattsPerM2.put("GH-01.Z1", 0.0);
    rig.zoneRadiationWattsPerM2.put("GH-01.Z2", 1000.0); // shots at 18:17, 18:34, due 18:50
    rig.scanAt("18:00");

    IrrigationOutputs queued = rig.runUntil("18:59");
    IrrigationOutputs closed = rig.runUntil("19:00");

    assertEquals(List.of("18:17", "18:34"), rig.shotStarts("GH-01.Z2"));
    assertEquals("queued behind GH-01.Z1 on WS-1", queued.zone("GH-01.Z2").reason());
    ShotDropped dropped = rig.events(ShotDropped.class).getFirst();
    assertEquals("GH-01.Z2", dropped.zoneId());
    assertEquals(
        "GH-01.Z2 radiation shot dropped: the irrigation window closed while it was queued"
            + " (radiation sum 100 J/cm² ≥ 100)",
        dropped.message());
    assertEquals(
        "radiation shot dropped: the irrigation window closed while it was queued",
        closed.zone("GH-01.Z2").reason());
    assertTrue(closed.zone("GH-01.Z1").open(), "the running schedule shot goes on");
  }

  @ParameterizedTest(name = "limit {0} min → closes after {1} min, {2} L")
  @CsvSource(
      textBlock =
          """
          30, 30, 300.0, true
          45, 40, 400.0, false
          """)
  void theMaxValveOpenTimeClosesTheValveAndSaysWhy(
      int limitMinutes, int closesAfterMinutes, double litres, boolean cut) {
    // 400 mL/m² on 1000 m² at 600 L/h needs 40 min.
    IrrigationRig rig =
        IrrigationRig.oneSupply(1, 600, b -> b.maxValveOpenTime(Duration.ofMinutes(limitMinutes)));
    rig.strategy = new IrrigationStrategy(60, 100, 15, 60, 400, 120, 6.0);
    rig.scanAt("06:59");
    rig.runUntil("08:00"); // max-interval shot at 08:00
    String closing = LocalTime.of(8, 0).plusMinutes(closesAfterMinutes).toString();

    IrrigationOutputs open = rig.runUntil(at(closing).minusMinutes(1), Duration.ofMinutes(1));
    IrrigationOutputs closed = rig.runUntil(closing);

    assertTrue(open.zone("GH-01.Z1").open());
    assertFalse(closed.zone("GH-01.Z1").open());
    ShotEnded ended = rig.events(ShotEnded.class).getFirst();
    assertEquals(litres, ended.deliveredLitres(), 1e-9);
    assertEquals(cut, ended.cutByMaxValveOpenTime());
    if (cut) {
      assertEquals(
          "max valve-open time 30 min reached on shot 1 (300.0 of 400.0 L)",
          closed.zone("GH-01.Z1").reason());
    }
  }

  @Test
  void aFixedScheduleAsksForAShotAtItsTimeEvenOutsideTheWindow() {
    IrrigationRig rig =
        IrrigationRig.oneSupply(
            1,
            7000,
            b ->
                b.schedules(
                    List.of(
                        schedule(
                            "pre-dawn", "GH-01.Z1", "05:30", IrrigationDose.millilitresPerM2(200)),
                        schedule("off", "GH-01.Z1", "05:40", IrrigationDose.millilitresPerM2(200))
                            .withEnabled(false))));
    rig.scanAt("05:00");

    IrrigationOutputs open = rig.runUntil("05:30");
    IrrigationOutputs after = rig.runUntil("06:00");

    assertEquals("shot 1: schedule 'pre-dawn' at 05:30", open.zone("GH-01.Z1").reason());
    assertEquals(ShotTrigger.SCHEDULE, rig.events(ShotStarted.class).getFirst().trigger());
    assertEquals(List.of("05:30"), rig.shotStarts("GH-01.Z1"), "the disabled one never runs");
    assertEquals(0.2, after.zone("GH-01.Z1").deliveredTodayLitresPerM2(), 1e-9);
  }

  @Test
  void aScheduleShotAboveTheDailyMaximumIsDroppedWithTheReason() {
    IrrigationRig rig =
        IrrigationRig.oneSupply(
            1,
            7000,
            b ->
                b.maxValveOpenTime(Duration.ofHours(2))
                    .schedules(
                        List.of(
                            schedule(
                                "big flush",
                                "GH-01.Z1",
                                "05:30",
                                IrrigationDose.millilitresPerM2(7000)))));
    rig.scanAt("05:00");

    rig.runUntil("05:31");

    assertTrue(rig.events(ShotStarted.class).isEmpty());
    assertEquals(
        "GH-01.Z1 schedule shot dropped: shot of 7.0 L/m² exceeds the daily maximum 6.0 L/m²"
            + " (schedule 'big flush' at 05:30)",
        rig.events(ShotDropped.class).getFirst().message());
  }
}
