package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hortus.model.alarm.ConditionResult.Truth;
import org.hortus.model.control.Because;

/**
 * What makes an alarm's condition true. Each kind decides from one {@link AlarmInput}, applying its
 * deadband against the condition's previous raw state: a high limit becomes active above the limit
 * and clears only at or below limit − deadband, so a value wandering inside the band does not
 * toggle it. Conditions other than {@link BadQuality} cannot decide on an unusable input.
 */
public sealed interface AlarmCondition {

  /**
   * Decides the raw condition (before on- and off-delay).
   *
   * @param input this scan's input
   * @param wasActive the raw condition before this scan, for the deadband
   * @param now the scan instant
   * @param unit the source's unit for the message, e.g. {@code "°C"}
   */
  ConditionResult evaluate(AlarmInput input, boolean wasActive, Instant now, String unit);

  /** Active while the value is above {@code limit}; clears at or below limit − deadband. */
  record HighLimit(double limit, double deadband) implements AlarmCondition {
    public HighLimit {
      requireDeadband(deadband);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return beyond(in, unit, limit, deadband, wasActive, +1, AlarmText.value(limit, unit));
    }
  }

  /** Active while the value is below {@code limit}; clears at or above limit + deadband. */
  record LowLimit(double limit, double deadband) implements AlarmCondition {
    public LowLimit {
      requireDeadband(deadband);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return beyond(in, unit, limit, deadband, wasActive, -1, AlarmText.value(limit, unit));
    }
  }

  /**
   * Active while the value is above the named setpoint + {@code offset}, e.g. air temperature more
   * than 5 °C above the ventilation setpoint; clears at or below setpoint + offset − deadband. A
   * missing setpoint cannot decide.
   */
  record AboveSetpointBand(String setpoint, double offset, double deadband)
      implements AlarmCondition {
    public AboveSetpointBand {
      Objects.requireNonNull(setpoint, "setpoint");
      requireDeadband(deadband);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return setpointBand(in, unit, setpoint, offset, deadband, wasActive, +1);
    }
  }

  /** Active while the value is below the named setpoint − {@code offset}. */
  record BelowSetpointBand(String setpoint, double offset, double deadband)
      implements AlarmCondition {
    public BelowSetpointBand {
      Objects.requireNonNull(setpoint, "setpoint");
      requireDeadband(deadband);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return setpointBand(in, unit, setpoint, offset, deadband, wasActive, -1);
    }
  }

  /**
   * An on/off signal: smoke detector, door contact, device down, interlock holding. Active when the
   * signal equals {@code activeWhen}.
   *
   * @param activeWhen the signal that makes it active
   * @param activeWords what is said when it becomes active, e.g. "smoke detected"
   * @param normalWords what is said when it clears, e.g. "no smoke"
   */
  record Digital(boolean activeWhen, Because activeWords, Because normalWords)
      implements AlarmCondition {
    public Digital {
      Objects.requireNonNull(activeWords, "activeWords");
      Objects.requireNonNull(normalWords, "normalWords");
    }

    /** With its words as plain text, shown as written. */
    public Digital(boolean activeWhen, String activeText, String normalText) {
      this(activeWhen, AlarmText.text(activeText), AlarmText.text(normalText));
    }

    /** Active when the signal is on. */
    public static Digital whenOn(String activeText, String normalText) {
      return new Digital(true, activeText, normalText);
    }

    /** Active when the signal is on, with words the console can translate. */
    public static Digital whenOn(Because activeWords, Because normalWords) {
      return new Digital(true, activeWords, normalWords);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      if (!in.usable()) {
        return ConditionResult.unknown(Because.of(AlarmPhrase.SIGNAL_BAD));
      }
      return ConditionResult.of(in.on() == activeWhen, activeWords, normalWords);
    }
  }

