package org.hortus.model.alarm;

import static org.hortus.model.alarm.AlarmState.ACKNOWLEDGED;
import static org.hortus.model.alarm.AlarmState.NORMAL;
import static org.hortus.model.alarm.AlarmState.RETURNED_UNACKNOWLEDGED;
import static org.hortus.model.alarm.AlarmState.SHELVED;
import static org.hortus.model.alarm.AlarmState.SUPPRESSED;
import static org.hortus.model.alarm.AlarmState.UNACKNOWLEDGED;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hortus.model.alarm.AlarmTransition.Cause;
import org.hortus.model.control.Because;

/**
 * One alarm's ISA-18.2 state machine. Deterministic: every call takes its instant and returns the
 * {@link AlarmTransition}s it caused (often none), which the caller stores; there is no clock,
 * thread or listener. Every call also lets time act (shelf expiry, end of chattering) at its
 * instant; operator commands do so before they act, {@link #evaluate} after the new input. A
 * command that does not apply in the current state (acknowledging a NORMAL alarm) returns no
 * transitions. It starts NORMAL with its condition clear, lives as long as its {@link AlarmBoard}
 * (or its owner) and has nothing to stop. Not thread-safe: one scan thread calls it.
 */
public final class Alarm {

  private final AlarmDefinition definition;
  private final ConditionTracker condition;
  private final ChatterGuard chatter;
  private AlarmState state = NORMAL;
  private Instant since;
  private Instant shelvedUntil;
  private boolean suppressedForChatter;
  private double value = Double.NaN;
  private Because message = AlarmText.text("");

  public Alarm(AlarmDefinition definition) {
    this.definition = definition;
    this.condition = new ConditionTracker(definition.onDelay(), definition.offDelay());
    this.chatter = new ChatterGuard(definition.chatter());
  }

  /** Evaluates this scan's input (deadband, delays, working hours, chattering). */
  public List<AlarmTransition> evaluate(Instant now, AlarmInput input) {
    List<AlarmTransition> out = new ArrayList<>();
    ConditionResult result =
        definition.condition().evaluate(input, condition.raw(), now, definition.unit());
    boolean working = definition.workingHours().map(h -> h.contains(now)).orElse(false);
    if (working && result.truth() == ConditionResult.Truth.ACTIVE) {
      result = ConditionResult.clear(Because.of(AlarmPhrase.WITHIN_WORKING_HOURS, result.words()));
    }
    if (input.usable()) {
      value = input.value();
    }
    if (condition.update(now, result.truth())) {
      conditionChanged(now, describe(result), out);
    }
    letTimeAct(now, out);
    return out;
  }

  /** Lets time act without a new input: shelf expiry, end of chattering. */
  public List<AlarmTransition> tick(Instant now) {
    List<AlarmTransition> out = new ArrayList<>();
    letTimeAct(now, out);
    return out;
  }

  /** Acknowledges: UNACKNOWLEDGED → ACKNOWLEDGED, RETURNED_UNACKNOWLEDGED → NORMAL. */
  public List<AlarmTransition> acknowledge(Instant now, String user, String comment) {
    Objects.requireNonNull(user, "user");
    List<AlarmTransition> out = tick(now);
    AlarmState to =
        switch (state) {
          case UNACKNOWLEDGED -> ACKNOWLEDGED;
          case RETURNED_UNACKNOWLEDGED -> NORMAL;
          default -> null;
        };
    if (to != null) {
      move(out, now, to, Cause.ACKNOWLEDGE, Because.of(AlarmPhrase.ACKNOWLEDGED, user), user, comment);
    }
    return out;
  }

  /**
   * Shelves until {@code until} (after {@code now}) from any state but SUPPRESSED; shelving a
   * shelved alarm moves its expiry.
   */
  public List<AlarmTransition> shelve(Instant now, String user, Instant until, String reason) {
    Objects.requireNonNull(user, "user");
    if (!until.isAfter(now)) {
      throw new IllegalArgumentException("shelve until " + until + " is not after " + now);
    }
    List<AlarmTransition> out = tick(now);
    if (state != SUPPRESSED) {
      shelvedUntil = until;
      move(
          out, now, SHELVED, Cause.SHELVE, Because.of(AlarmPhrase.SHELVED, user, until), user, reason);
    }
    return out;
  }

  /** Takes a shelved alarm off the shelf, to the state its condition implies. */
  public List<AlarmTransition> unshelve(Instant now, String user) {
    List<AlarmTransition> out = tick(now);
    if (state == SHELVED) {
      release(out, now, Cause.UNSHELVE, Because.of(AlarmPhrase.UNSHELVED, String.valueOf(user)), user);
    }
    return out;
  }

