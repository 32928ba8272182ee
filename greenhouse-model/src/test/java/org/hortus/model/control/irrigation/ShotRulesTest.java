package org.hortus.model.control.irrigation;

import static org.hortus.model.control.irrigation.IrrigationRig.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotStarted;
import org.hortus.model.recipe.IrrigationStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One zone (1000 m², 350 mL/m² = 350 L in 3 min at 7000 L/h), scanned every minute. */
class ShotRulesTest {

  private final IrrigationRig rig = IrrigationRig.oneSupply(1, 7000);

  @ParameterizedTest(name = "{0} W/m² → first shot at {1} ({2})")
  @CsvSource(
      textBlock =
          """
          1000, 07:16, RADIATION,    shot 1: radiation sum 102 J/cm² ≥ 100
           500, 07:33, RADIATION,    shot 1: radiation sum 102 J/cm² ≥ 100
           400, 07:41, RADIATION,    shot 1: radiation sum 101 J/cm² ≥ 100
           200, 08:00, MAX_INTERVAL, shot 1: max interval 60 min since the window opened at 07:00
          """)
  void radiationSumTriggersAShotAtTheThreshold(
      double radiation, String firstShot, ShotTrigger trigger, String reason) {
    rig.radiation(radiation).scanAt("06:59");

    rig.runUntil("08:00");

    ShotStarted first = rig.events(ShotStarted.class).getFirst();
    assertEquals(firstShot, Texts.clock(first.instant(), IrrigationRig.AMSTERDAM));
    assertEquals(trigger, first.trigger());
    assertTrue(first.message().contains(reason), first.message());
  }

  @Test
  void theValveShowsTheShotsReasonWhileOpen() {
    rig.radiation(500).scanAt("06:59");
    IrrigationOutputs out = rig.runUntil("07:33");

    ZoneCommand z1 = out.zone("GH-01.Z1");
    assertTrue(z1.open());
    assertEquals("shot 1: radiation sum 102 J/cm² ≥ 100", z1.reason());
    assertEquals(
        2, z1.radiationSumJoulesPerCm2(), 1e-9, "restarts, keeping the 2 J/cm² beyond 100");
  }

  @Test
  void shotsComeNoCloserThanTheMinInterval() {
    // 2000 W/m² sums 12 J/cm² a minute: 100 J/cm² in 9 minutes, faster than the 15-min minimum.
    rig.radiation(2000).scanAt("06:59");

    IrrigationOutputs waiting = rig.runUntil("07:37");

    assertEquals(List.of("07:08", "07:23"), rig.shotStarts("GH-01.Z1"));
    assertEquals(
        "radiation sum 180 J/cm² ≥ 100; min interval 15 min: not before 07:38",
        waiting.zone("GH-01.Z1").reason());
    rig.scanAt("07:38");
    assertEquals(List.of("07:08", "07:23", "07:38"), rig.shotStarts("GH-01.Z1"));
    assertTrue(rig.last().zone("GH-01.Z1").reason().startsWith("shot 3: radiation sum 192 J/cm²"));
  }

  @Test
  void theMaxIntervalForcesAShotInTheDark() {
    rig.radiation(0).scanAt("06:59");

    rig.runUntil("10:30");

    assertEquals(List.of("08:00", "09:00", "10:00"), rig.shotStarts("GH-01.Z1"));
    List<ShotStarted> shots = rig.events(ShotStarted.class);
    assertTrue(shots.get(1).message().contains("max interval 60 min since the last shot at 08:00"));
  }

  @Test
  void noShotOutsideTheWindow() {
    rig.radiation(800).scanAt("05:00");

    IrrigationOutputs early = rig.runUntil("06:59");
    assertEquals("waiting for the irrigation window 07:00–19:00", early.zone("GH-01.Z1").reason());
    rig.runUntil("21:00");

    List<ShotStarted> shots = rig.events(ShotStarted.class);
    assertFalse(shots.isEmpty());
    for (ShotStarted shot : shots) {
      int minute =
          shot.instant().atZone(IrrigationRig.AMSTERDAM).toLocalTime().toSecondOfDay() / 60;
      assertTrue(minute >= 7 * 60 && minute < 19 * 60, shot.message());
    }
    assertEquals("irrigation window 07:00–19:00 closed", rig.last().zone("GH-01.Z1").reason());
  }

