package org.hortus.app.ui.audit;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.hortus.app.audit.AuditRecord;
import org.hortus.app.audit.AuditVerification;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.ui.Messages;

/**
 * The audit page's words: a label per known action ({@code audit.action.*}) and group of actions
 * ({@code audit.kind.*}), the raw action for unknown ones; the chain's verdict; failures. Actions,
 * users and subjects are data and shown as stored when the bundle has no label for them.
 */
final class AuditTexts {

  /** The choice "every user" or "every kind" in the filters. */
  static final String ALL = "";

  private final Messages messages;
  private final ZoneId zone;
  private final ChangeSummary summary;

  AuditTexts(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
    this.summary = new ChangeSummary(messages);
  }

  String text(String key, Object... args) {
    return messages.text(key, args);
  }

  Messages messages() {
    return messages;
  }

  ZoneId zone() {
    return zone;
  }

  String time(Instant at) {
    return messages.dateTime(at, zone);
  }

  /** An action's label, e.g. "User added" for {@code user.add}; the action itself if unknown. */
  String action(String action) {
    String key = "audit.action." + action;
    return messages.has(key) ? messages.text(key) : action;
  }

  /** A kind filter's label: all, a group ({@code user.}) or one action. */
  String kind(String kind) {
    if (kind == null || kind.equals(ALL)) {
      return messages.text("audit.kind.all");
    }
    if (kind.endsWith(".")) {
      String key = "audit.kind." + kind.substring(0, kind.length() - 1);
      return messages.has(key)
          ? messages.text(key)
          : messages.text("audit.kind.other", kind.substring(0, kind.length() - 1));
    }
    return "\u2003" + action(kind); // indented under its group
  }

  String user(String user) {
    return user == null || user.equals(ALL) ? messages.text("audit.user.all") : user;
  }

  String change(AuditRecord record) {
    return summary.of(record.beforeJson(), record.afterJson());
  }

  /** The banner's text for a verdict. */
  String verdict(AuditVerification verdict) {
    if (verdict.intact()) {
      return messages.text("audit.verify.intact", verdict.rowsChecked());
    }
    String problem =
        messages.text(
            "audit.verify.problem."
                + verdict.problem().map(p -> p.name().toLowerCase(Locale.ROOT)).orElse("unknown"));
    return verdict.problemRow().isPresent()
        ? messages.text("audit.verify.broken", verdict.problemRow().getAsLong(), problem)
        : messages.text("audit.verify.broken.norow", problem);
  }

  /** A failure reading, verifying or exporting, in words. */
  String failure(Exception e) {
    String detail = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
    return switch (e) {
      case AccessDeniedException denied -> messages.text("audit.error.denied");
      case SQLException sql -> messages.text("audit.error.database", detail);
      case IOException file -> messages.text("audit.error.file", detail);
      default -> messages.text("audit.error.other", detail);
    };
  }
}
