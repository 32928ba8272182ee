package org.hortus.model.alarm;

import static org.hortus.model.alarm.AlarmState.ACKNOWLEDGED;
import static org.hortus.model.alarm.AlarmState.NORMAL;
import static org.hortus.model.alarm.AlarmState.RETURNED_UNACKNOWLEDGED;
import static org.hortus.model.alarm.AlarmState.SUPPRESSED;
import static org.hortus.model.alarm.AlarmState.UNACKNOWLEDGED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hortus.model.alarm.AlarmTransition.Cause;
import org.junit.jupiter.api.Test;

class AlarmKpisTest {

  private static final Instant FROM = Instant.parse("2025-06-02T08:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofHours(2));

  private static AlarmTransition record(
      String id,
      long secondsFromStart,
      AlarmState from,
      AlarmState to,
      AlarmPriority priority,
      boolean active) {
    return record(id, secondsFromStart, from, to, priority, active, false);
  }

  private static AlarmTransition record(
      String id,
      long secondsFromStart,
      AlarmState from,
      AlarmState to,
      AlarmPriority priority,
      boolean active,
      boolean chattering) {
    return new AlarmTransition(
        id,
        id,
        FROM.plusSeconds(secondsFromStart),
        from,
        to,
        priority,
        active,
        0,
        "",
        Cause.CONDITION,
        Optional.empty(),
        Optional.empty(),
        chattering);
  }

  /**
   * Two hours with known answers: a burst of 11 low alarms 10 s apart from 08:10 (flood from the
   * 11th at 08:11:40 until the first leaves the window at 08:20: 500 s); a high door alarm three
   * times within 40 s (chattering); a medium vent alarm three times exactly 60 s apart (not
   * chattering); one alarm flagged chattering by the engine; and alarms raised 25 h, 22 h and 26 h
   * before the start, of which only the first is still active and over 24 h old at the end.
   */
  private static List<AlarmTransition> history() {
    List<AlarmTransition> h = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      h.add(
          record(
              "GH-0" + (i % 6 + 1) + ".burst." + i,
              600 + 10 * i,
              NORMAL,
              UNACKNOWLEDGED,
              AlarmPriority.LOW,
              true));
    }
    for (int i = 0; i < 3; i++) {
      long at = 3600 + 20 * i;
      h.add(
          record(
              "GH-01.door",
              at,
              i == 0 ? NORMAL : RETURNED_UNACKNOWLEDGED,
              UNACKNOWLEDGED,
              AlarmPriority.HIGH,
              true));
      h.add(
          record(
              "GH-01.door",
              at + 10,
              UNACKNOWLEDGED,
              RETURNED_UNACKNOWLEDGED,
              AlarmPriority.HIGH,
              false));
    }
    for (int i = 0; i < 3; i++) {
      long at = 4200 + 30 * i;
      h.add(
          record(
              "GH-02.vent",
              at,
              i == 0 ? NORMAL : RETURNED_UNACKNOWLEDGED,
              UNACKNOWLEDGED,
              AlarmPriority.MEDIUM,
              true));
      h.add(
          record(
              "GH-02.vent",
              at + 5,
              UNACKNOWLEDGED,
              RETURNED_UNACKNOWLEDGED,
              AlarmPriority.MEDIUM,
              false));
    }
    h.add(
        record(
            "GH-06.pipe",
            5000,
            RETURNED_UNACKNOWLEDGED,
            SUPPRESSED,
            AlarmPriority.LOW,
            true,
            true));
    h.add(record("GH-03.co2.low", -25 * 3600, NORMAL, UNACKNOWLEDGED, AlarmPriority.LOW, true));
    h.add(
        record("GH-03.co2.low", -24 * 3600, UNACKNOWLEDGED, ACKNOWLEDGED, AlarmPriority.LOW, true));
    h.add(record("GH-04.level", -22 * 3600, NORMAL, UNACKNOWLEDGED, AlarmPriority.LOW, true));
    h.add(record("GH-05.rh", -26 * 3600, NORMAL, UNACKNOWLEDGED, AlarmPriority.LOW, true));
    h.add(
        record(
            "GH-05.rh", -3600, UNACKNOWLEDGED, RETURNED_UNACKNOWLEDGED, AlarmPriority.LOW, false));
    h.add(record("GH-01.late", 7200, NORMAL, UNACKNOWLEDGED, AlarmPriority.URGENT, true));
    return h.reversed();
  }

