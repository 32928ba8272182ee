package org.hortus.app.ui.users;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.security.LastAdministratorException;
import org.hortus.app.security.Role;
import org.hortus.app.security.UserAccount;
import org.hortus.app.security.UserRuleException;
import org.hortus.app.security.UserRules;
import org.hortus.app.security.UserRules.Violation;
import org.hortus.app.ui.Messages;

/**
 * The users page's words: role names, account states, and the service's refusals, whose English
 * messages never reach the screen: each expected refusal has a text under {@code users.error.*},
 * an unexpected failure shows a general text with its detail.
 */
final class UserTexts {

  private final Messages messages;
  private final ZoneId zone;

  UserTexts(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  String role(Role role) {
    return role == null ? "" : messages.text("users.role." + role.label());
  }

  String state(UserAccount user) {
    return messages.text(user.disabled() ? "users.state.disabled" : "users.state.enabled");
  }

  /** When a lock ends, if the account is locked at {@code now}; empty otherwise. */
  String lockedUntil(UserAccount user, Instant now) {
    return user.lockedAt(now) ? time(user.lockedUntil().orElseThrow()) : "";
  }

  String time(Instant at) {
    return messages.dateTime(at, zone);
  }

  /** What is wrong, in words for the field that shows it. */
  String violation(Violation violation, String username, int passwordLength) {
    return switch (violation) {
      case USERNAME_FORMAT -> messages.text("users.error.name.format");
      case USERNAME_TAKEN -> messages.text("users.error.name.taken", username);
      case UNKNOWN_USER -> messages.text("users.error.unknown", username);
      case PASSWORD_LENGTH ->
          messages.text(
              "users.error.password.length",
              UserRules.MIN_PASSWORD_LENGTH,
              UserRules.MAX_PASSWORD_LENGTH,
              passwordLength);
      case PASSWORD_IS_USERNAME -> messages.text("users.error.password.name");
    };
  }

  /** A failure of the service, for the page's status line. */
  String failure(Exception e, String username, int passwordLength) {
    return switch (e) {
      case UserRuleException rule -> violation(rule.violation(), username, passwordLength);
      case LastAdministratorException last -> messages.text("users.error.lastAdmin", last.username());
      case AccessDeniedException denied -> messages.text("users.error.denied");
      case SQLException sql -> messages.text("users.error.database", detail(e));
      default -> messages.text("users.error.other", detail(e));
    };
  }

  private static String detail(Exception e) {
    return Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
  }
}
