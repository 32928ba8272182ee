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
import org.hortus.app.store.Database;

/**
 * Adds users, changes their role, disables them and resets their password: only for a session with
 * {@link Permission#MANAGE_USERS}. Each change and its audit row commit together. The last enabled
 * administrator can be neither demoted nor disabled, so the park never loses its user management.
 * Stateless; thread-safe.
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
   * @throws IllegalArgumentException for an invalid or taken name, or a password too short
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
            throw new IllegalArgumentException("user " + username + " already exists");
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
                  .orElseThrow(() -> new IllegalArgumentException("no user " + username));
          UserAccount after = edit.apply(before);
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
      throw new IllegalStateException(
          before.username() + " is the last enabled administrator: add another one first");
    }
  }

  private static AuditRecord record(
      Session actor, Instant now, String action, String username, String before, String after) {
    return new AuditRecord(now, actor.username(), action, "user:" + username, before, after);
  }
}
