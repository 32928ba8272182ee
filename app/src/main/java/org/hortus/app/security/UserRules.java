package org.hortus.app.security;

import java.util.regex.Pattern;

/** What makes a valid user name and password (docs/security.md). */
public final class UserRules {

  /** Shortest password accepted. */
  public static final int MIN_PASSWORD_LENGTH = 12;

  private static final int MAX_PASSWORD_LENGTH = 1024;
  private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

  private UserRules() {}

  /**
   * A user name: 1 to 64 characters, lower-case letters, digits, {@code .}, {@code _} or {@code -},
   * starting with a letter.
   */
  public static String checkUsername(String username) {
    if (!USERNAME.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "invalid user name '"
              + username
              + "': use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a"
              + " letter");
    }
    return username;
  }

  /** A password: {@value #MIN_PASSWORD_LENGTH} to 1024 characters, not the user name itself. */
  public static void checkPassword(String username, char[] password) {
    if (password.length < MIN_PASSWORD_LENGTH || password.length > MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "the password must have "
              + MIN_PASSWORD_LENGTH
              + " to "
              + MAX_PASSWORD_LENGTH
              + " characters, it has "
              + password.length);
    }
    if (username.equalsIgnoreCase(new String(password))) {
      throw new IllegalArgumentException("the password must not be the user name");
    }
  }
}
