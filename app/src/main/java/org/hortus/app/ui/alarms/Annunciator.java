package org.hortus.app.ui.alarms;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmState;

/**
 * Decides when the alarm page calls for attention: it flashes while an URGENT or HIGH alarm waits
 * unacknowledged, and sounds once for each new annunciation of one (an alarm entering
 * UNACKNOWLEDGED, known by its id and the moment it did). Plain logic: fed the board's snapshots,
 * no clock, no thread.
 */
final class Annunciator {

  /** What to do after a look at the board. */
  record Call(boolean flash, int newAnnunciations) {}

  private record Annunciation(String alarmId, Optional<Instant> since) {}

  private Set<Annunciation> waiting = Set.of();

  Call update(List<AlarmSnapshot> alarms) {
    Set<Annunciation> now = new HashSet<>();
    for (AlarmSnapshot alarm : alarms) {
      if (alarm.state() == AlarmState.UNACKNOWLEDGED && critical(alarm.priority())) {
        now.add(new Annunciation(alarm.alarmId(), alarm.since()));
      }
    }
    int fresh = (int) now.stream().filter(a -> !waiting.contains(a)).count();
    waiting = Set.copyOf(now);
    return new Call(!now.isEmpty(), fresh);
  }

  static boolean critical(AlarmPriority priority) {
    return priority == AlarmPriority.URGENT || priority == AlarmPriority.HIGH;
  }
}
