package org.hortus.model.recipe;

import java.util.List;

/**
 * An agronomist's climate recipe for one crop: versioned, with its growth stages in order.
 *
 * @param id stable id that park files refer to, e.g. {@code tomato-truss}
 * @param version increases with every saved change
 * @param crop the species it is written for
 * @param source where its values come from
 * @param stages the stages, ordered by {@code fromDay}, not overlapping
 */
public record ClimateRecipe(String id, int version, String crop, String source, List<GrowthStage> stages) {
  public ClimateRecipe {
    stages = List.copyOf(stages);
  }

  /**
   * The stage for a crop of this age: the stage covering it, else the nearest before it (a crop
   * older than the recipe keeps its last stage), else the first.
   */
  public GrowthStage stageFor(long cropAgeDays) {
    GrowthStage chosen = stages.getFirst();
    for (GrowthStage stage : stages) {
      if (stage.fromDay() <= cropAgeDays) {
        chosen = stage;
      }
    }
    return chosen;
  }
}
