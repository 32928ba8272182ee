package org.hortus.model.alarm;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * All alarms of a park, in definition order. Each scan, {@link #evaluate} feeds every alarm the
 * input of its source; alarms whose source has no input this scan only let time act (shelf expiry).
 * Operator commands go to one alarm by id. Every method returns the transitions to store. Created
 * with its definitions, it lives as long as the control runtime; it has no thread and no listener,
 * and is not thread-safe: the control scan thread calls it.
 */
public final class AlarmBoard {

  private final Map<String, Alarm> alarms = new LinkedHashMap<>();

  /** A board of these definitions; ids must be unique. */
  public AlarmBoard(List<AlarmDefinition> definitions) {
    for (AlarmDefinition definition : definitions) {
      if (alarms.putIfAbsent(definition.id(), new Alarm(definition)) != null) {
        throw new IllegalArgumentException("duplicate alarm id " + definition.id());
      }
    }
  }

  /** One scan: each alarm gets {@code inputsBySource.get(its source)}, or only the time. */
  public List<AlarmTransition> evaluate(Instant now, Map<String, AlarmInput> inputsBySource) {
    List<AlarmTransition> out = new ArrayList<>();
    for (Alarm alarm : alarms.values()) {
      AlarmInput input = inputsBySource.get(alarm.definition().source());
      out.addAll(input == null ? alarm.tick(now) : alarm.evaluate(now, input));
    }
    return out;
  }

  /** Lets time act on every alarm (shelf expiry, end of chattering) without inputs. */
  public List<AlarmTransition> tick(Instant now) {
    return evaluate(now, Map.of());
  }

  /** Acknowledges one alarm. */
  public List<AlarmTransition> acknowledge(
      String alarmId, Instant now, String user, String comment) {
    return alarm(alarmId).acknowledge(now, user, comment);
  }

  /** Acknowledges every alarm awaiting acknowledgement (a page ack). */
  public List<AlarmTransition> acknowledgeAll(Instant now, String user, String comment) {
    return each(a -> a.acknowledge(now, user, comment));
  }

  /** Shelves one alarm until {@code until}. */
  public List<AlarmTransition> shelve(
      String alarmId, Instant now, String user, Instant until, String reason) {
    return alarm(alarmId).shelve(now, user, until, reason);
  }

  /** Takes one alarm off its shelf. */
  public List<AlarmTransition> unshelve(String alarmId, Instant now, String user) {
    return alarm(alarmId).unshelve(now, user);
  }

  /** Suppresses one alarm by design or out of service. */
  public List<AlarmTransition> suppress(String alarmId, Instant now, String reason) {
    return alarm(alarmId).suppress(now, reason);
  }

  /** Lifts one alarm's suppression. */
  public List<AlarmTransition> unsuppress(String alarmId, Instant now) {
    return alarm(alarmId).unsuppress(now);
  }

  /** Suppresses every alarm of a source, e.g. a device under maintenance. */
  public List<AlarmTransition> suppressSource(String source, Instant now, String reason) {
    return each(a -> a.definition().source().equals(source) ? a.suppress(now, reason) : List.of());
  }

  /** Lifts the suppression of every alarm of a source. */
  public List<AlarmTransition> unsuppressSource(String source, Instant now) {
    return each(a -> a.definition().source().equals(source) ? a.unsuppress(now) : List.of());
  }

  /** The alarm with this id, if any. */
  public Optional<Alarm> find(String alarmId) {
    return Optional.ofNullable(alarms.get(alarmId));
  }

  /** Every alarm as it stands, in definition order. */
  public List<AlarmSnapshot> snapshots() {
    return alarms.values().stream().map(Alarm::snapshot).toList();
  }

  private Alarm alarm(String alarmId) {
    Alarm alarm = alarms.get(alarmId);
    if (alarm == null) {
      throw new IllegalArgumentException("no alarm " + alarmId);
    }
    return alarm;
  }

  private List<AlarmTransition> each(Function<Alarm, List<AlarmTransition>> command) {
    List<AlarmTransition> out = new ArrayList<>();
    alarms.values().forEach(a -> out.addAll(command.apply(a)));
    return out;
  }
}
