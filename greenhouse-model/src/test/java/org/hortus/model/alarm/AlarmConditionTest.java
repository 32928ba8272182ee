package org.hortus.model.alarm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmConditionTest {

  private static final ZoneId PARK = ZoneId.of("Europe/Amsterdam");
  private static final Instant T0 = AlarmScript.T0;

  private static AlarmDefinition airAboveVentilation() {
    return AlarmDefinition.builder("GH-01.air.hot", "GH-01.air", "GH-01 air temperature")
        .unit("°C")
        .priority(AlarmPriority.MEDIUM)
        .condition(new AlarmCondition.AboveSetpointBand("ventilation", 5, 0.5))
        .onDelay(Duration.ofMinutes(10))
        .build();
  }

  @ParameterizedTest(name = "ventilation {0} °C, air {1} °C held {2} min → {3}")
  @CsvSource(
      textBlock =
          """
          24, 29.0, 30, NORMAL
          24, 29.6,  9, NORMAL
          24, 29.6, 10, UNACKNOWLEDGED
          26, 29.6, 30, NORMAL
          20, 25.1, 10, UNACKNOWLEDGED
          """)
  void airMoreThanFiveDegreesAboveVentilationForTenMinutesRaisesTheBandAlarm(
      double ventilation, double air, int minutes, AlarmState expected) {
    Alarm alarm = new Alarm(airAboveVentilation());
    for (int minute = 0; minute <= minutes; minute++) {
      alarm.evaluate(
          T0.plus(Duration.ofMinutes(minute)),
          AlarmInput.good(air).withSetpoint("ventilation", ventilation));
    }
    assertEquals(expected, alarm.state());
  }

  @Test
  void theBandAlarmWordsSetpointOffsetAndDelay() {
    Alarm alarm = new Alarm(airAboveVentilation());
    AlarmInput hot = AlarmInput.good(29.6).withSetpoint("ventilation", 24);
    alarm.evaluate(T0, hot);
    List<AlarmTransition> raised = alarm.evaluate(T0.plus(Duration.ofMinutes(10)), hot);
    assertEquals(
        "GH-01 air temperature 29.6 °C above ventilation 24.0 °C + 5.0 °C for 10 min",
        raised.getFirst().message());
  }

  @Test
  void theBandFollowsTheSetpointSoARaisedSetpointClearsIt() {
    Alarm alarm = new Alarm(airAboveVentilation());
    alarm.evaluate(T0, AlarmInput.good(30).withSetpoint("ventilation", 24));
    alarm.evaluate(
        T0.plus(Duration.ofMinutes(10)), AlarmInput.good(30).withSetpoint("ventilation", 24));
    List<AlarmTransition> cleared =
        alarm.evaluate(
            T0.plus(Duration.ofMinutes(11)), AlarmInput.good(30).withSetpoint("ventilation", 26));
    assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, cleared.getFirst().to());
  }

  @Test
  void aMissingSetpointNeitherRaisesNorClearsTheBand() {
    Alarm alarm = new Alarm(airAboveVentilation());
    for (int minute = 0; minute <= 20; minute++) {
      assertEquals(
          List.of(), alarm.evaluate(T0.plus(Duration.ofMinutes(minute)), AlarmInput.good(40)));
    }
  }

  @Test
  void aBelowSetpointBandRaisesUnderTheSetpointMinusTheOffset() {
    Alarm alarm =
        new Alarm(
            AlarmDefinition.builder("GH-01.air.cold", "GH-01.air", "GH-01 air temperature")
                .unit("°C")
                .condition(new AlarmCondition.BelowSetpointBand("heating", 3, 0.5))
                .build());
    assertEquals(List.of(), alarm.evaluate(T0, AlarmInput.good(15).withSetpoint("heating", 18)));
    List<AlarmTransition> raised =
        alarm.evaluate(T0.plusSeconds(1), AlarmInput.good(14.9).withSetpoint("heating", 18));
    assertEquals(
        "GH-01 air temperature 14.9 °C below heating 18.0 °C − 3.0 °C",
        raised.getFirst().message());
  }

  @Test
  void aBadInputDoesNotRaiseALimitAlarm() {
    Alarm alarm = new Alarm(AlarmScript.airHigh().build());
    for (int second = 0; second < 600; second += 10) {
      assertEquals(List.of(), alarm.evaluate(T0.plusSeconds(second), AlarmInput.bad()));
    }
    assertEquals(AlarmState.NORMAL, alarm.state());
  }

  @Test
  void theSensorBadKindRaisesOnBadQualityAfterItsDelay() {
    Alarm alarm =
        new Alarm(
            AlarmDefinition.builder("GH-01.air.bad", "GH-01.air", "GH-01 air temperature")
                .priority(AlarmPriority.MEDIUM)
                .condition(new AlarmCondition.BadQuality())
                .onDelay(Duration.ofSeconds(30))
                .build());
    assertEquals(List.of(), alarm.evaluate(T0, AlarmInput.good(21)));
    assertEquals(List.of(), alarm.evaluate(T0.plusSeconds(10), AlarmInput.bad()));
    AlarmTransition raised = alarm.evaluate(T0.plusSeconds(40), AlarmInput.bad()).getFirst();
    assertEquals(AlarmState.UNACKNOWLEDGED, raised.to());
    assertEquals("GH-01 air temperature sensor BAD for 30 s", raised.message());
    assertEquals(21, raised.value(), 1e-9, "the last good value stays on record");
    AlarmTransition back = alarm.evaluate(T0.plusSeconds(50), AlarmInput.good(21.5)).getFirst();
    assertEquals(AlarmState.RETURNED_UNACKNOWLEDGED, back.to());
  }

  private static AlarmDefinition northDoor() {
    return AlarmDefinition.builder("GH-01.door.north", "GH-01.door.north", "GH-01 north door")
        .priority(AlarmPriority.MEDIUM)
        .condition(AlarmCondition.Digital.whenOn("open", "closed"))
        .outsideOf(
            new WorkingHours(
                LocalTime.of(7, 0),
                LocalTime.of(17, 0),
                PARK,
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
        .build();
  }

  @ParameterizedTest(name = "door open {1} at {0} local → {2}")
  @CsvSource(
      textBlock =
          """
          2025-06-02T10:00, true,  NORMAL
          2025-06-02T22:00, true,  UNACKNOWLEDGED
          2025-06-02T06:59, true,  UNACKNOWLEDGED
          2025-06-02T07:00, true,  NORMAL
          2025-06-02T17:00, true,  UNACKNOWLEDGED
          2025-06-02T22:00, false, NORMAL
          2025-06-07T10:00, true,  UNACKNOWLEDGED
          """)
  void aDoorOpenRaisesOnlyOutsideWorkingHours(
      LocalDateTime local, boolean open, AlarmState expected) {
    Alarm door = new Alarm(northDoor());
    door.evaluate(local.atZone(PARK).toInstant(), AlarmInput.digital(open));
    assertEquals(expected, door.state());
  }

  @Test
  void aDoorLeftOpenAtTheEndOfTheWorkingDayRaisesThen() {
    Alarm door = new Alarm(northDoor());
    Instant afternoon = LocalDateTime.parse("2025-06-02T16:50").atZone(PARK).toInstant();
    assertEquals(List.of(), door.evaluate(afternoon, AlarmInput.digital(true)));
    AlarmTransition raised =
        door.evaluate(afternoon.plus(Duration.ofMinutes(10)), AlarmInput.digital(true)).getFirst();
    assertEquals("GH-01 north door open outside working hours", raised.message());
  }

  @Test
  void workingHoursMayRunPastMidnight() {
    WorkingHours nightShift = WorkingHours.daily(LocalTime.of(22, 0), LocalTime.of(6, 0), PARK);
    assertTrue(
        nightShift.contains(LocalDateTime.parse("2025-06-02T23:30").atZone(PARK).toInstant()));
    assertTrue(
        nightShift.contains(LocalDateTime.parse("2025-06-03T05:59").atZone(PARK).toInstant()));
    assertEquals(
        false,
        nightShift.contains(LocalDateTime.parse("2025-06-03T06:00").atZone(PARK).toInstant()));
  }

  @Test
  void aSmokeDetectorRaisesAnUrgentAlarmAtOnce() {
    Alarm smoke =
        new Alarm(
            AlarmDefinition.builder("GH-01.smoke", "GH-01.smoke", "GH-01 smoke detector")
                .priority(AlarmPriority.URGENT)
                .condition(AlarmCondition.Digital.whenOn("smoke", "clear"))
                .build());
    AlarmTransition raised = smoke.evaluate(T0, AlarmInput.digital(true)).getFirst();
    assertEquals(AlarmPriority.URGENT, raised.priority());
    assertEquals("GH-01 smoke detector smoke", raised.message());
  }

  @Test
  void aDigitalAlarmMayBeActiveWhenTheSignalIsOff() {
    Alarm running =
        new Alarm(
            AlarmDefinition.builder("WS-1.pump.down", "WS-1.pump.running", "WS-1 pump")
                .condition(new AlarmCondition.Digital(false, "stopped", "running"))
                .build());
    assertEquals(List.of(), running.evaluate(T0, AlarmInput.digital(true)));
    assertEquals(
        AlarmState.UNACKNOWLEDGED,
        running.evaluate(T0.plusSeconds(1), AlarmInput.digital(false)).getFirst().to());
  }
}
