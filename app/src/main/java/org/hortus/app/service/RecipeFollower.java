package org.hortus.app.service;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.security.RecipeActivationService;
import org.hortus.app.security.RecipeVersion;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.recipe.RecipeReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the running park follow the recipe activations: each greenhouse with an activation in
 * force runs on that stored version; a greenhouse without one keeps its crop's shipped recipe.
 * {@link HeadlessPark} calls {@link #follow} at start, about once a minute (so an activation from
 * a date takes effect within a minute of it) and when a console has just activated a version.
 * Thread-safe; holds no thread of its own.
 */
final class RecipeFollower {

  private static final Logger log = LoggerFactory.getLogger(RecipeFollower.class);

  private final RecipeActivationService activations;
  private final ParkRuntime runtime;
  /** What each greenhouse was last given, as "recipe vN". */
  private final Map<String, String> applied = new HashMap<>();

  RecipeFollower(RecipeActivationService activations, ParkRuntime runtime) {
    this.activations = activations;
    this.runtime = runtime;
  }

  /** Gives each greenhouse the version in force at {@code now}, when it changed. */
  synchronized void follow(Instant now) throws SQLException {
    for (Map.Entry<String, RecipeVersion> entry : activations.versionsInForce(now).entrySet()) {
      String greenhouseId = entry.getKey();
      RecipeVersion version = entry.getValue();
      String label = version.recipeId() + " v" + version.version();
      if (label.equals(applied.get(greenhouseId)) || runtime.park().greenhouse(greenhouseId).isEmpty()) {
        continue;
      }
      try {
        runtime.useRecipe(greenhouseId, RecipeReader.read(label, version.json()));
        applied.put(greenhouseId, label);
        log.info("{} now runs on recipe {}", greenhouseId, label);
      } catch (InvalidFileException e) {
        // Stored before a rule was tightened: keep the recipe it runs on, and say why.
        applied.put(greenhouseId, label);
        log.error("{} keeps its recipe: the activated {} breaks a rule now:\n{}", greenhouseId, label, e.getMessage());
      }
    }
  }
}
