package org.hortus.app.security;

/**
 * A change would leave the park without an enabled administrator (demoting or disabling the last
 * one); nothing was changed.
 */
public final class LastAdministratorException extends IllegalStateException {

  private final String username;

  public LastAdministratorException(String username) {
    super(username + " is the last enabled administrator: add another one first");
    this.username = username;
  }

  /** The administrator who would have been demoted or disabled. */
  public String username() {
    return username;
  }
}
