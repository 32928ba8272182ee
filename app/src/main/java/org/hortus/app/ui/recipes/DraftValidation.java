package org.hortus.app.ui.recipes;

import java.util.Map;
import java.util.Optional;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The draft as last checked: the file it writes, the recipe the reader made of it (when valid) and
 * every problem by place, in the console's language.
 *
 * @param json the recipe file the draft writes now
 * @param recipe the recipe, when the reader accepted the file and no field has a problem
 * @param problems each problem's text by its place
 */
record DraftValidation(String json, Optional<ClimateRecipe> recipe, Map<FieldKey, String> problems) {

  DraftValidation {
    problems = Map.copyOf(problems);
    if (!problems.isEmpty()) {
      recipe = Optional.empty();
    }
  }

  boolean valid() {
    return recipe.isPresent();
  }

  Optional<String> problemAt(FieldKey key) {
    return Optional.ofNullable(problems.get(key));
  }
}
