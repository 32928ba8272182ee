package org.hortus.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.app.alarm.AlarmStore;
import org.hortus.app.store.Database;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.alarm.AlarmTransition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlarmsCommandTest {

  private static final Instant T0 = Instant.parse("2026-11-30T08:00:00Z");

  @TempDir Path folder;

  private static AlarmTransition t(String id, int seconds, AlarmState from, AlarmState to, AlarmPriority priority) {
    return new AlarmTransition(id, id, T0.plusSeconds(seconds), from, to, priority, to != AlarmState.NORMAL, 30,
        id + " message", AlarmTransition.Cause.CONDITION, Optional.empty(), Optional.empty(), false);
  }

  @Test
  void listShowsEachAlarmsLatestStateAndActiveLeavesOutTheNormalOnes() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    try (Database database = Database.open(url)) {
      new AlarmStore(database).store(List.of(
          t("GH-01.air.high", 0, AlarmState.NORMAL, AlarmState.UNACKNOWLEDGED, AlarmPriority.HIGH),
          t("GH-02.door", 10, AlarmState.NORMAL, AlarmState.UNACKNOWLEDGED, AlarmPriority.MEDIUM),
          t("GH-02.door", 20, AlarmState.UNACKNOWLEDGED, AlarmState.RETURNED_UNACKNOWLEDGED, AlarmPriority.MEDIUM),
          t("GH-03.smoke", 30, AlarmState.NORMAL, AlarmState.UNACKNOWLEDGED, AlarmPriority.URGENT),
          t("GH-03.smoke", 40, AlarmState.UNACKNOWLEDGED, AlarmState.ACKNOWLEDGED, AlarmPriority.URGENT),
          t("GH-03.smoke", 50, AlarmState.ACKNOWLEDGED, AlarmState.NORMAL, AlarmPriority.URGENT)));
    }
    CommandRun all = CommandRun.of("alarms", "list", "--db", url);
    assertEquals(0, all.exitCode(), all.err());
    List<String> lines = all.out().lines().toList();
    assertTrue(lines.get(0).startsWith("URGENT   NORMAL"), lines.toString());
    assertTrue(lines.get(1).startsWith("HIGH     UNACKNOWLEDGED"), lines.toString());
    assertTrue(lines.get(2).startsWith("MEDIUM   RETURNED_UNACKNOWLEDGED"), lines.toString());
    assertEquals("3 alarm(s)", lines.get(3));
    CommandRun active = CommandRun.of("alarms", "list", "--active", "--db", url);
    assertTrue(active.out().contains("2 alarm(s)"), active.out());
    assertTrue(!active.out().contains("GH-03.smoke"), active.out());
  }

  @Test
  void reportPrintsTheFiguresWithTheirReferences() throws Exception {
    String url = Database.fileUrl(folder.resolve("hortus"));
    List<AlarmTransition> history = new ArrayList<>();
    for (int i = 0; i < 12; i++) { // 12 annunciations within 10 minutes: a flood
      history.add(t("GH-01.a" + i, i * 30, AlarmState.NORMAL, AlarmState.UNACKNOWLEDGED, AlarmPriority.LOW));
    }
    try (Database database = Database.open(url)) {
      new AlarmStore(database).store(history);
    }
    CommandRun run = CommandRun.of("alarms", "report", "--from", "2026-11-30T08:00:00Z", "--to", "2026-11-30T09:00:00Z", "--db", url);
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().toLowerCase().contains("flood"), run.out());
    assertTrue(run.out().contains("12"), run.out());
  }
}
