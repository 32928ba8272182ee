package org.hortus.app.sim;

import java.util.Optional;
import org.hortus.app.security.RecipeActivation;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The recipe a greenhouse runs now, the what-if's baseline.
 *
 * @param recipe the recipe
 * @param activation the activation that chose it; empty when none was made and the house runs the
 *     recipe the park starts it with (its crop's shipped recipe)
 */
public record ActiveRecipe(ClimateRecipe recipe, Optional<RecipeActivation> activation) {}
