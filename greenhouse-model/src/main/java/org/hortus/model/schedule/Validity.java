package org.hortus.model.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The local dates on which a schedule is valid, both ends included. {@link LocalDate#MIN} and
 * {@link LocalDate#MAX} stand for an open end.
 *
 * @param from first valid date
 * @param until last valid date
 */
public record Validity(LocalDate from, LocalDate until) {

  /** Valid on every date. */
  public static final Validity ALWAYS = new Validity(LocalDate.MIN, LocalDate.MAX);

  public Validity {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException(
          "validity ends (" + until + ") before it starts (" + from + ")");
    }
  }

  /** Valid from a date on, without end. */
  public static Validity startingOn(LocalDate from) {
    return new Validity(from, LocalDate.MAX);
  }

  /** Valid from one date to another, both included. */
  public static Validity between(LocalDate from, LocalDate until) {
    return new Validity(from, until);
  }

  /** Whether the schedule may run on this date. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(until);
  }
}
