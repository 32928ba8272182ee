package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The alarm-system figures of ISA-18.2 and EEMUA 191 over [from, to), computed from the stored
 * transitions by {@link #of}. An annunciation is a record into UNACKNOWLEDGED.
 *
 * @param from start of the range, inclusive
 * @param to end of the range, exclusive
 * @param annunciations annunciations in the range
 * @param alarmsPer10Minutes the average annunciation rate
 * @param peakPer10Minutes the most annunciations in any 10-minute window ending in the range
 * @param floodShare the share of the range (0–1, time-weighted) during which the trailing 10
 *     minutes held more than 10 annunciations
 * @param chatteringAlarms ids annunciated 3 or more times within less than 60 s, or flagged
 *     chattering by the engine, in the range
 * @param standingAlarms ids whose condition is active at {@code to} and has been for over 24 h
 * @param priorityMix the share (0–1) of the range's annunciations per priority; all zero without
 *     annunciations
 */
public record AlarmKpis(
    Instant from,
    Instant to,
    int annunciations,
    double alarmsPer10Minutes,
    int peakPer10Minutes,
    double floodShare,
    List<String> chatteringAlarms,
    List<String> standingAlarms,
    Map<AlarmPriority, Double> priorityMix) {

  /** The window of the alarm rate and of flood. */
  public static final Duration RATE_WINDOW = Duration.ofMinutes(10);

  /** A window with more annunciations than this is a flood. */
  public static final int FLOOD_ABOVE = 10;

  /** Chattering: this many annunciations … */
  public static final int CHATTER_COUNT = 3;

  /** … within less than this. */
  public static final Duration CHATTER_WINDOW = Duration.ofSeconds(60);

  /** Standing: active for longer than this. */
  public static final Duration STANDING_AFTER = Duration.ofHours(24);

  public AlarmKpis {
    chatteringAlarms = List.copyOf(chatteringAlarms);
    standingAlarms = List.copyOf(standingAlarms);
    priorityMix = Map.copyOf(priorityMix);
  }

  /**
   * The figures of {@code history} (any order; records outside the range may help) over [from, to).
   */
  public static AlarmKpis of(List<AlarmTransition> history, Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw new IllegalArgumentException("empty range " + from + " to " + to);
    }
    AlarmHistory sweep = new AlarmHistory(history);
    List<AlarmTransition> annunciations = sweep.annunciations(from, to);
    double range = Duration.between(from, to).toMillis();
    long[] flood = sweep.floodSweep(from, to, RATE_WINDOW, FLOOD_ABOVE);
    Map<AlarmPriority, Double> mix = new EnumMap<>(AlarmPriority.class);
    for (AlarmPriority priority : AlarmPriority.values()) {
      long n = annunciations.stream().filter(t -> t.priority() == priority).count();
      mix.put(priority, annunciations.isEmpty() ? 0.0 : (double) n / annunciations.size());
    }
    return new AlarmKpis(
        from,
        to,
        annunciations.size(),
        annunciations.size() * RATE_WINDOW.toMillis() / range,
        (int) flood[1],
        flood[0] / range,
        sweep.chattering(from, to, CHATTER_COUNT, CHATTER_WINDOW),
        sweep.standing(to, STANDING_AFTER),
        mix);
  }

  /** The share of annunciations with {@code priority} (0–1). */
  public double share(AlarmPriority priority) {
    return priorityMix.getOrDefault(priority, 0.0);
  }

  /** The report for the command line, with the EEMUA 191 reference figures beside. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    double hours = Duration.between(from, to).toMinutes() / 60.0;
    text.append(String.format(Locale.ROOT, "Alarm system %s to %s (%.1f h)\n", from, to, hours));
    row(text, "figure", "measured", "EEMUA 191 / ISA-18.2");
    row(text, "annunciations", Integer.toString(annunciations), "");
    row(
        text,
        "alarms per 10 min",
        String.format(Locale.ROOT, "%.2f (peak %d)", alarmsPer10Minutes, peakPer10Minutes),
        "about 1 manageable");
    row(text, "time in flood", percent(floodShare), "< 1 % (flood: > 10 in 10 min)");
    row(
        text,
        "chattering alarms",
        Integer.toString(chatteringAlarms.size()),
        "0 (3 or more in 1 min)");
    row(text, "standing alarms", Integer.toString(standingAlarms.size()), "0 (active > 24 h)");
    row(
        text,
        "priority low/med/high/urg",
        String.format(
            Locale.ROOT,
            "%.0f/%.0f/%.0f/%.0f %%",
            100 * share(AlarmPriority.LOW),
            100 * share(AlarmPriority.MEDIUM),
            100 * share(AlarmPriority.HIGH),
            100 * share(AlarmPriority.URGENT)),
        "80/15/5 % (urgent with high)");
    if (!chatteringAlarms.isEmpty()) {
      text.append("chattering: ").append(String.join(", ", chatteringAlarms)).append('\n');
    }
    if (!standingAlarms.isEmpty()) {
      text.append("standing: ").append(String.join(", ", standingAlarms)).append('\n');
    }
    return text.toString();
  }

  private static void row(StringBuilder text, String figure, String measured, String reference) {
    text.append(String.format(Locale.ROOT, "%-26s %-18s %s", figure, measured, reference).strip());
    text.append('\n');
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
