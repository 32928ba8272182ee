package org.hortus.model.recipe;

import java.time.Instant;
import java.util.Map;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;

/**
 * The setpoints of any greenhouse of a park: its crop's recipe, resolved at the park's site.
 * Immutable and thread-safe.
 */
public final class ParkSetpoints {

  private final Park park;
  private final Map<String, ClimateRecipe> recipesById;
  private final SetpointResolver resolver;

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
        park.site(), recipesById.get(greenhouse.crop().recipeId()), greenhouse.crop().plantingDate(), instant);
  }
}
