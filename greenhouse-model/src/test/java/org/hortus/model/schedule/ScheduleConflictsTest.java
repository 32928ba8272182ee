package org.hortus.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleConflictsTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
  private static final WaterNetwork NETWORK =
      WaterNetwork.of(
          List.of(new WaterSupply("WS-1", "pump 1", 6000), new WaterSupply("WS-2", "pump 2", 6000)),
          List.of(zone("GH-01.Z1", "WS-1"), zone("GH-01.Z2", "WS-1"), zone("GH-02.Z1", "WS-2")));

  private static Zone zone(String id, String supply) {
    return new Zone(id, id, 1000, Substrate.ROCKWOOL, "V-" + id, supply, 2.5);
  }

  private static IrrigationSchedule shot(String name, String zoneId, String time, int minutes) {
    return new IrrigationSchedule(
        "IRR-" + name,
        name,
        zoneId,
        ScheduleTiming.daily(LocalTime.parse(time)),
        IrrigationDose.runTime(Duration.ofMinutes(minutes)),
        true);
  }

  private static ZonedDateTime at(String time) {
    return DAY.atTime(LocalTime.parse(time)).atZone(AMSTERDAM);
  }

  @ParameterizedTest(name = "{0} {1}+{2} min and {3} {4}+{5} min → conflict: {6}")
  @CsvSource(
      textBlock =
          """
          GH-01.Z1, 05:30, 10, GH-01.Z2, 05:35, 10, true
          GH-01.Z1, 05:30, 10, GH-01.Z2, 05:40, 10, false
          GH-01.Z1, 05:30, 10, GH-02.Z1, 05:30, 10, false
          GH-01.Z1, 05:30, 60, GH-01.Z1, 06:00, 10, true
          """)
  void irrigationRunsOverlappingOnOneSupplyConflict(
      String zoneA,
      String timeA,
      int minutesA,
      String zoneB,
      String timeB,
      int minutesB,
      boolean conflict) {
    List<IrrigationSchedule> schedules =
        List.of(shot("a", zoneA, timeA, minutesA), shot("b", zoneB, timeB, minutesB));

    List<IrrigationConflict> found =
        ScheduleConflicts.irrigationOverlaps(schedules, NETWORK, DAY, DAY, AMSTERDAM);

    assertEquals(conflict ? 1 : 0, found.size());
  }

  @Test
  void anIrrigationConflictNamesBothRunsAndTheSupply() {
    List<IrrigationSchedule> schedules =
        List.of(
            shot("dawn Z2", "GH-01.Z2", "05:40", 12),
            shot("dawn Z1", "GH-01.Z1", "05:30", 12),
            shot("dawn GH-02", "GH-02.Z1", "05:30", 12));

    List<IrrigationConflict> found =
        ScheduleConflicts.irrigationOverlaps(schedules, NETWORK, DAY, DAY.plusDays(1), AMSTERDAM);

    assertEquals(2, found.size(), "one per day");
    IrrigationConflict first = found.getFirst();
    assertEquals("WS-1", first.waterSupplyId());
    assertEquals("dawn Z1", first.first().schedule().name());
    assertEquals("dawn Z2", first.second().schedule().name());
    assertEquals(
        "irrigation schedules 'dawn Z1' (GH-01.Z1 05:30–05:42) and 'dawn Z2' (GH-01.Z2 05:40–05:52)"
            + " overlap on WS-1 on 2026-05-04",
        first.describe());
  }

  @Test
  void volumeDosesOverlapByThePumpsRunTime() {
    // 200 mL/m² on 1000 m² at 6000 L/h: 2 min, so 05:30 and 05:31 overlap, 05:30 and 05:32 do not.
    IrrigationDose dose = IrrigationDose.millilitresPerM2(200);
    List<IrrigationSchedule> schedules =
        List.of(
            new IrrigationSchedule(
                "A", "a", "GH-01.Z1", ScheduleTiming.daily(LocalTime.of(5, 30)), dose, true),
            new IrrigationSchedule(
                "B", "b", "GH-01.Z2", ScheduleTiming.daily(LocalTime.of(5, 31)), dose, true),
            new IrrigationSchedule(
                "C", "c", "GH-01.Z2", ScheduleTiming.daily(LocalTime.of(5, 34)), dose, true));

    List<IrrigationConflict> found =
        ScheduleConflicts.irrigationOverlaps(schedules, NETWORK, DAY, DAY, AMSTERDAM);

    assertEquals(1, found.size());
    assertEquals("05:30–05:32", found.getFirst().first().span());
  }

  @Test
  void aDisabledScheduleConflictsWithNothing() {
    List<IrrigationSchedule> schedules =
        List.of(
            shot("a", "GH-01.Z1", "05:30", 10),
            shot("b", "GH-01.Z2", "05:35", 10).withEnabled(false));

    assertTrue(
        ScheduleConflicts.irrigationOverlaps(schedules, NETWORK, DAY, DAY, AMSTERDAM).isEmpty());
  }

  @Test
  void aStormInterlockOverridesAVentilationScheduleAndSaysWhy() {
    VentilationSchedule airing =
        new VentilationSchedule(
            "VEN-1",
            "morning airing",
            "GH-01",
            ScheduleTiming.daily(LocalTime.of(14, 0)),
            20,
            Duration.ofMinutes(30),
            true);
    InterlockPeriod storm =
        InterlockPeriod.parkWide("storm interlock", "wind 19 m/s", at("14:00"), at("14:40"));

    List<InterlockOverride> overrides =
        ScheduleConflicts.overriddenByInterlocks(
            List.of(airing), List.of(storm), DAY, DAY, AMSTERDAM);

    assertEquals(1, overrides.size());
    assertEquals(
        "storm interlock 14:00–14:40 (wind 19 m/s) overrides ventilation schedule 'morning airing'"
            + " 14:00–14:30",
        overrides.getFirst().describe());
  }

  @ParameterizedTest(name = "interlock {0}–{1} on {2} → overrides: {3}")
  @CsvSource(
      textBlock =
          """
          14:20, 15:00, '',    true
          13:00, 14:00, '',    false
          14:30, 15:00, '',    false
          13:00, 16:00, GH-01, true
          13:00, 16:00, GH-02, false
          """)
  void anInterlockOverridesOnlyRunsItOverlapsInItsGreenhouses(
      String from, String until, String greenhouse, boolean overrides) {
    VentilationSchedule airing =
        new VentilationSchedule(
            "VEN-1",
            "morning airing",
            "GH-01",
            ScheduleTiming.daily(LocalTime.of(14, 0)),
            20,
            Duration.ofMinutes(30),
            true);
    Set<String> scope = greenhouse.isEmpty() ? Set.of() : Set.of(greenhouse);
    InterlockPeriod rain =
        new InterlockPeriod("rain interlock", "rain 2 mm/h", at(from), at(until), scope);

    List<InterlockOverride> found =
        ScheduleConflicts.overriddenByInterlocks(
            List.of(airing), List.of(rain), DAY, DAY, AMSTERDAM);

    assertEquals(overrides ? 1 : 0, found.size());
  }
}
