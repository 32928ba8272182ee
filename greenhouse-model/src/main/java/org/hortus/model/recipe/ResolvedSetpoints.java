package org.hortus.model.recipe;

import java.time.Instant;
import java.util.Optional;

/**
 * The setpoints in force at one instant, after stage, period and ramp.
 *
 * @param instant the instant resolved
 * @param stageName the growth stage in force
 * @param periodName the period in force
 * @param rampProgress 0 at the period's start, 1 once its ramp is complete
 * @param heatingTemperatureCelsius heating setpoint
 * @param ventilationTemperatureCelsius ventilation setpoint (never below heating)
 * @param humidity humidity limit (ramped when both periods use the same form)
 * @param co2 CO2 targets (ramped)
 * @param screens screen rules of the period in force (they step, they do not ramp)
 * @param light supplemental light of the period in force, if any
 * @param irrigation the stage's irrigation strategy
 * @param irrigationWindow today's irrigation window, empty when the day is too short
 */
public record ResolvedSetpoints(
    Instant instant,
    String stageName,
    String periodName,
    double rampProgress,
    double heatingTemperatureCelsius,
    double ventilationTemperatureCelsius,
    HumidityLimit humidity,
    Co2Setpoint co2,
    ScreenRules screens,
    Optional<SupplementalLight> light,
    IrrigationStrategy irrigation,
    Optional<TimeWindow> irrigationWindow) {

  /** A span of local time [from, until). */
  public record TimeWindow(java.time.ZonedDateTime from, java.time.ZonedDateTime until) {}
}
