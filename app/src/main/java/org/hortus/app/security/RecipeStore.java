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

  /** The latest activation for {@code greenhouseId}, if any. */
  static Optional<RecipeActivation> active(Connection c, String greenhouseId) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT greenhouse_id, recipe_id, version, activated_by, activated_at"
                + " FROM recipe_activation WHERE greenhouse_id = ? ORDER BY id DESC LIMIT 1")) {
      select.setString(1, greenhouseId);
      try (ResultSet rs = select.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RecipeActivation(
                rs.getString(1),
                rs.getString(2),
                rs.getInt(3),
                rs.getString(4),
                Instant.ofEpochMilli(rs.getLong(5))));
      }
    }
  }

  static void insert(Connection c, RecipeActivation a) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "INSERT INTO recipe_activation (greenhouse_id, recipe_id, version, activated_by,"
                + " activated_at) VALUES (?, ?, ?, ?, ?)")) {
      insert.setString(1, a.greenhouseId());
      insert.setString(2, a.recipeId());
      insert.setInt(3, a.version());
      insert.setString(4, a.activatedBy());
      insert.setLong(5, a.activatedAt().toEpochMilli());
      insert.executeUpdate();
    }
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
