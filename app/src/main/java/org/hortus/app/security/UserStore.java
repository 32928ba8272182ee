package org.hortus.app.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hortus.app.store.Database;

/**
 * User accounts on H2 (table {@code users}). The methods taking a {@link Connection} run in the
 * caller's transaction, so a service can store a change and its audit row together.
 */
public final class UserStore {

  private static final String COLUMNS =
      "username, role, password_hash, failed_attempts, locked_until, created_at, disabled";

  private final Database database;

  public UserStore(Database database) {
    this.database = database;
  }

  /** Every account, by name. */
  public List<UserAccount> list() throws SQLException {
    List<UserAccount> users = new ArrayList<>();
    try (Connection c = database.connection();
        PreparedStatement select =
            c.prepareStatement("SELECT " + COLUMNS + " FROM users ORDER BY username");
        ResultSet rs = select.executeQuery()) {
      while (rs.next()) {
        users.add(read(rs));
      }
    }
    return users;
  }

  /** The account named {@code username}, read outside any transaction. */
  public Optional<UserAccount> find(String username) throws SQLException {
    try (Connection c = database.connection()) {
      return find(c, username, false);
    }
  }

  /**
   * The account named {@code username}; with {@code forUpdate}, its row stays locked until the
   * transaction ends, so two logins cannot both count the same failure.
   */
  public Optional<UserAccount> find(Connection c, String username, boolean forUpdate)
      throws SQLException {
    String sql =
        "SELECT " + COLUMNS + " FROM users WHERE username = ?" + (forUpdate ? " FOR UPDATE" : "");
    try (PreparedStatement select = c.prepareStatement(sql)) {
      select.setString(1, username);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** How many accounts exist. */
  public long count(Connection c) throws SQLException {
    try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM users");
        ResultSet rs = select.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * How many enabled accounts have {@code role}; their rows stay locked until the transaction ends,
   * so two concurrent changes cannot both remove "the other" administrator.
   */
  public long countEnabled(Connection c, Role role) throws SQLException {
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT username FROM users WHERE role = ? AND NOT disabled FOR UPDATE")) {
      select.setString(1, role.name());
      long count = 0;
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          count++;
        }
      }
      return count;
    }
  }

  /** Inserts a new account; a taken name fails with the duplicate-key SQLException. */
  public void insert(Connection c, UserAccount user) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement("INSERT INTO users (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, user.username());
      insert.setString(2, user.role().name());
      insert.setString(3, user.passwordHash());
      insert.setInt(4, user.failedAttempts());
      setInstant(insert, 5, user.lockedUntil());
      insert.setLong(6, user.created().toEpochMilli());
      insert.setBoolean(7, user.disabled());
      insert.executeUpdate();
    }
  }

  /** Writes every field of an existing account but its name and creation time. */
  public void update(Connection c, UserAccount user) throws SQLException {
    try (PreparedStatement update =
        c.prepareStatement(
            "UPDATE users SET role = ?, password_hash = ?, failed_attempts = ?, locked_until = ?,"
                + " disabled = ? WHERE username = ?")) {
      update.setString(1, user.role().name());
      update.setString(2, user.passwordHash());
      update.setInt(3, user.failedAttempts());
      setInstant(update, 4, user.lockedUntil());
      update.setBoolean(5, user.disabled());
      update.setString(6, user.username());
      if (update.executeUpdate() != 1) {
        throw new SQLException("no user " + user.username());
      }
    }
  }

  private static void setInstant(PreparedStatement s, int index, Optional<Instant> at)
      throws SQLException {
    if (at.isPresent()) {
      s.setLong(index, at.get().toEpochMilli());
    } else {
      s.setNull(index, Types.BIGINT);
    }
  }

  private static UserAccount read(ResultSet rs) throws SQLException {
    long lockedUntil = rs.getLong(5);
    Optional<Instant> locked =
        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(lockedUntil));
    return new UserAccount(
        rs.getString(1),
        Role.valueOf(rs.getString(2)),
        rs.getString(3),
        rs.getInt(4),
        locked,
        Instant.ofEpochMilli(rs.getLong(6)),
        rs.getBoolean(7));
  }
}
