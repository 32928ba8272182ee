package org.hortus.app.ui.alarms;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.reasons.ReasonTexts;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.control.Because;

/**
 * How the alarm pages name priorities and states and write times (texts under {@code alarms.*}),
 * and word alarms' titles and messages ({@link ReasonTexts}).
 */
final class AlarmTexts {

  private final Messages messages;
  private final DateTimeFormatter time;
  private final ReasonTexts words;

  AlarmTexts(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.words = new ReasonTexts(messages, zone);
    this.time = DateTimeFormatter.ofPattern(messages.text("alarms.time.pattern"), messages.locale()).withZone(zone);
  }

  String priority(AlarmPriority priority) {
    return messages.text("alarms.priority." + priority.name().toLowerCase(Locale.ROOT));
  }

  String state(AlarmState state) {
    return messages.text("alarms.state." + state.name().toLowerCase(Locale.ROOT));
  }

  /** An alarm's title or message in the user's language. */
  String words(Because because) {
    return words.text(because);
  }

  String time(Instant at) {
    return time.format(at);
  }

  String time(Optional<Instant> at) {
    return at.map(this::time).orElse("");
  }

  Messages messages() {
    return messages;
  }
}
