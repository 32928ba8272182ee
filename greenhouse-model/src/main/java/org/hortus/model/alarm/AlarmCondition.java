package org.hortus.model.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hortus.model.alarm.ConditionResult.Truth;

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
      Double base = in.setpoints().get(setpoint);
      if (base == null) {
        return ConditionResult.unknown("no " + setpoint + " setpoint");
      }
      String what =
          setpoint + " " + AlarmText.value(base, unit) + " + " + AlarmText.value(offset, unit);
      return beyond(in, unit, base + offset, deadband, wasActive, +1, what);
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
      Double base = in.setpoints().get(setpoint);
      if (base == null) {
        return ConditionResult.unknown("no " + setpoint + " setpoint");
      }
      String what =
          setpoint + " " + AlarmText.value(base, unit) + " − " + AlarmText.value(offset, unit);
      return beyond(in, unit, base - offset, deadband, wasActive, -1, what);
    }
  }

  /**
   * An on/off signal: smoke detector, door contact, device down, interlock holding. Active when the
   * signal equals {@code activeWhen}.
   */
  record Digital(boolean activeWhen, String activeText, String normalText)
      implements AlarmCondition {
    /** Active when the signal is on. */
    public static Digital whenOn(String activeText, String normalText) {
      return new Digital(true, activeText, normalText);
    }

    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      if (!in.usable()) {
        return ConditionResult.unknown("signal BAD");
      }
      return ConditionResult.of(in.on() == activeWhen, activeText, normalText);
    }
  }

  /** Active while the source's value is not usable (quality BAD or stale): "sensor BAD". */
  record BadQuality() implements AlarmCondition {
    @Override
    public ConditionResult evaluate(AlarmInput in, boolean wasActive, Instant now, String unit) {
      return ConditionResult.of(!in.usable(), "sensor BAD", "sensor good again");
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
        return ConditionResult.unknown("drain level BAD");
      }
      return FloodForecast.assess(now, in.drainLevels(), in.rainMmPerHour(), this)
          .map(
              o ->
                  new ConditionResult(o.warns(wasActive) ? Truth.ACTIVE : Truth.CLEAR, o.message()))
          .orElseGet(() -> ConditionResult.unknown("no drain level within the slope window"));
    }
  }

  private static void requireDeadband(double deadband) {
    if (!(deadband >= 0)) {
      throw new IllegalArgumentException("deadband must not be negative: " + deadband);
    }
  }

  /** A limit test in direction {@code sign} (+1 high, −1 low) with deadband hysteresis. */
  private static ConditionResult beyond(
      AlarmInput in,
      String unit,
      double limit,
      double deadband,
      boolean wasActive,
      int sign,
      String limitText) {
    if (!in.usable() || Double.isNaN(in.value())) {
      return ConditionResult.unknown("no usable value");
    }
    double excess = sign * (in.value() - limit);
    String value = AlarmText.value(in.value(), unit);
    String side = sign > 0 ? " above " : " below ";
    if (excess > 0) {
      return ConditionResult.active(value + side + limitText);
    }
    if (wasActive && excess > -deadband) {
      return ConditionResult.active(value + ", within the deadband of " + limitText);
    }
    return ConditionResult.clear(value + ", back" + (sign > 0 ? " below " : " above ") + limitText);
  }
}
