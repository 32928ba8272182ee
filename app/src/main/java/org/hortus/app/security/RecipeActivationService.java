package org.hortus.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.store.Database;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.RecipeReader;

/**
 * Stores climate recipes versioned ({@link Permission#EDIT_RECIPE}) and activates a version for a
 * greenhouse ({@link Permission#ACTIVATE_RECIPE}). A version, once saved, never changes: a change
 * is a new version. Each save and activation commits with its audit row. Stateless; thread-safe.
 */
public final class RecipeActivationService {

  private final Database database;
  private final AuditLog audit;

  public RecipeActivationService(Database database, AuditLog audit) {
    this.database = database;
    this.audit = audit;
  }

  /**
   * Validates and stores a recipe file's text as the version its JSON declares. The audit row holds
   * the SHA-256 of the text, so a stored version altered later no longer matches it.
   *
   * @throws InvalidFileException when the recipe breaks a rule (nothing is stored)
   * @throws IllegalArgumentException when that version is already stored
   */
  public RecipeVersion saveVersion(Session actor, String json, Instant now)
      throws InvalidFileException, SQLException {
    Authorizer.require(actor, Permission.EDIT_RECIPE);
    ClimateRecipe recipe = RecipeReader.read("recipe", json);
    RecipeVersion saved =
        new RecipeVersion(recipe.id(), recipe.version(), json, actor.username(), now);
    return audit.commit(
        c -> {
          if (RecipeStore.version(c, recipe.id(), recipe.version()).isPresent()) {
            int next = RecipeStore.versions(c, recipe.id()).getLast().version() + 1;
            throw new IllegalArgumentException(
                "recipe "
                    + recipe.id()
                    + " v"
                    + recipe.version()
                    + " is already saved and"
                    + " versions never change: save the change as v"
                    + next);
          }
          RecipeStore.insert(c, saved);
          String after =
              AuditJson.object()
                  .put("recipe", recipe.id())
                  .put("version", recipe.version())
                  .put("crop", recipe.crop())
                  .put("sha256", sha256(json))
                  .toString();
          return Audited.of(
              saved,
              new AuditRecord(
                  now,
                  actor.username(),
                  "recipe.save",
                  "recipe:" + recipe.id(),
                  AuditJson.NONE,
                  after));
        });
  }

  /**
   * Makes {@code recipeId} version {@code version} the one {@code greenhouseId} runs on. The audit
   * row's before state is the activation it replaces.
   *
   * @throws IllegalArgumentException when that version is not stored
   */
  public RecipeActivation activate(
      Session actor, String greenhouseId, String recipeId, int version, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.ACTIVATE_RECIPE);
    RecipeActivation activation =
        new RecipeActivation(greenhouseId, recipeId, version, actor.username(), now);
    return audit.commit(
        c -> {
          if (RecipeStore.version(c, recipeId, version).isEmpty()) {
            throw new IllegalArgumentException("no stored recipe " + recipeId + " v" + version);
          }
          String before =
              RecipeStore.active(c, greenhouseId)
                  .map(RecipeActivation::auditJson)
                  .orElse(AuditJson.NONE);
          RecipeStore.insert(c, activation);
          return Audited.of(
              activation,
              new AuditRecord(
                  now,
                  actor.username(),
                  "recipe.activate",
                  "greenhouse:" + greenhouseId,
                  before,
                  activation.auditJson()));
        });
  }

  /** The recipe version {@code greenhouseId} runs on, if one was activated. */
  public Optional<RecipeActivation> activeFor(Session actor, String greenhouseId)
      throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.active(c, greenhouseId);
    }
  }

  /** Every stored version of {@code recipeId}, oldest first. */
  public List<RecipeVersion> versions(Session actor, String recipeId) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.versions(c, recipeId);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
