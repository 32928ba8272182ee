package org.hortus.model.control;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one scan: a command per actuator with its reason, and the interlock events
 * that began this scan.
 *
 * @param time the scan's instant
 * @param commands every actuator's command
 * @param interlockReasons the interlocks holding this scan, each with its reason (empty when none)
 * @param co2DosedTodayKg CO2 dosed since local midnight
 * @param lightIntegralTodayMolPerM2 photosynthetic light received since local midnight
 */
public record ClimateScan(
    Instant time,
    Map<Actuator, ActuatorCommand> commands,
    List<Because> interlockReasons,
    double co2DosedTodayKg,
    double lightIntegralTodayMolPerM2) {

  public ClimateScan {
    commands = java.util.Collections.unmodifiableMap(new EnumMap<>(commands));
    interlockReasons = List.copyOf(interlockReasons);
  }

  /** The interlocks holding this scan, in English words (empty when none). */
  public List<String> interlocks() {
    return interlockReasons.stream().map(Because::english).toList();
  }

  public ActuatorCommand command(Actuator actuator) {
    return commands.get(actuator);
  }

  public double value(Actuator actuator) {
    return commands.get(actuator).value();
  }
}
