package org.hortus.app.security;

import org.hortus.app.security.UserRules.Violation;

/**
 * A user name, password or account change broke a rule of {@link UserRules}; nothing was changed.
 * The message is English for logs and the command line; {@link #violation()} lets a screen say it
 * in the user's language.
 */
public final class UserRuleException extends IllegalArgumentException {

  private final Violation violation;

  public UserRuleException(Violation violation, String message) {
    super(message);
    this.violation = violation;
  }

  public Violation violation() {
    return violation;
  }
}
