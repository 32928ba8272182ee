package org.hortus.app.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Recipe versions and activations on H2 (tables {@code recipe_version}, {@code recipe_activation}),
 * on the caller's connection and transaction. Used by {@link RecipeActivationService}, which checks
 * permissions and audits.
 */
final class RecipeStore {

  private static final String ACTIVATION =
      "greenhouse_id, recipe_id, version, activated_by, activated_at, effective_from";

  private RecipeStore() {}

  static Optional<RecipeVersion> version(Connection c, String recipeId, int version)
      throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT recipe_id, version, json_text, saved_by, saved_at FROM recipe_version"
                + " WHERE recipe_id = ? AND version = ?")) {
      select.setString(1, recipeId);
      select.setInt(2, version);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(readVersion(rs)) : Optional.empty();
      }
    }
  }

  /** Every version of {@code recipeId}, oldest first. */
  static List<RecipeVersion> versions(Connection c, String recipeId) throws SQLException {
    List<RecipeVersion> versions = new ArrayList<>();
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT recipe_id, version, json_text, saved_by, saved_at FROM recipe_version"
                + " WHERE recipe_id = ? ORDER BY version")) {
      select.setString(1, recipeId);
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          versions.add(readVersion(rs));
        }
      }
    }
    return versions;
  }

  static void insert(Connection c, RecipeVersion v) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO recipe_version (recipe_id, version, json_text, saved_by, saved_at)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, v.recipeId());
      insert.setInt(2, v.version());
      insert.setString(3, v.json());
      insert.setString(4, v.savedBy());
      insert.setLong(5, v.savedAt().toEpochMilli());
      insert.executeUpdate();
    }
  }

  /** The activation made last for {@code greenhouseId} (it may take effect later), if any. */
  static Optional<RecipeActivation> active(Connection c, String greenhouseId) throws SQLException {
    return one(c, "SELECT " + ACTIVATION + " FROM recipe_activation WHERE greenhouse_id = ?"
        + " ORDER BY id DESC LIMIT 1", greenhouseId, null);
  }

  /**
   * The activation {@code greenhouseId} runs on at {@code at}: the latest effective one not after
   * it, of those the one made last.
   */
  static Optional<RecipeActivation> inForce(Connection c, String greenhouseId, Instant at)
      throws SQLException {
    return one(c, "SELECT " + ACTIVATION + " FROM recipe_activation WHERE greenhouse_id = ?"
        + " AND effective_from <= ? ORDER BY effective_from DESC, id DESC LIMIT 1", greenhouseId, at);
  }

  /** Every greenhouse that ever had an activation. */
  static List<String> activatedGreenhouses(Connection c) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(
            "SELECT DISTINCT greenhouse_id FROM recipe_activation ORDER BY greenhouse_id");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  /** Activations that take effect after {@code at}, soonest first. */
  static List<RecipeActivation> scheduledAfter(Connection c, Instant at) throws SQLException {
    List<RecipeActivation> list = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement("SELECT " + ACTIVATION
        + " FROM recipe_activation WHERE effective_from > ? ORDER BY effective_from, id")) {
      select.setLong(1, at.toEpochMilli());
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          list.add(readActivation(rs));
        }
      }
    }
    return list;
  }

  /** Every stored version of every recipe, by id then version. */
  static List<RecipeVersion> allVersions(Connection c) throws SQLException {
    List<RecipeVersion> versions = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(
            "SELECT recipe_id, version, json_text, saved_by, saved_at FROM recipe_version"
                + " ORDER BY recipe_id, version");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        versions.add(readVersion(rs));
      }
    }
    return versions;
  }

  private static Optional<RecipeActivation> one(Connection c, String sql, String greenhouseId, Instant at)
      throws SQLException {
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, greenhouseId);
      if (at != null) {
        select.setLong(2, at.toEpochMilli());
      }
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(readActivation(rs)) : Optional.empty();
      }
    }
  }

  static void insert(Connection c, RecipeActivation a) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO recipe_activation (greenhouse_id, recipe_id, version, activated_by,"
                + " activated_at, effective_from) VALUES (?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, a.greenhouseId());
      insert.setString(2, a.recipeId());
      insert.setInt(3, a.version());
      insert.setString(4, a.activatedBy());
      insert.setLong(5, a.activatedAt().toEpochMilli());
      insert.setLong(6, a.effectiveFrom().toEpochMilli());
      insert.executeUpdate();
    }
  }

  private static RecipeActivation readActivation(ResultSet rs) throws SQLException {
    return new RecipeActivation(
        rs.getString(1),
        rs.getString(2),
        rs.getInt(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)),
        Instant.ofEpochMilli(rs.getLong(6)));
  }

  private static RecipeVersion readVersion(ResultSet rs) throws SQLException {
    return new RecipeVersion(
        rs.getString(1),
        rs.getInt(2),
        rs.getString(3),
        rs.getString(4),
        Instant.ofEpochMilli(rs.getLong(5)));
  }
}
