package org.hortus.app.security;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.hortus.app.audit.AuditJson;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditedChange.Audited;
import org.hortus.app.security.UserRules.Violation;
import org.hortus.app.store.Database;

/**
 * Adds users, changes their role, disables and enables them, resets their password and lifts a
 * lockout: only for a session with {@link Permission#MANAGE_USERS}. Each change and its audit row
 * commit together; a change that changes nothing (enabling an enabled account) writes no row. The
 * last enabled administrator can be neither demoted nor disabled ({@link
 * LastAdministratorException}), so the park never loses its user management. Rule violations throw
 * {@link UserRuleException}. Stateless; thread-safe.
 */
public final class UserService {

  private final UserStore users;
  private final AuditLog audit;
  private final PasswordHasher hasher;

  public UserService(Database database, AuditLog audit, PasswordHasher hasher) {
    this.users = new UserStore(database);
    this.audit = audit;
    this.hasher = hasher;
  }

  /** Every account, by name. */
  public List<UserAccount> list(Session actor) throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    return users.list();
  }

  /**
   * Creates an enabled account.
   *
   * @throws UserRuleException for an invalid or taken name, or a password too short
   */
  public void addUser(Session actor, String username, Role role, char[] password, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    UserRules.checkUsername(username);
    UserRules.checkPassword(username, password);
    String hash = hasher.hash(password);
    audit.commit(
        c -> {
          if (users.find(c, username, true).isPresent()) {
            throw new UserRuleException(
                Violation.USERNAME_TAKEN, "user " + username + " already exists");
          }
          UserAccount created = UserAccount.create(username, role, hash, now);
          users.insert(c, created);
          return Audited.of(
              null, record(actor, now, "user.add", username, AuditJson.NONE, created.auditJson()));
        });
  }

  /** Gives {@code username} another role. */
  public void changeRole(Session actor, String username, Role role, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    change(actor, now, "user.role", username, user -> user.withRole(role));
  }

  /** Disables {@code username}: they can no longer log in. The account and its history stay. */
  public void disable(Session actor, String username, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    change(actor, now, "user.disable", username, user -> user.withDisabled(true));
  }

  /**
   * Enables {@code username} again after {@link #disable}: they can log in with their password.
   */
  public void enable(Session actor, String username, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    change(actor, now, "user.enable", username, user -> user.withDisabled(false));
  }

  /**
   * Lifts a lockout after repeated failed logins and restarts the failure count, keeping the
   * password (for a user who knows it again); {@link #resetPassword} also lifts it.
   */
  public void unlock(Session actor, String username, Instant now) throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    change(actor, now, "user.unlock", username, user -> user.withFailures(0, Optional.empty()));
  }

  /** Sets a new password for {@code username} and lifts any lockout. */
  public void resetPassword(Session actor, String username, char[] password, Instant now)
      throws SQLException {
    Authorizer.require(actor, Permission.MANAGE_USERS);
    UserRules.checkPassword(username, password);
    String hash = hasher.hash(password);
    change(
        actor,
        now,
        "user.password",
        username,
        user -> user.withPasswordHash(hash).withFailures(0, Optional.empty()));
  }

  private void change(
      Session actor, Instant now, String action, String username, UnaryOperator<UserAccount> edit)
      throws SQLException {
    audit.commit(
        c -> {
          UserAccount before =
              users
                  .find(c, username, true)
                  .orElseThrow(
                      () -> new UserRuleException(Violation.UNKNOWN_USER, "no user " + username));
          UserAccount after = edit.apply(before);
          if (after.equals(before)) {
            return Audited.unchanged(null);
          }
          keepAnAdministrator(c, before, after);
          users.update(c, after);
          AuditJson afterState = after.auditState();
          if (!after.passwordHash().equals(before.passwordHash())) {
            afterState.put("password", "reset");
          }
          return Audited.of(
              null,
              record(actor, now, action, username, before.auditJson(), afterState.toString()));
        });
  }

  private void keepAnAdministrator(Connection c, UserAccount before, UserAccount after)
      throws SQLException {
    boolean wasActiveAdmin = before.role() == Role.ADMINISTRATOR && !before.disabled();
    boolean isActiveAdmin = after.role() == Role.ADMINISTRATOR && !after.disabled();
    if (wasActiveAdmin && !isActiveAdmin && users.countEnabled(c, Role.ADMINISTRATOR) <= 1) {
      throw new LastAdministratorException(before.username());
    }
  }

  private static AuditRecord record(
      Session actor, Instant now, String action, String username, String before, String after) {
    return new AuditRecord(now, actor.username(), action, "user:" + username, before, after);
  }
}
