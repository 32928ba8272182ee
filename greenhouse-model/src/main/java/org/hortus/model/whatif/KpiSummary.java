package org.hortus.model.whatif;

import java.util.List;

/**
 * What a what-if run cost and how well it held the recipe.
 *
 * @param simulatedHours hours simulated
 * @param heatingMegajoulesPerM2 boiler heat delivered, MJ/m² floor
 * @param waterLitresPerM2 irrigation water given, L/m² floor
 * @param co2KgPerM2 CO2 dosed, kg/m² floor
 * @param hoursBelowHeating hours with air more than 1 K below the heating setpoint
 * @param hoursAboveVentilation hours with air more than 2 K above the ventilation setpoint
 * @param hoursTooHumid hours above the recipe's humidity limit
 * @param hoursCo2BelowTarget hours with CO2 more than 50 ppm below target while dosing was possible
 * @param interlockEvents each interlock episode, with its start and reason, in English
 * @param interlocks the same episodes with their reasons as phrases, for the console to word
 */
public record KpiSummary(
    double simulatedHours,
    double heatingMegajoulesPerM2,
    double waterLitresPerM2,
    double co2KgPerM2,
    double hoursBelowHeating,
    double hoursAboveVentilation,
    double hoursTooHumid,
    double hoursCo2BelowTarget,
    List<String> interlockEvents,
    List<InterlockEvent> interlocks) {

  public KpiSummary {
    interlockEvents = List.copyOf(interlockEvents);
    interlocks = List.copyOf(interlocks);
  }

  /** A summary whose interlock episodes are known only in English words. */
  public KpiSummary(
      double simulatedHours,
      double heatingMegajoulesPerM2,
      double waterLitresPerM2,
      double co2KgPerM2,
      double hoursBelowHeating,
      double hoursAboveVentilation,
      double hoursTooHumid,
      double hoursCo2BelowTarget,
      List<String> interlockEvents) {
    this(
        simulatedHours, heatingMegajoulesPerM2, waterLitresPerM2, co2KgPerM2, hoursBelowHeating,
        hoursAboveVentilation, hoursTooHumid, hoursCo2BelowTarget, interlockEvents, List.of());
  }
}