  @Test
  void theFiguresOfACraftedHistoryAreTheKnownAnswers() {
    AlarmKpis kpis = AlarmKpis.of(history(), FROM, TO);
    assertEquals(
        17, kpis.annunciations(), "11 + 3 + 3; those before the start and at the end do not count");
    assertEquals(17 / 12.0, kpis.alarmsPer10Minutes(), 1e-9);
    assertEquals(11, kpis.peakPer10Minutes());
    assertEquals(500 / 7200.0, kpis.floodShare(), 1e-9);
    assertEquals(List.of("GH-01.door", "GH-06.pipe"), kpis.chatteringAlarms());
    assertEquals(
        List.of("GH-03.co2.low"), kpis.standingAlarms(), "GH-04 has stood exactly 24 h: not over");
    assertEquals(
        Map.of(
            AlarmPriority.LOW, 11 / 17.0,
            AlarmPriority.MEDIUM, 3 / 17.0,
            AlarmPriority.HIGH, 3 / 17.0,
            AlarmPriority.URGENT, 0.0),
        kpis.priorityMix());
  }

  @Test
  void theReportShowsEachFigureBesideItsReference() {
    String text = AlarmKpis.of(history(), FROM, TO).toText();
    assertTrue(
        text.contains("alarms per 10 min          1.42 (peak 11)     about 1 manageable"), text);
    assertTrue(
        text.contains(
            "time in flood              6.9 %              < 1 % (flood: > 10 in 10 min)"),
        text);
    assertTrue(text.contains("65/18/18/0 %"), text);
    assertTrue(text.contains("chattering: GH-01.door, GH-06.pipe\n"), text);
    assertTrue(text.contains("standing: GH-03.co2.low\n"), text);
  }

  @Test
  void aQuietRangeHasZeroFigures() {
    AlarmKpis kpis = AlarmKpis.of(List.of(), FROM, TO);
    assertEquals(0, kpis.annunciations());
    assertEquals(0, kpis.floodShare());
    assertEquals(0, kpis.share(AlarmPriority.LOW));
    assertTrue(kpis.toText().contains("0/0/0/0 %"), kpis.toText());
  }

  @Test
  void aFloodThatBeganBeforeTheRangeCountsFromTheRangeStart() {
    List<AlarmTransition> burst = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      burst.add(record("A" + i, -100 + i, NORMAL, UNACKNOWLEDGED, AlarmPriority.LOW, true));
    }
    AlarmKpis kpis = AlarmKpis.of(burst, FROM, FROM.plus(Duration.ofMinutes(20)));
    assertEquals(0, kpis.annunciations());
    assertEquals(500 / 1200.0, kpis.floodShare(), 1e-9, "flood until the first leaves at 08:08:20");
  }

  @Test
  void aChatteringAlarmRunThroughTheEngineIsFoundInItsHistory() {
    AlarmScript s =
        new AlarmScript(AlarmScript.airHigh().build()).run("0:31 10:29 20:31 30:29 40:31");
    AlarmKpis kpis = AlarmKpis.of(s.transitions, AlarmScript.T0, AlarmScript.T0.plusSeconds(3600));
    assertEquals(2, kpis.annunciations(), "the third activation was suppressed, not annunciated");
    assertEquals(List.of("GH-01.air.high"), kpis.chatteringAlarms());
  }
}
