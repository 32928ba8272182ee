package org.hortus.app.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.store.Database;

/**
 * Logs users in, counts failed logins and locks accounts ({@link LockoutPolicy}), and creates the
 * administrator on the first run. Time comes in as an argument. Stateless; thread-safe.
 */
public final class AuthService {

  /** The actor of acts done by Hortus itself (the first run, lockouts). */
  public static final String SYSTEM_ACTOR = "system";

  private final Database database;
  private final UserStore users;
  private final AuditLog audit;
  private final PasswordHasher hasher;
  private final LockoutPolicy policy;
  private final String dummyHash;

  public AuthService(
      Database database, AuditLog audit, PasswordHasher hasher, LockoutPolicy policy) {
    this.database = database;
    this.users = new UserStore(database);
    this.audit = audit;
    this.hasher = hasher;
    this.policy = policy;
    this.dummyHash = hasher.unmatchable();
  }

  /**
   * Checks the password and returns a session. A wrong password counts a failure; the {@link
   * LockoutPolicy#maxFailures()}th in a row locks the account (an audited act) and resets the
   * count. A success resets the count, and re-hashes a password stored with fewer iterations.
   *
   * @throws LoginFailedException with the same message for an unknown user, a disabled account and
   *     a wrong password; with the lock's end for a locked account
   */
  public Session login(String username, char[] password, Instant now)
      throws LoginFailedException, SQLException {
    try (Connection c = database.connection()) {
      c.setAutoCommit(false);
      try {
        Session session = login(c, username, password, now);
        c.commit();
        return session;
      } catch (LoginFailedException e) {
        c.commit(); // keeps the counted failure and the lock
        throw e;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private Session login(Connection c, String username, char[] password, Instant now)
      throws LoginFailedException, SQLException {
    Optional<UserAccount> found = users.find(c, username, true);
    if (found.isEmpty() || found.get().disabled()) {
      hasher.matches(password, dummyHash); // as slow as a real check: timing names no user
      throw LoginFailedException.badCredentials();
    }
    UserAccount user = found.get();
    if (user.lockedAt(now)) {
      throw LoginFailedException.locked(username, user.lockedUntil().orElseThrow());
    }
    if (!hasher.matches(password, user.passwordHash())) {
      recordFailure(c, user, now);
      throw LoginFailedException.badCredentials();
    }
    UserAccount loggedIn = user.withFailures(0, Optional.empty());
    if (hasher.needsRehash(user.passwordHash())) {
      loggedIn = loggedIn.withPasswordHash(hasher.hash(password));
    }
    if (!loggedIn.equals(user)) {
      users.update(c, loggedIn);
    }
    return new Session(user.username(), user.role());
  }

  private void recordFailure(Connection c, UserAccount user, Instant now) throws SQLException {
    int failures = user.failedAttempts() + 1;
    if (failures < policy.maxFailures()) {
      users.update(c, user.withFailures(failures, user.lockedUntil()));
      return;
    }
    Instant until = now.plus(policy.lockDuration());
    UserAccount locked = user.withFailures(0, Optional.of(until));
    users.update(c, locked);
    audit.append(
        c,
        new AuditRecord(
            now,
            SYSTEM_ACTOR,
            "user.lock",
            "user:" + user.username(),
            user.auditJson(),
            AuditJson.object()
                .put("username", user.username())
                .put("failedAttempts", failures)
                .put("lockedUntil", until)
                .toString()));
  }

  /**
   * On the first run (no user at all), creates the administrator and returns true; otherwise
   * changes nothing and returns false.
   *
   * @throws IllegalArgumentException for an invalid name or a password too short
   */
  public boolean ensureAdministrator(String username, char[] password, Instant now)
      throws SQLException {
    UserRules.checkUsername(username);
    UserRules.checkPassword(username, password);
    String hash = hasher.hash(password);
    return audit.commit(
        c -> {
          if (users.count(c) > 0) {
            return Audited.unchanged(false);
          }
          UserAccount admin = UserAccount.create(username, Role.ADMINISTRATOR, hash, now);
          users.insert(c, admin);
          return Audited.of(
              true,
              new AuditRecord(
                  now,
                  SYSTEM_ACTOR,
                  "user.init",
                  "user:" + username,
                  AuditJson.NONE,
                  admin.auditJson()));
        });
  }
}
