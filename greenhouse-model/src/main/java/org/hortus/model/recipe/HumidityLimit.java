package org.hortus.model.recipe;

/**
 * The humidity a period allows, in one of the three forms growers use. Two periods with the
 * same form ramp between their values; a change of form takes effect at the period's start.
 */
public sealed interface HumidityLimit {

  /** Relative humidity must stay at or below this. */
  record MaxRelativeHumidity(double percent) implements HumidityLimit {}

  /** Humidity deficit must stay at or above this (low deficit: Botrytis risk). */
  record MinHumidityDeficit(double gramsPerM3) implements HumidityLimit {}

  /** Vapour pressure deficit kept within a band. */
  record VpdBand(double minKilopascal, double maxKilopascal) implements HumidityLimit {}
}
