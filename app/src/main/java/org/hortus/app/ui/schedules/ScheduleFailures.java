package org.hortus.app.ui.schedules;

import java.util.stream.Collectors;
import org.hortus.app.schedule.InvalidScheduleException;
import org.hortus.app.schedule.ScheduleChangedException;
import org.hortus.app.security.AccessDeniedException;
import org.hortus.app.ui.Messages;

/** A failed schedule action in the user's language: the expected ones by name, others with detail. */
final class ScheduleFailures {

  private ScheduleFailures() {}

  static String text(Messages messages, Throwable failure) {
    return switch (failure) {
      case AccessDeniedException denied -> messages.text("schedules.refused", denied.session().username());
      case InvalidScheduleException invalid -> messages.text("schedules.invalid", invalid.problems().stream()
          .map(p -> messages.text(p.key())).collect(Collectors.joining(messages.text("schedules.list.separator"))));
      case ScheduleChangedException changed -> messages.text("schedules.changed");
      default -> messages.text("schedules.failed", String.valueOf(failure.getMessage()));
    };
  }
}