  @Test
  void noWindowNoShot() {
    rig.noWindow = true;
    rig.radiation(800).scanAt("05:00");

    IrrigationOutputs out = rig.runUntil("21:00");

    assertTrue(rig.events(ShotStarted.class).isEmpty());
    assertEquals("no irrigation window today", out.zone("GH-01.Z1").reason());
  }

  @ParameterizedTest(name = "max {0} L/m² → {1} shots of 0.35 L/m²")
  @CsvSource(
      textBlock =
          """
          6.0,  17
          1.0,   2
          0.7,   2
          0.69,  1
          """)
  void theDailyMaximumStopsShots(double maxDaily, int shots) {
    rig.strategy = new IrrigationStrategy(60, 100, 15, 60, 350, 120, maxDaily);
    rig.radiation(2000).scanAt("06:59");

    IrrigationOutputs out = rig.runUntil("18:59");

    assertEquals(shots, rig.events(ShotStarted.class).size());
    assertEquals(shots * 0.35, out.zone("GH-01.Z1").deliveredTodayLitresPerM2(), 1e-9);
    assertTrue(
        out.zone("GH-01.Z1").reason().startsWith("daily maximum "), out.zone("GH-01.Z1").reason());
  }

  @Test
  void theDailyTallyStartsAgainAtLocalMidnight() {
    rig.strategy = new IrrigationStrategy(60, 100, 15, 60, 350, 120, 0.7);
    rig.radiation(2000).scanAt("06:59");
    IrrigationOutputs noon = rig.runUntil("12:00");
    assertEquals(
        "daily maximum 0.7 L/m² reached (0.70 L/m² given today)", noon.zone("GH-01.Z1").reason());
    rig.runUntil("23:59");

    IrrigationOutputs midnight = rig.scan(at("23:59").plusMinutes(1));

    assertEquals(0, midnight.zone("GH-01.Z1").deliveredTodayLitresPerM2(), 1e-9);
    assertEquals(0, midnight.zone("GH-01.Z1").shotsToday());
    rig.runUntil(at("07:08").plusDays(1), Duration.ofMinutes(1));
    assertEquals(List.of("07:08", "07:23", "07:08"), rig.shotStarts("GH-01.Z1"));
  }

  @Test
  void aDrySubstrateGetsAnExtraShot() {
    IrrigationRig dry = IrrigationRig.oneSupply(1, 7000, b -> b.dryFloorPercent("GH-01.Z1", 45));
    dry.radiation(100).scanAt("06:59");
    dry.runUntil("07:20");
    dry.waterContent.put("GH-01.Z1", OptionalDouble.of(43.5));

    IrrigationOutputs out = dry.scanAt("07:21");

    assertTrue(out.zone("GH-01.Z1").open());
    assertEquals("shot 1: substrate water content 43.5 % < 45.0 %", out.zone("GH-01.Z1").reason());
    assertEquals(ShotTrigger.DRY_SUBSTRATE, dry.events(ShotStarted.class).getFirst().trigger());
  }

  @Test
  void aDrySubstrateShotStillWaitsForTheMinInterval() {
    IrrigationRig dry = IrrigationRig.oneSupply(1, 7000, b -> b.dryFloorPercent("GH-01.Z1", 45));
    dry.radiation(500).scanAt("06:59");
    dry.runUntil("07:40"); // radiation shot at 07:33
    dry.waterContent.put("GH-01.Z1", OptionalDouble.of(40));

    IrrigationOutputs waiting = dry.runUntil("07:47");
    assertEquals(
        "substrate water content 40.0 % < 45.0 %; min interval 15 min: not before 07:48",
        waiting.zone("GH-01.Z1").reason());
    dry.runUntil("07:48");

    assertEquals(List.of("07:33", "07:48"), dry.shotStarts("GH-01.Z1"));
  }

  @Test
  void aDrySubstrateShotStillRespectsTheDailyMaximum() {
    IrrigationRig dry = IrrigationRig.oneSupply(1, 7000, b -> b.dryFloorPercent("GH-01.Z1", 45));
    dry.strategy = new IrrigationStrategy(60, 100, 15, 60, 350, 120, 0.35);
    dry.waterContent.put("GH-01.Z1", OptionalDouble.of(40));
    dry.scanAt("06:59");

    IrrigationOutputs out = dry.runUntil("09:00");

    assertEquals(List.of("07:00"), dry.shotStarts("GH-01.Z1"));
    assertEquals(
        "daily maximum 0.35 L/m² reached (0.35 L/m² given today)", out.zone("GH-01.Z1").reason());
  }
}
