package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** The sweeps over a stored history behind {@link AlarmKpis}. */
final class AlarmHistory {

  private final List<AlarmTransition> records;

  AlarmHistory(List<AlarmTransition> history) {
    records = history.stream().sorted(Comparator.comparing(AlarmTransition::at)).toList();
  }

  /** Annunciations in [from, to), in time order. */
  List<AlarmTransition> annunciations(Instant from, Instant to) {
    return records.stream().filter(t -> t.annunciation() && within(t.at(), from, to)).toList();
  }

  /**
   * Sweeps the trailing-window count over [from, to): an annunciation at {@code a} counts for every
   * instant in [a, a + window). Annunciations before {@code from} count too. Returns {time with
   * count above {@code floodAbove} in seconds, peak count}.
   */
  long[] floodSweep(Instant from, Instant to, Duration window, int floodAbove) {
    List<long[]> steps = new ArrayList<>(); // {epoch ms, +1/-1}
    for (AlarmTransition t : records) {
      if (t.annunciation() && t.at().isBefore(to)) {
        steps.add(new long[] {t.at().toEpochMilli(), 1});
        steps.add(new long[] {t.at().plus(window).toEpochMilli(), -1});
      }
    }
    steps.sort(Comparator.comparingLong(s -> s[0]));
    long start = from.toEpochMilli();
    long end = to.toEpochMilli();
    long floodMillis = 0;
    long peak = 0;
    long count = 0;
    long previous = Long.MIN_VALUE;
    for (long[] step : steps) {
      long overlap = Math.min(step[0], end) - Math.max(previous, start);
      if (overlap > 0) {
        peak = Math.max(peak, count);
        floodMillis += count > floodAbove ? overlap : 0;
      }
      count += step[1];
      previous = step[0];
    }
    return new long[] {floodMillis, peak};
  }

  /**
   * Ids annunciated {@code count} times within less than {@code window} in [from, to), or flagged
   * chattering there.
   */
  List<String> chattering(Instant from, Instant to, int count, Duration window) {
    TreeSet<String> ids = new TreeSet<>();
    Map<String, List<Instant>> byId = new HashMap<>();
    for (AlarmTransition t : records) {
      if (within(t.at(), from, to)) {
        if (t.chattering()) {
          ids.add(t.alarmId());
        }
        if (t.annunciation()) {
          byId.computeIfAbsent(t.alarmId(), id -> new ArrayList<>()).add(t.at());
        }
      }
    }
    byId.forEach(
        (id, times) -> {
          for (int i = 0; i + count - 1 < times.size(); i++) {
            if (Duration.between(times.get(i), times.get(i + count - 1)).compareTo(window) < 0) {
              ids.add(id);
            }
          }
        });
    return List.copyOf(ids);
  }

  /**
   * Ids whose condition is active at {@code to} and has been, without a break, for over {@code
   * age}.
   */
  List<String> standing(Instant to, Duration age) {
    Map<String, Instant> activeSince = new HashMap<>();
    for (AlarmTransition t : records) {
      if (!t.at().isBefore(to)) {
        break;
      }
      if (!t.active()) {
        activeSince.remove(t.alarmId());
      } else {
        activeSince.putIfAbsent(t.alarmId(), t.at());
      }
    }
    TreeSet<String> ids = new TreeSet<>();
    activeSince.forEach(
        (id, since) -> {
          if (Duration.between(since, to).compareTo(age) > 0) {
            ids.add(id);
          }
        });
    return List.copyOf(ids);
  }

  private static boolean within(Instant at, Instant from, Instant to) {
    return !at.isBefore(from) && at.isBefore(to);
  }
}
