package org.hortus.model.park;

/**
 * Where dosed CO2 comes from and how much there is.
 *
 * @param source pure (liquid) CO2, flue gas of the boiler, or none
 * @param capacityKgPerHour the most the supply doses into this greenhouse per hour
 * @param dailyLimitKg the most per day (tank, contract or boiler hours)
 */
public record Co2Supply(Source source, double capacityKgPerHour, double dailyLimitKg) {

  /** Kinds of CO2 source. */
  public enum Source {
    PURE_LIQUID,
    FLUE_GAS,
    NONE
  }
}
