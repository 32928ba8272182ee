package org.hortus.app.security;

import java.time.Instant;

/**
 * One stored, immutable version of a climate recipe.
 *
 * @param recipeId the recipe's id, as in its JSON
 * @param version its version, as in its JSON
 * @param json the recipe file text, exactly as saved
 * @param savedBy who saved it
 * @param savedAt when
 */
public record RecipeVersion(
    String recipeId, int version, String json, String savedBy, Instant savedAt) {}
