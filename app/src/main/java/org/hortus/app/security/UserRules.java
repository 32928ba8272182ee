package org.hortus.app.security;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a valid user name and password (docs/security.md). The {@code …Violation} methods
 * tell a form what is wrong as you type; the {@code check…} methods, which the services call,
 * throw {@link UserRuleException} for the same violations, so a form and the service always agree.
 */
public final class UserRules {

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** Longest password accepted. */
  public static final int MAX_PASSWORD_LENGTH = 1024;

  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

  /** Why a user name, a password or an account change was refused. */
  public enum Violation {
    /** Not 1 to 64 lower-case letters, digits, '.', '_' or '-' starting with a letter. */
    USERNAME_FORMAT,
    /** Another account has this name. */
    USERNAME_TAKEN,
    /** No account has this name. */
    UNKNOWN_USER,
    /** Shorter than {@value #MIN_PASSWORD_LENGTH} or longer than 1024 characters. */
    PASSWORD_LENGTH,
    /** The password is the user name (in any case). */
    PASSWORD_IS_USERNAME
  }

  private UserRules() {}

  /** What is wrong with {@code username}, if anything. */
  public static Optional<Violation> usernameViolation(String username) {
    return USERNAME.matcher(username).matches()
        ? Optional.empty()
        : Optional.of(Violation.USERNAME_FORMAT);
  }

  /** What is wrong with {@code password} for {@code username}, if anything. */
  public static Optional<Violation> passwordViolation(String username, char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      return Optional.of(Violation.PASSWORD_LENGTH);
    }
    if (username.equalsIgnoreCase(new String(password))) {
      return Optional.of(Violation.PASSWORD_IS_USERNAME);
    }
    return Optional.empty();
  }

  /**
   * A user name: 1 to 64 characters, lower-case letters, digits, {@code .}, {@code _} or {@code -},
   * starting with a letter.
   *
   * @throws UserRuleException with {@link Violation#USERNAME_FORMAT}
   */
  public static String checkUsername(String username) {
    if (usernameViolation(username).isPresent()) {
      throw new UserRuleException(
          Violation.USERNAME_FORMAT,
          "invalid user name '"
              + username
              + "': use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a"
              + " letter");
    }
    return username;
  }

  /**
   * A password: {@value #MIN_PASSWORD_LENGTH} to 1024 characters, not the user name itself.
   *
   * @throws UserRuleException with {@link Violation#PASSWORD_LENGTH} or {@link
   *     Violation#PASSWORD_IS_USERNAME}
   */
  public static void checkPassword(String username, char[] password) {
    Optional<Violation> violation = passwordViolation(username, password);
    if (violation.isEmpty()) {
      return;
    }
    throw new UserRuleException(
        violation.get(),
        violation.get() == Violation.PASSWORD_LENGTH
            ? "the password must have "
                + MIN_PASSWORD_LENGTH
                + " to "
                + MAX_PASSWORD_LENGTH
                + " characters, it has "
                + password.length
            : "the password must not be the user name");
  }
}
