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
 * @param interlocks the interlocks holding this scan, in words (empty when none)
 * @param co2DosedTodayKg CO2 dosed since local midnight
 * @param lightIntegralTodayMolPerM2 photosynthetic light received since local midnight
 */
public record ClimateScan(
    Instant time,
    Map<Actuator, ActuatorCommand> commands,
    List<String> interlocks,
    double co2DosedTodayKg,
    double lightIntegralTodayMolPerM2) {

  public ClimateScan {
    commands = java.util.Collections.unmodifiableMap(new EnumMap<>(commands));
    interlocks = List.copyOf(interlocks);
  }

  public ActuatorCommand command(Actuator actuator) {
    return commands.get(actuator);
  }

  public double value(Actuator actuator) {
    return commands.get(actuator).value();
  }
}
