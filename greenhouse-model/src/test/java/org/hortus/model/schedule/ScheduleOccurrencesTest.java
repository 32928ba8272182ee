package org.hortus.model.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScheduleOccurrencesTest {

  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1); // a Friday

  private static VentilationSchedule airing(
      Recurrence recurrence, Validity validity, String time, int minutes) {
    return new VentilationSchedule(
        "VEN-1",
        "morning airing",
        "GH-01",
        new ScheduleTiming(recurrence, validity, LocalTime.parse(time)),
        20,
        Duration.ofMinutes(minutes),
        true);
  }

  private static List<Integer> daysOfMonth(Schedule schedule, int fromDay, int toDay) {
    return schedule
        .occurrences(MAY_1.withDayOfMonth(fromDay), MAY_1.withDayOfMonth(toDay), AMSTERDAM)
        .stream()
        .map(o -> o.start().getDayOfMonth())
        .toList();
  }

  private static List<Integer> days(String list) {
    return list.isBlank()
        ? List.of()
        : Arrays.stream(list.split(" ")).map(Integer::valueOf).toList();
  }

  @ParameterizedTest(name = "{0}: May {1}–{2} → {3}")
  @CsvSource(
      textBlock =
          """
          daily,           1, 5,  1 2 3 4 5
          Mon Wed Fri,     1, 10, 1 4 6 8
          every 3 days,    1, 10, 1 4 7 10
          every 3 from 4,  1, 10, 4 7 10
          every 1 day,     3, 5,  3 4 5
          """)
  void eachRecurrenceKindRunsOnItsDates(String kind, int fromDay, int toDay, String expected) {
    Recurrence recurrence =
        switch (kind) {
          case "daily" -> Recurrence.daily();
          case "Mon Wed Fri" ->
              Recurrence.on(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
          case "every 3 days" -> Recurrence.everyDays(3, MAY_1);
          case "every 3 from 4" -> Recurrence.everyDays(3, MAY_1.withDayOfMonth(4));
          case "every 1 day" -> Recurrence.everyDays(1, MAY_1);
          default -> throw new IllegalArgumentException(kind);
        };

    assertEquals(
        days(expected),
        daysOfMonth(airing(recurrence, Validity.ALWAYS, "06:00", 30), fromDay, toDay));
  }

  @ParameterizedTest(name = "valid {0}–{1} → {2}")
  @CsvSource(
      textBlock =
          """
          2026-05-03, 2026-05-05, 3 4 5
          2026-05-05, 2026-05-05, 5
          2026-06-01, 2026-06-30, ''
          2026-04-01, 2026-05-02, 1 2
          """)
  void onlyDatesWithinTheValidityCount(LocalDate from, LocalDate until, String expected) {
    VentilationSchedule schedule =
        airing(Recurrence.daily(), Validity.between(from, until), "06:00", 30);

    assertEquals(days(expected), daysOfMonth(schedule, 1, 10));
  }

  @Test
  void anOpenValidityRunsFromItsStartOn() {
    VentilationSchedule schedule =
        airing(Recurrence.daily(), Validity.startingOn(MAY_1.plusDays(8)), "06:00", 30);

    assertEquals(List.of(9, 10), daysOfMonth(schedule, 1, 10));
  }

  @Test
  void aDisabledScheduleHasNoOccurrences() {
    VentilationSchedule schedule =
        airing(Recurrence.daily(), Validity.ALWAYS, "06:00", 30).withEnabled(false);

    assertTrue(schedule.occurrences(MAY_1, MAY_1.plusDays(30), AMSTERDAM).isEmpty());
  }

  @Test
  void anOccurrenceStartsAtItsLocalTimeAndLastsItsDuration() {
    Occurrence<VentilationSchedule> run =
        airing(Recurrence.daily(), Validity.ALWAYS, "14:00", 30)
            .occurrences(MAY_1, MAY_1, AMSTERDAM)
            .getFirst();

    assertEquals(MAY_1.atTime(14, 0).atZone(AMSTERDAM), run.start());
    assertEquals(MAY_1.atTime(14, 30).atZone(AMSTERDAM), run.end());
    assertEquals("14:00–14:30", run.span());
  }

  @ParameterizedTest(name = "{0} at {1} for {2} min → {3} to {4}")
  @CsvSource(
      textBlock =
          """
          2026-03-29, 02:30,  60, 2026-03-29T03:30+02:00, 2026-03-29T04:30+02:00
          2026-03-29, 01:30, 120, 2026-03-29T01:30+01:00, 2026-03-29T04:30+02:00
          2026-10-25, 02:30,  30, 2026-10-25T02:30+02:00, 2026-10-25T02:00+01:00
          2026-10-25, 01:30, 120, 2026-10-25T01:30+02:00, 2026-10-25T02:30+01:00
          2026-10-26, 02:30,  30, 2026-10-26T02:30+01:00, 2026-10-26T03:00+01:00
          """)
  void daylightSavingDaysRunOnceAndLastTheirElapsedDuration(
      LocalDate day, String time, int minutes, String start, String end) {
    List<Occurrence<VentilationSchedule>> runs =
        airing(Recurrence.daily(), Validity.ALWAYS, time, minutes).occurrences(day, day, AMSTERDAM);

    assertEquals(1, runs.size(), "once, even when the local time occurs twice");
    assertEquals(java.time.OffsetDateTime.parse(start), runs.getFirst().start().toOffsetDateTime());
    assertEquals(java.time.OffsetDateTime.parse(end), runs.getFirst().end().toOffsetDateTime());
    assertEquals(Duration.ofMinutes(minutes), runs.getFirst().duration());
  }

  @Test
  void aVolumeDoseLastsAsLongAsTheZonesPumpNeeds() {
    Zone zone = new Zone("GH-01.Z1", "Z1", 1000, Substrate.ROCKWOOL, "V1", "WS-1", 2.5);
    WaterNetwork network =
        WaterNetwork.of(List.of(new WaterSupply("WS-1", "pump", 7000)), List.of(zone));
    IrrigationSchedule dawn =
        new IrrigationSchedule(
            "IRR-1",
            "dawn",
            "GH-01.Z1",
            ScheduleTiming.daily(LocalTime.of(5, 30)),
            IrrigationDose.millilitresPerM2(350),
            true);

    Occurrence<IrrigationSchedule> run =
        dawn.occurrences(MAY_1, MAY_1, AMSTERDAM, network).getFirst();

    assertEquals(Duration.ofMinutes(3), run.duration(), "350 L at 7000 L/h");
    assertEquals(350, network.litres("GH-01.Z1", dawn.dose()), 1e-9);
    assertEquals(
        Duration.ZERO,
        dawn.occurrences(MAY_1, MAY_1, AMSTERDAM).getFirst().duration(),
        "without the network a volume's length is unknown");
  }

  @Test
  void aRunTimeDoseKnowsItsLengthAndVolume() {
    IrrigationDose dose = IrrigationDose.runTime(Duration.ofMinutes(6));

    assertEquals(700, dose.litres(1000, 7000), 1e-9);
    assertEquals(Duration.ofMinutes(6), dose.runTime(1000, 7000));
  }

  @Test
  void impossibleSchedulesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Recurrence.everyDays(0, MAY_1));
    assertThrows(IllegalArgumentException.class, () -> Validity.between(MAY_1, MAY_1.minusDays(1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> airing(Recurrence.daily(), Validity.ALWAYS, "06:00", 0));
    assertThrows(IllegalArgumentException.class, () -> IrrigationDose.millilitresPerM2(-1));
    assertEquals(ZoneOffset.ofHours(2), MAY_1.atStartOfDay(AMSTERDAM).getOffset());
  }

  @ParameterizedTest(name = "at {0} the running airing is {1}")
  @CsvSource(
      textBlock =
          """
          2026-05-02T05:59, none
          2026-05-02T06:00, early
          2026-05-02T06:20, late
          2026-05-02T06:45, late
          2026-05-02T07:00, none
          2026-05-03T00:30, night
          """)
  void theRunHoldingNowIsTheOneThatStartedLast(String localTime, String expected) {
    List<VentilationSchedule> schedules =
        List.of(
            named("early", "06:00", 30),
            named("late", "06:15", 45),
            named("night", "23:30", 90));
    var now = java.time.LocalDateTime.parse(localTime).atZone(AMSTERDAM).toInstant();
    String running =
        VentilationSchedule.runningAt(schedules, now, AMSTERDAM)
            .map(o -> o.schedule().name())
            .orElse("none");
    assertEquals(expected, running);
  }

  @Test
  void aDisabledScheduleNeverRuns() {
    VentilationSchedule off = named("early", "06:00", 30).withEnabled(false);
    var now = MAY_1.atTime(6, 10).atZone(AMSTERDAM).toInstant();
    assertTrue(VentilationSchedule.runningAt(List.of(off), now, AMSTERDAM).isEmpty());
  }

  private static VentilationSchedule named(String name, String time, int minutes) {
    return new VentilationSchedule(
        name, name, "GH-01", ScheduleTiming.daily(LocalTime.parse(time)), 20, Duration.ofMinutes(minutes), true);
  }
}
