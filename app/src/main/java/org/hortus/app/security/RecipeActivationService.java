package org.hortus.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  private static final String DUPLICATE_KEY = "23505";

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
   * Makes {@code recipeId} version {@code version} the one {@code greenhouseId} runs on from now.
   * The audit row's before state is the activation it replaces.
   *
   * @throws IllegalArgumentException when that version is not stored
   */
  public RecipeActivation activate(
      Session actor, String greenhouseId, String recipeId, int version, Instant now)
      throws SQLException {
    return activate(actor, greenhouseId, recipeId, version, now, now);
  }

  /**
   * Makes {@code recipeId} version {@code version} the one {@code greenhouseId} runs on from {@code
   * effectiveFrom} (a moment already past means now). The audit row ({@code recipe.activate}) has
   * as before state the activation that would otherwise be in force at that moment.
   *
   * @throws IllegalArgumentException when that version is not stored
   */
  public RecipeActivation activate(
      Session actor, String greenhouseId, String recipeId, int version, Instant effectiveFrom,
      Instant now) throws SQLException {
    Authorizer.require(actor, Permission.ACTIVATE_RECIPE);
    Instant from = effectiveFrom.isBefore(now) ? now : effectiveFrom;
    return record(
        actor, new RecipeActivation(greenhouseId, recipeId, version, actor.username(), now, from),
        "recipe.activate", c -> {});
  }

  /**
   * Goes back, from now, to an earlier stored version of the recipe {@code greenhouseId} runs on;
   * audited as {@code recipe.rollback}, with the activation it replaces as before state.
   *
   * @throws IllegalArgumentException when that version is not stored, or not earlier than the
   *     version of the same recipe in force now
   */
  public RecipeActivation rollback(
      Session actor, String greenhouseId, String recipeId, int version, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.ACTIVATE_RECIPE);
    return record(
        actor, new RecipeActivation(greenhouseId, recipeId, version, actor.username(), now),
        "recipe.rollback", c -> {
          Optional<RecipeActivation> current = RecipeStore.inForce(c, greenhouseId, now);
          if (current.isEmpty() || !current.get().recipeId().equals(recipeId)
              || current.get().version() <= version) {
            throw new IllegalArgumentException(
                recipeId + " v" + version + " is not earlier than the version " + greenhouseId
                    + " runs on now" + current.map(a -> " (" + a.recipeId() + " v" + a.version() + ")").orElse(""));
          }
        });
  }

  private RecipeActivation record(
      Session actor, RecipeActivation activation, String action, Check check) throws SQLException {
    return audit.commit(
        c -> {
          if (RecipeStore.version(c, activation.recipeId(), activation.version()).isEmpty()) {
            throw new IllegalArgumentException(
                "no stored recipe " + activation.recipeId() + " v" + activation.version());
          }
          check.run(c);
          String before =
              RecipeStore.inForce(c, activation.greenhouseId(), activation.effectiveFrom())
                  .map(RecipeActivation::auditJson)
                  .orElse(AuditJson.NONE);
          RecipeStore.insert(c, activation);
          return Audited.of(
              activation,
              new AuditRecord(
                  activation.activatedAt(),
                  actor.username(),
                  action,
                  "greenhouse:" + activation.greenhouseId(),
                  before,
                  activation.auditJson()));
        });
  }

  private interface Check {
    void run(Connection c) throws SQLException;
  }

  /**
   * Stores each shipped recipe's text as the version it declares, unless that version is stored
   * already (so it is idempotent), each with its audit row ({@code recipe.seed}) under {@code
   * actor}'s name. Lets an agronomist edit the sample recipes as stored versions.
   *
   * @return how many versions were stored now
   * @throws InvalidFileException when a shipped text is not a valid recipe (nothing of it stored)
   */
  public int seedShipped(Session actor, List<String> shippedJson, Instant now)
      throws InvalidFileException, SQLException {
    Authorizer.require(actor, Permission.EDIT_RECIPE);
    int stored = 0;
    for (String json : shippedJson) {
      ClimateRecipe recipe = RecipeReader.read("shipped recipe", json);
      boolean added;
      try {
        added = audit.commit(c -> {
          if (RecipeStore.version(c, recipe.id(), recipe.version()).isPresent()) {
            return Audited.unchanged(false);
          }
          RecipeStore.insert(c, new RecipeVersion(recipe.id(), recipe.version(), json, actor.username(), now));
          String after = AuditJson.object().put("recipe", recipe.id()).put("version", recipe.version())
              .put("crop", recipe.crop()).put("shipped", true).put("sha256", sha256(json)).toString();
          return Audited.of(true, new AuditRecord(
              now, actor.username(), "recipe.seed", "recipe:" + recipe.id(), AuditJson.NONE, after));
        });
      } catch (SQLException e) {
        if (!DUPLICATE_KEY.equals(e.getSQLState())) {
          throw e;
        }
        added = false; // another console stored it at the same moment
      }
      stored += added ? 1 : 0;
    }
    return stored;
  }

  /** The activation made last for {@code greenhouseId}, if any; it may take effect later. */
  public Optional<RecipeActivation> activeFor(Session actor, String greenhouseId)
      throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.active(c, greenhouseId);
    }
  }

  /** The activation {@code greenhouseId} runs on at {@code at}, if any. */
  public Optional<RecipeActivation> inForce(Session actor, String greenhouseId, Instant at)
      throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.inForce(c, greenhouseId, at);
    }
  }

  /** The activation in force at {@code at} for every greenhouse that has one, by greenhouse. */
  public Map<String, RecipeActivation> inForce(Session actor, Instant at) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return inForce(c, at);
    }
  }

  /** Activations made to take effect after {@code now}, soonest first. */
  public List<RecipeActivation> scheduled(Session actor, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.scheduledAfter(c, now);
    }
  }

  /**
   * The stored version each greenhouse with an activation runs on at {@code at}. For the control
   * runtime, which follows the activations as the system: a read that needs no session.
   */
  public Map<String, RecipeVersion> versionsInForce(Instant at) throws SQLException {
    Map<String, RecipeVersion> versions = new LinkedHashMap<>();
    try (Connection c = database.connection()) {
      for (RecipeActivation a : inForce(c, at).values()) {
        RecipeStore.version(c, a.recipeId(), a.version()).ifPresent(v -> versions.put(a.greenhouseId(), v));
      }
    }
    return versions;
  }

  private static Map<String, RecipeActivation> inForce(Connection c, Instant at) throws SQLException {
    Map<String, RecipeActivation> map = new LinkedHashMap<>();
    for (String greenhouseId : RecipeStore.activatedGreenhouses(c)) {
      RecipeStore.inForce(c, greenhouseId, at).ifPresent(a -> map.put(greenhouseId, a));
    }
    return map;
  }

  /** Every stored recipe with its crop and versions, by id. */
  public List<RecipeSummary> recipes(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    List<RecipeVersion> all;
    try (Connection c = database.connection()) {
      all = RecipeStore.allVersions(c);
    }
    Map<String, List<RecipeVersion>> byId = new LinkedHashMap<>();
    all.forEach(v -> byId.computeIfAbsent(v.recipeId(), id -> new ArrayList<>()).add(v));
    List<RecipeSummary> summaries = new ArrayList<>();
    byId.forEach((id, versions) -> summaries.add(new RecipeSummary(
        id, crop(versions.getLast()), versions.stream().map(RecipeVersion::version).toList())));
    return summaries;
  }

  private static String crop(RecipeVersion version) {
    try {
      return RecipeReader.read(version.recipeId(), version.json()).crop();
    } catch (InvalidFileException e) {
      return ""; // stored before a rule was tightened; the editor shows its problems
    }
  }

  /** Every stored version of {@code recipeId}, oldest first. */
  public List<RecipeVersion> versions(Session actor, String recipeId) throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.versions(c, recipeId);
    }
  }

  /** One stored version, if there is one. */
  public Optional<RecipeVersion> version(Session actor, String recipeId, int version)
      throws SQLException {
    Authorizer.require(actor, Permission.VIEW);
    try (Connection c = database.connection()) {
      return RecipeStore.version(c, recipeId, version);
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
