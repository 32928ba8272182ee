package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Drives one alarm through a script of space-separated steps and words its transitions, so a table
 * row reads as a sentence. Steps: a number evaluates that value; {@code bad} a BAD input; {@code
 * ack}, {@code shelve} (30 min), {@code unshelve}, {@code suppress}, {@code unsuppress} the
 * operator commands. Each step first moves the clock 10 s, or to {@code T} seconds when written
 * {@code T:step}; {@code +9m} / {@code +30s} only waits and lets time act.
 */
final class AlarmScript {

  static final Instant T0 = Instant.parse("2025-06-02T08:00:00Z");
  static final Duration SHELF = Duration.ofMinutes(30);

  final Alarm alarm;
  final List<AlarmTransition> transitions = new ArrayList<>();
  Instant now = T0;

  AlarmScript(AlarmDefinition definition) {
    alarm = new Alarm(definition);
  }

  /** The air-temperature high alarm: above 30.0 °C, deadband 0.5 °C, HIGH, no delays. */
  static AlarmDefinition.Builder airHigh() {
    return AlarmDefinition.builder("GH-01.air.high", "GH-01.air", "GH-01 air temperature")
        .unit("°C")
        .priority(AlarmPriority.HIGH)
        .condition(new AlarmCondition.HighLimit(30, 0.5));
  }

  AlarmScript run(String script) {
    for (String step : script.trim().split("\\s+")) {
      step(step);
    }
    return this;
  }

  private void step(String step) {
    if (step.startsWith("+")) {
      String amount = step.substring(1, step.length() - 1);
      now =
          now.plus(Duration.parse(("PT" + amount + step.charAt(step.length() - 1)).toUpperCase()));
      transitions.addAll(alarm.tick(now));
      return;
    }
    int colon = step.indexOf(':');
    now =
        colon < 0 ? now.plusSeconds(10) : T0.plusSeconds(Long.parseLong(step.substring(0, colon)));
    String command = step.substring(colon + 1);
    transitions.addAll(
        switch (command) {
          case "bad" -> alarm.evaluate(now, AlarmInput.bad());
          case "ack" -> alarm.acknowledge(now, "anna", "seen");
          case "shelve" -> alarm.shelve(now, "anna", now.plus(SHELF), "sensor replaced");
          case "unshelve" -> alarm.unshelve(now, "anna");
          case "suppress" -> alarm.suppress(now, "maintenance");
          case "unsuppress" -> alarm.unsuppress(now);
          default -> alarm.evaluate(now, AlarmInput.good(Double.parseDouble(command)));
        });
  }

  /** {@code "NORMAL>UNACK UNACK>ACK"}, or {@code "-"} for none. */
  String states() {
    return words(false);
  }

  /**
   * As {@link #states()}, each with its time in seconds from the start: {@code NORMAL>UNACK@300}.
   */
  String timedStates() {
    return words(true);
  }

  AlarmTransition last() {
    return transitions.getLast();
  }

  private String words(boolean timed) {
    if (transitions.isEmpty()) {
      return "-";
    }
    return transitions.stream()
        .map(
            t ->
                shortName(t.from())
                    + ">"
                    + shortName(t.to())
                    + (timed ? "@" + Duration.between(T0, t.at()).toSeconds() : ""))
        .collect(Collectors.joining(" "));
  }

  static String shortName(AlarmState state) {
    return switch (state) {
      case UNACKNOWLEDGED -> "UNACK";
      case ACKNOWLEDGED -> "ACK";
      case RETURNED_UNACKNOWLEDGED -> "RTN_UNACK";
      default -> state.name();
    };
  }
}