  /** Active while the source's value is not usable (quality BAD or stale): "sensor BAD". */
  record BadQuality() implements AlarmCondition {
    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return ConditionResult.of(
          !in.usable(),
          Because.of(AlarmPhrase.SENSOR_BAD),
          Because.of(AlarmPhrase.SENSOR_GOOD_AGAIN));
    }
  }

  /**
   * Flood warning from the drainage water level and the rain (see {@link FloodForecast}): active
   * when the level rises faster than {@code risingMmPerHour} (least squares over {@code
   * slopeWindow}) while it rains at least {@code rainMmPerHour}, or when the level is above {@code
   * warnAboveMm}; clears when neither holds and the level is at or below warnAboveMm − deadbandMm.
   */
  record Flood(
      double limitMm,
      double warnAboveMm,
      double risingMmPerHour,
      double rainMmPerHour,
      Duration slopeWindow,
      double deadbandMm)
      implements AlarmCondition {
    public Flood {
      requireDeadband(deadbandMm);
      if (!slopeWindow.isPositive() || warnAboveMm > limitMm) {
        throw new IllegalArgumentException("flood: positive slope window, warning <= limit");
      }
    }

    /** With a 30-min slope window and a 20 mm deadband. */
    public static Flood of(
        double limitMm, double warnAboveMm, double risingMmPerHour, double rainMmPerHour) {
      return new Flood(
          limitMm, warnAboveMm, risingMmPerHour, rainMmPerHour, Duration.ofMinutes(30), 20);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      if (!in.usable()) {
        return ConditionResult.unknown(Because.of(AlarmPhrase.DRAIN_LEVEL_BAD));
      }
      return FloodForecast.assess(now, in.drainLevels(), in.rainMmPerHour(), this)
          .map(
              o ->
                  new ConditionResult(o.warns(wasActive) ? Truth.ACTIVE : Truth.CLEAR, o.words()))
          .orElseGet(() -> ConditionResult.unknown(Because.of(AlarmPhrase.NO_DRAIN_LEVEL)));
    }
  }

  private static void requireDeadband(double deadband) {
    if (!(deadband >= 0)) {
      throw new IllegalArgumentException("deadband must not be negative: " + deadband);
    }
  }

  /** A setpoint's name in words: the recipe's own setpoints by phrase, others as written. */
  private static Because setpointName(String setpoint) {
    return switch (setpoint) {
      case "heating" -> Because.of(AlarmPhrase.SETPOINT_HEATING);
      case "ventilation" -> Because.of(AlarmPhrase.SETPOINT_VENTILATION);
      default -> AlarmText.text(setpoint);
    };
  }

  /**
   * The limit at the named setpoint + {@code sign} × {@code offset}, tested in direction {@code
   * sign}; a missing setpoint cannot decide.
   */
  private static ConditionResult setpointBand(
      AlarmInput in, String unit, String setpoint, double offset, double deadband, boolean wasActive, int sign) {
    Double base = in.setpoints().get(setpoint);
    if (base == null) {
      return ConditionResult.unknown(Because.of(AlarmPhrase.NO_SETPOINT, setpointName(setpoint)));
    }
    Because what = Because.of(sign > 0 ? AlarmPhrase.SETPOINT_PLUS : AlarmPhrase.SETPOINT_MINUS,
        setpointName(setpoint), AlarmText.value(base, unit), AlarmText.value(offset, unit));
    return beyond(in, unit, base + sign * offset, deadband, wasActive, sign, what);
  }

  /** A limit test in direction {@code sign} (+1 high, −1 low) with deadband hysteresis. */
  private static ConditionResult beyond(
      AlarmInput in,
      String unit,
      double limit,
      double deadband,
      boolean wasActive,
      int sign,
      Because limitText) {
    if (!in.usable() || Double.isNaN(in.value())) {
      return ConditionResult.unknown(Because.of(AlarmPhrase.NO_USABLE_VALUE));
    }
    double excess = sign * (in.value() - limit);
    Because value = AlarmText.value(in.value(), unit);
    if (excess > 0) {
      return ConditionResult.active(
          Because.of(sign > 0 ? AlarmPhrase.ABOVE : AlarmPhrase.BELOW, value, limitText));
    }
    if (wasActive && excess > -deadband) {
      return ConditionResult.active(Because.of(AlarmPhrase.WITHIN_DEADBAND, value, limitText));
    }
    return ConditionResult.clear(
        Because.of(sign > 0 ? AlarmPhrase.BACK_BELOW : AlarmPhrase.BACK_ABOVE, value, limitText));
  }
}
