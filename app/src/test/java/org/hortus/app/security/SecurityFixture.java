package org.hortus.app.security;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditVerifier;
import org.hortus.app.store.Database;

/**
 * A database on a test folder file with the security services wired as in production, but with a
 * fast password hasher (the 600,000-iteration default is tested once, in {@code
 * PasswordHasherTest}).
 */
public final class SecurityFixture implements AutoCloseable {

  /** Iterations for tests: fast, still real PBKDF2. */
  public static final int TEST_ITERATIONS = 1_000;

  public static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  public final Database db;
  public final AuditLog audit;
  public final PasswordHasher hasher = new PasswordHasher(TEST_ITERATIONS);
  public final AuthService auth;
  public final UserService users;
  public final OverrideService overrides;
  public final RecipeActivationService recipes;
  public final AuditViewService auditView;
  public final AuditVerifier verifier;

  public SecurityFixture(Path folder) {
    this.db = Database.open(Database.fileUrl(folder.resolve("hortus")));
    this.audit = new AuditLog(db);
    this.auth = new AuthService(db, audit, hasher, LockoutPolicy.DEFAULT);
    this.users = new UserService(db, audit, hasher);
    this.overrides = new OverrideService(audit);
    this.recipes = new RecipeActivationService(db, audit);
    this.auditView = new AuditViewService(audit);
    this.verifier = new AuditVerifier(db);
  }

  /** A session as if {@code username} had logged in with {@code role}. */
  public static Session session(String username, Role role) {
    return new Session(username, role);
  }

  /** Runs plain SQL, as someone with direct access to the database file would. */
  public int sql(String statement) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement()) {
      return s.executeUpdate(statement);
    }
  }

  /** A single number from plain SQL. */
  public long count(String query) throws SQLException {
    try (Connection c = db.connection();
        Statement s = c.createStatement();
        var rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
