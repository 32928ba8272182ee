package org.hortus.model.recipe;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;

/**
 * The setpoints of any greenhouse of a park: its crop's recipe, or the recipe version activated
 * for it ({@link #useRecipe}), resolved at the park's site. Thread-safe: the scan reads while an
 * activation swaps a greenhouse's recipe, and a scan sees either the old recipe or the new one.
 */
public final class ParkSetpoints {

  private final Park park;
  private final Map<String, ClimateRecipe> recipesById;
  private final SetpointResolver resolver;
  /** Recipes activated per greenhouse id; replaced whole, never changed in place. */
  private volatile Map<String, ClimateRecipe> activated = Map.of();

  /**
   * @param recipesById every recipe the park's crops name (a park file read by {@link
   *     org.hortus.model.park.ParkReader} against the same ids guarantees it)
   */
  public ParkSetpoints(Park park, Map<String, ClimateRecipe> recipesById, SetpointResolver resolver) {
    this.park = park;
    this.recipesById = Map.copyOf(recipesById);
    this.resolver = resolver;
    for (Greenhouse house : park.greenhouses()) {
      if (!this.recipesById.containsKey(house.crop().recipeId())) {
        throw new IllegalArgumentException(house.id() + " grows by recipe \"" + house.crop().recipeId() + "\", which is not given");
      }
    }
  }

  /** The effective setpoints of {@code greenhouse} at {@code instant}. */
  public ResolvedSetpoints setpoints(Greenhouse greenhouse, Instant instant) {
    return resolver.resolve(
        park.site(), recipeFor(greenhouse.id()).orElseThrow(), greenhouse.crop().plantingDate(), instant);
  }

  /**
   * From the next resolution on, {@code greenhouseId} runs on {@code recipe} instead of its crop's
   * shipped recipe.
   *
   * @throws IllegalArgumentException when the park has no such greenhouse
   */
  public synchronized void useRecipe(String greenhouseId, ClimateRecipe recipe) {
    if (park.greenhouse(greenhouseId).isEmpty()) {
      throw new IllegalArgumentException("the park has no greenhouse " + greenhouseId);
    }
    Map<String, ClimateRecipe> next = new HashMap<>(activated);
    next.put(greenhouseId, recipe);
    activated = Map.copyOf(next);
  }

  /** The recipe {@code greenhouseId} runs on now; empty for a greenhouse the park lacks. */
  public Optional<ClimateRecipe> recipeFor(String greenhouseId) {
    ClimateRecipe chosen = activated.get(greenhouseId);
    if (chosen != null) {
      return Optional.of(chosen);
    }
    return park.greenhouse(greenhouseId).map(house -> recipesById.get(house.crop().recipeId()));
  }
}