  /**
   * Suppresses by design or out of service (interlock, maintenance); ends a shelf. Idempotent, so
   * an interlock may call it every scan; it takes over a chattering suppression.
   */
  public List<AlarmTransition> suppress(Instant now, String reason) {
    List<AlarmTransition> out = tick(now);
    if (state != SUPPRESSED || suppressedForChatter) {
      suppressedForChatter = false;
      shelvedUntil = null;
      move(
          out,
          now,
          SUPPRESSED,
          Cause.SUPPRESS,
          Because.of(AlarmPhrase.SUPPRESSED, AlarmText.text(reason)),
          null,
          reason);
    }
    return out;
  }

  /** Lifts a suppression by design or out of service, to the state the condition implies. */
  public List<AlarmTransition> unsuppress(Instant now) {
    List<AlarmTransition> out = tick(now);
    if (state == SUPPRESSED && !suppressedForChatter) {
      release(out, now, Cause.UNSUPPRESS, Because.of(AlarmPhrase.SUPPRESSION_LIFTED), null);
    }
    return out;
  }

  public AlarmDefinition definition() {
    return definition;
  }

  public AlarmState state() {
    return state;
  }

  /** The alarm as it stands. */
  public AlarmSnapshot snapshot() {
    return new AlarmSnapshot(
        definition.id(),
        definition.source(),
        definition.description(),
        definition.priority(),
        state,
        condition.active(),
        Optional.ofNullable(since),
        Optional.ofNullable(shelvedUntil),
        chatter.chattering(),
        message.english(),
        value,
        definition.title(),
        message);
  }

  private Because describe(ConditionResult result) {
    boolean delayed = condition.active() && !definition.onDelay().isZero();
    boolean outside = condition.active() && definition.workingHours().isPresent();
    if (delayed) {
      return Because.of(
          outside ? AlarmPhrase.MESSAGE_FOR_OUTSIDE_HOURS : AlarmPhrase.MESSAGE_FOR,
          definition.title(),
          result.words(),
          AlarmText.duration(definition.onDelay()));
    }
    return Because.of(
        outside ? AlarmPhrase.MESSAGE_OUTSIDE_HOURS : AlarmPhrase.MESSAGE,
        definition.title(),
        result.words());
  }

  private void conditionChanged(Instant now, Because text, List<AlarmTransition> out) {
    message = text;
    boolean active = condition.active();
    boolean chattering = active ? chatter.activated(now) : chatter.chattering();
    if (state == SHELVED || state == SUPPRESSED) {
      move(
          out,
          now,
          state,
          Cause.CONDITION,
          Because.of(
              state == SHELVED ? AlarmPhrase.WHILE_SHELVED : AlarmPhrase.WHILE_SUPPRESSED, text));
    } else if (active && chattering && definition.chatter().suppress()) {
      suppressedForChatter = true;
      Because why =
          Because.of(AlarmPhrase.SUPPRESSED_CHATTERING, text, definition.chatter().words());
      move(out, now, SUPPRESSED, Cause.CHATTERING, why);
    } else if (active) {
      move(
          out,
          now,
          UNACKNOWLEDGED,
          Cause.CONDITION,
          chattering ? Because.of(AlarmPhrase.CHATTERING, text) : text);
    } else {
      move(
          out,
          now,
          state == UNACKNOWLEDGED ? RETURNED_UNACKNOWLEDGED : NORMAL,
          Cause.CONDITION,
          text);
    }
  }

  private void letTimeAct(Instant now, List<AlarmTransition> out) {
    if (state == SHELVED && !now.isBefore(shelvedUntil)) {
      release(
          out,
          now,
          Cause.SHELF_EXPIRED,
          Because.of(AlarmPhrase.SHELF_EXPIRED, shelvedUntil),
          null);
    }
    if (chatter.releasedAt(now) && state == SUPPRESSED && suppressedForChatter) {
      Because quiet = AlarmText.duration(definition.chatter().quietTime());
      release(
          out, now, Cause.CHATTER_RELEASED, Because.of(AlarmPhrase.CHATTER_ENDED, quiet), null);
    }
  }

  private void release(
      List<AlarmTransition> out, Instant now, Cause cause, Because text, String user) {
    shelvedUntil = null;
    suppressedForChatter = false;
    move(out, now, AlarmState.impliedBy(condition.active()), cause, text, user, null);
  }

  private void move(
      List<AlarmTransition> out, Instant now, AlarmState to, Cause cause, Because text) {
    move(out, now, to, cause, text, null, null);
  }

  private void move(
      List<AlarmTransition> out,
      Instant now,
      AlarmState to,
      Cause cause,
      Because text,
      String user,
      String comment) {
    out.add(
        new AlarmTransition(
            definition.id(),
            definition.source(),
            now,
            state,
            to,
            definition.priority(),
            condition.active(),
            value,
            text.english(),
            cause,
            Optional.ofNullable(user),
            Optional.ofNullable(comment).filter(c -> !c.isBlank()),
            chatter.chattering(),
            text));
    if (to != state) {
      since = now;
    }
    state = to;
  }
}
