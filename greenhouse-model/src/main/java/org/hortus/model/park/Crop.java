package org.hortus.model.park;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The crop standing in a greenhouse.
 *
 * @param species e.g. {@code tomato}
 * @param cultivar e.g. {@code Merlice}
 * @param plantingDate the day it was planted (day 0 of its recipe)
 * @param plantsPerM2 plant density
 * @param recipeId the climate recipe it grows by
 */
public record Crop(
    String species, String cultivar, LocalDate plantingDate, double plantsPerM2, String recipeId) {

  /** Days after planting on a local date; the recipe's stages are counted in these. */
  public long ageInDays(LocalDate date) {
    return ChronoUnit.DAYS.between(plantingDate, date);
  }
}
