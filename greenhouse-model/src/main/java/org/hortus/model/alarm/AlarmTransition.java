package org.hortus.model.alarm;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hortus.model.control.Because;

/**
 * One record of an alarm's history, for the caller to store. The engine emits one for every state
 * change, every operator action and every change of the condition, even when the state stays (a
 * condition clearing under a shelf is SHELVED → SHELVED with {@code active} false), so the stored
 * history alone yields the alarm-system figures ({@link AlarmKpis}).
 *
 * @param alarmId the alarm's id
 * @param source the alarm's source
 * @param at when it happened (the instant of the call)
 * @param from the state before
 * @param to the state after
 * @param priority the alarm's priority
 * @param active whether the condition is active after this record
 * @param value the source's latest value (NaN if none yet)
 * @param message what happened, e.g. {@code "GH-01 air temperature 31.2 °C above 30.0 °C"}
 * @param cause what caused it
 * @param user who acted, for operator actions
 * @param comment the operator's comment or reason, when given
 * @param chattering whether the alarm was chattering at this record
 * @param words {@code message} in words the console can translate
 */
public record AlarmTransition(
    String alarmId,
    String source,
    Instant at,
    AlarmState from,
    AlarmState to,
    AlarmPriority priority,
    boolean active,
    double value,
    String message,
    Cause cause,
    Optional<String> user,
    Optional<String> comment,
    boolean chattering,
    Because words) {

  public AlarmTransition {
    Objects.requireNonNull(words, "words");
  }

  /** A record whose message is known only as plain text (shown as written). */
  public AlarmTransition(
      String alarmId,
      String source,
      Instant at,
      AlarmState from,
      AlarmState to,
      AlarmPriority priority,
      boolean active,
      double value,
      String message,
      Cause cause,
      Optional<String> user,
      Optional<String> comment,
      boolean chattering) {
    this(
        alarmId, source, at, from, to, priority, active, value, message, cause, user, comment,
        chattering, AlarmText.text(message));
  }

  /** What caused a record. */
  public enum Cause {
    /** The condition became active or cleared (after delays). */
    CONDITION,
    /** An operator acknowledged. */
    ACKNOWLEDGE,
    /** An operator shelved, or extended a shelf. */
    SHELVE,
    /** An operator took the alarm off the shelf. */
    UNSHELVE,
    /** The shelf's time ran out. */
    SHELF_EXPIRED,
    /** Suppressed by design, interlock or maintenance. */
    SUPPRESS,
    /** That suppression lifted. */
    UNSUPPRESS,
    /** The condition activated while chattering, and the alarm was suppressed. */
    CHATTERING,
    /** A chattering alarm went quiet for its quiet time and was released. */
    CHATTER_RELEASED
  }

  /** Whether this record annunciates the alarm to the operator (a new UNACKNOWLEDGED). */
  public boolean annunciation() {
    return to == AlarmState.UNACKNOWLEDGED && from != AlarmState.UNACKNOWLEDGED;
  }
}
