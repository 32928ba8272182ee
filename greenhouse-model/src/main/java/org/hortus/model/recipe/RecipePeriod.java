package org.hortus.model.recipe;

/**
 * One period of a recipe day.
 *
 * @param name the growers' name, e.g. {@code pre-night}
 * @param start when it begins
 * @param rampMinutes minutes to move linearly from the values in force to this period's; 0 is a
 *     step
 * @param setpoints the climate it asks for
 */
public record RecipePeriod(String name, PeriodStart start, int rampMinutes, ClimateSetpoints setpoints) {

  SetpointValues values() {
    return SetpointValues.of(setpoints);
  }
}
