package org.hortus.model.alarm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one scan hands an alarm: the source's value and whether it is usable (GOOD and fresh), the
 * recipe setpoints the band conditions refer to by name, and for flood warning the recent drainage
 * levels and the rain intensity.
 *
 * @param value the engineering value; for digital sources 1 (on) or 0 (off); for flood the latest
 *     level
 * @param usable whether the value may be trusted; BAD or stale is not usable
 * @param setpoints setpoints by name, e.g. {@code "ventilation" → 25.0}
 * @param drainLevels recent drainage water levels (flood conditions only), oldest first
 * @param rainMmPerHour the rain intensity now (flood conditions only)
 */
public record AlarmInput(
    double value,
    boolean usable,
    Map<String, Double> setpoints,
    List<LevelSample> drainLevels,
    double rainMmPerHour) {

  public AlarmInput {
    setpoints = Map.copyOf(setpoints);
    drainLevels = List.copyOf(drainLevels);
  }

  /** A usable analog value. */
  public static AlarmInput good(double value) {
    return new AlarmInput(value, true, Map.of(), List.of(), 0);
  }

  /** A value that must not be used (quality BAD or stale). */
  public static AlarmInput bad() {
    return new AlarmInput(Double.NaN, false, Map.of(), List.of(), 0);
  }

  /** A usable on/off signal: smoke detector, door contact, device down, interlock active. */
  public static AlarmInput digital(boolean on) {
    return good(on ? 1 : 0);
  }

  /** Drainage levels (oldest first) and the rain intensity now, for a flood condition. */
  public static AlarmInput flood(List<LevelSample> drainLevels, double rainMmPerHour) {
    double latest = drainLevels.isEmpty() ? Double.NaN : drainLevels.getLast().levelMm();
    return new AlarmInput(latest, !drainLevels.isEmpty(), Map.of(), drainLevels, rainMmPerHour);
  }

  /** This input with one more named setpoint, e.g. {@code withSetpoint("ventilation", 25)}. */
  public AlarmInput withSetpoint(String name, double setpoint) {
    Map<String, Double> more = new HashMap<>(setpoints);
    more.put(Objects.requireNonNull(name, "name"), setpoint);
    return new AlarmInput(value, usable, more, drainLevels, rainMmPerHour);
  }

  /** The digital reading: any non-zero value is on. */
  public boolean on() {
    return value != 0;
  }
}
