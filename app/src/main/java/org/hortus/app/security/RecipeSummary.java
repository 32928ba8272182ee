package org.hortus.app.security;

import java.util.List;

/**
 * A stored recipe: its id, the crop its latest version names, and its versions, oldest first.
 *
 * @param recipeId e.g. {@code tomato-truss}
 * @param crop e.g. {@code tomato}
 * @param versions the stored version numbers, ascending
 */
public record RecipeSummary(String recipeId, String crop, List<Integer> versions) {
  public RecipeSummary {
    versions = List.copyOf(versions);
  }

  /** The highest stored version. */
  public int latest() {
    return versions.getLast();
  }
}
