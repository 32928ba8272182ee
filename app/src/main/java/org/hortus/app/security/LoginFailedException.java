package org.hortus.app.security;

import java.time.Instant;
import java.util.Optional;

/**
 * A login was refused. An unknown user, a disabled account and a wrong password give the same
 * message, so the message does not tell which user names exist; a locked account says until when.
 */
public final class LoginFailedException extends Exception {

  /** The one message for an unknown user, a disabled account or a wrong password. */
  public static final String BAD_CREDENTIALS = "login failed: unknown user or wrong password";

  private final transient Optional<Instant> lockedUntil;

  private LoginFailedException(String message, Optional<Instant> lockedUntil) {
    super(message);
    this.lockedUntil = lockedUntil;
  }

  static LoginFailedException badCredentials() {
    return new LoginFailedException(BAD_CREDENTIALS, Optional.empty());
  }

  static LoginFailedException locked(String username, Instant until) {
    return new LoginFailedException(
        "login failed: "
            + username
            + " is locked after repeated failed logins until "
            + until
            + " (an administrator can reset the password to unlock it)",
        Optional.of(until));
  }

  /** When the account's lock ends, if the login was refused for a lock. */
  public Optional<Instant> lockedUntil() {
    return lockedUntil;
  }
}
