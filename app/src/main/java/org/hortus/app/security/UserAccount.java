package org.hortus.app.security;

import java.time.Instant;
import java.util.Optional;
import org.hortus.app.audit.AuditJson;

/**
 * A stored user account.
 *
 * @param username unique, see {@link UserRules#checkUsername}
 * @param role what they may do
 * @param passwordHash {@link PasswordHasher}'s encoded form
 * @param failedAttempts failed logins since the last success or lock
 * @param lockedUntil when a lockout ends; empty when never locked
 * @param created when the account was made
 * @param disabled a disabled account cannot log in
 */
public record UserAccount(
    String username,
    Role role,
    String passwordHash,
    int failedAttempts,
    Optional<Instant> lockedUntil,
    Instant created,
    boolean disabled) {

  /** A new, enabled account with no failures. */
  public static UserAccount create(String username, Role role, String passwordHash, Instant now) {
    return new UserAccount(username, role, passwordHash, 0, Optional.empty(), now, false);
  }

  public boolean lockedAt(Instant now) {
    return lockedUntil.map(now::isBefore).orElse(false);
  }

  public UserAccount withRole(Role newRole) {
    return new UserAccount(
        username, newRole, passwordHash, failedAttempts, lockedUntil, created, disabled);
  }

  public UserAccount withPasswordHash(String newHash) {
    return new UserAccount(username, role, newHash, failedAttempts, lockedUntil, created, disabled);
  }

  public UserAccount withFailures(int failures, Optional<Instant> until) {
    return new UserAccount(username, role, passwordHash, failures, until, created, disabled);
  }

  public UserAccount withDisabled(boolean isDisabled) {
    return new UserAccount(
        username, role, passwordHash, failedAttempts, lockedUntil, created, isDisabled);
  }

  /** The account as audit JSON: everything but the password hash. */
  public String auditJson() {
    return auditState().toString();
  }

  /** The account as an audit JSON object to add to: everything but the password hash. */
  public AuditJson auditState() {
    return AuditJson.object()
        .put("username", username)
        .put("role", role)
        .put("disabled", disabled)
        .put("failedAttempts", failedAttempts)
        .put("lockedUntil", lockedUntil.orElse(null));
  }
}
