package org.hortus.app.ui.reasons;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.hortus.app.ui.Messages;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.Because;
import org.hortus.model.control.Decider;
import org.hortus.model.control.Phrase;

/**
 * Words the model's reasons in the user's language from the {@code reasons} bundle: a {@link
 * Because} as {@code reasons.<key>} with its numbers formatted by the pattern for the locale,
 * times and instants as the locale writes them, nested reasons worded in turn; what decided an
 * actuator as {@code reasons.decider.<key>}. Text from data (a user, a schedule's name, an
 * override's reason) is shown as written. Stateless apart from its formatters; any thread.
 */
public final class ReasonTexts {

  /** The prefix of every key of the {@code reasons} bundle. */
  public static final String PREFIX = "reasons.";

  private final Messages messages;
  private final ZoneId zone;
  private final DateTimeFormatter time;

  /** Words with instants written in this machine's zone. */
  public ReasonTexts(Messages messages) {
    this(messages, ZoneId.systemDefault());
  }

  /** Words with instants written in {@code zone} (the site's). */
  public ReasonTexts(Messages messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
    this.time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
  }

  /** A reason in words, e.g. 室内气温 18.2 °C，供暖设定值 19.0 °C. */
  public String text(Because because) {
    List<Phrase.Arg> kinds = because.phrase().args();
    Object[] args = new Object[kinds.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = argument(kinds.get(i), because.args().get(i));
    }
    return messages.text(PREFIX + because.key(), args);
  }

  /** Several reasons in one line, joined as the language joins clauses. */
  public String join(List<Because> reasons) {
    String joined = "";
    for (Because reason : reasons) {
      joined = joined.isEmpty() ? text(reason) : messages.text(PREFIX + "join", joined, text(reason));
    }
    return joined;
  }

  /** What decided, e.g. 大风联锁. */
  public String decider(Decider decider) {
    return messages.text(PREFIX + "decider." + decider.key());
  }

  /** An actuator's unit: a symbol, or words for the lamps' on and off. */
  public String unit(Actuator actuator) {
    return actuator == Actuator.LAMPS ? messages.text(PREFIX + "unit.on-off") : actuator.unit();
  }

  private Object argument(Phrase.Arg kind, Object value) {
    return switch (kind) {
      case F0, F1, F2 -> ((Number) value).doubleValue();
      case COUNT -> ((Number) value).longValue();
      case TEXT -> String.valueOf(value);
      case TIME -> time.format((LocalTime) value);
      case INSTANT -> messages.dateTime((Instant) value, zone);
      case PHRASE -> text((Because) value);
    };
  }
}
