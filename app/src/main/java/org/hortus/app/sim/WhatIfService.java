package org.hortus.app.sim;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.Authorizer;
import org.hortus.app.security.Permission;
import org.hortus.app.security.RecipeActivation;
import org.hortus.app.security.RecipeActivationService;
import org.hortus.app.security.RecipeVersion;
import org.hortus.app.security.Session;
import org.hortus.app.store.Database;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;

/**
 * What-if runs for a signed-in user ({@link Permission#RUN_WHAT_IF}): the recipes there are to try,
 * the recipe a greenhouse runs now, and the comparison itself. Reads recipes through {@link
 * RecipeActivationService}; changes nothing, so audits nothing. Stateless; thread-safe; every
 * method blocks its caller (database reads, or the whole simulation).
 */
public final class WhatIfService {

  private final RecipeActivationService recipes;
  private final Map<String, ClimateRecipe> shipped;

  public WhatIfService(Database database) throws InvalidFileException {
    this.recipes = new RecipeActivationService(database, new AuditLog(database));
    this.shipped = ShippedFiles.sampleRecipes();
  }

  /** The shipped sample recipes by id, the park's starting recipes. */
  public Map<String, ClimateRecipe> shippedRecipes() {
    return shipped;
  }

  /**
   * Every stored version of the shipped recipes, of the recipes active in {@code park} and of
   * {@code moreIds}, by recipe then version.
   */
  public List<RecipeVersion> storedVersions(Session session, Park park, Collection<String> moreIds)
      throws SQLException {
    Authorizer.require(session, Permission.RUN_WHAT_IF);
    Set<String> ids = new LinkedHashSet<>(shipped.keySet());
    for (Greenhouse house : park.greenhouses()) {
      ids.add(house.crop().recipeId());
    }
    recipes.recipes(session).forEach(r -> ids.add(r.recipeId())); // every stored recipe, edited ones too
    ids.addAll(moreIds);
    List<RecipeVersion> versions = new ArrayList<>();
    for (String id : ids) {
      versions.addAll(recipes.versions(session, id));
    }
    return versions;
  }

  /**
   * The recipe {@code house} runs now: the activated version if one was activated, otherwise its
   * crop's recipe as the park starts it.
   *
   * @throws InvalidFileException if the activated version's stored text no longer reads
   * @throws IllegalStateException if the activated version is not stored
   */
  public ActiveRecipe active(Session session, Greenhouse house) throws SQLException, InvalidFileException {
    Authorizer.require(session, Permission.RUN_WHAT_IF);
    // In force now: an activation made to start later is not what the house runs today.
    Optional<RecipeActivation> activation = recipes.inForce(session, house.id(), java.time.Instant.now());
    if (activation.isEmpty()) {
      ClimateRecipe starting = shipped.get(house.crop().recipeId());
      if (starting == null) {
        throw new IllegalStateException(house.id() + " grows by recipe " + house.crop().recipeId() + ", which is not shipped");
      }
      return new ActiveRecipe(starting, Optional.empty());
    }
    RecipeActivation active = activation.get();
    RecipeVersion version = recipes.versions(session, active.recipeId()).stream()
        .filter(v -> v.version() == active.version())
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "active recipe " + active.recipeId() + " v" + active.version() + " is not stored"));
    ClimateRecipe recipe = RecipeReader.read(active.recipeId() + "-v" + active.version() + ".json", version.json());
    return new ActiveRecipe(recipe, activation);
  }

  /**
   * Runs the comparison in the caller's thread (the candidate's half on {@code fork}).
   *
   * @throws java.util.concurrent.CancellationException when {@code monitor} said cancelled
   */
  public WhatIfComparison.Result compare(
      Session session, WhatIfComparison.Request request, WhatIfComparison.Monitor monitor, Executor fork) {
    Authorizer.require(session, Permission.RUN_WHAT_IF);
    return WhatIfComparison.run(request, monitor, fork);
  }
}
