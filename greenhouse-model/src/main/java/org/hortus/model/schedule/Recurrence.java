package org.hortus.model.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** On which local dates a schedule recurs: every day, on given weekdays, or every N days. */
public sealed interface Recurrence {

  /** Whether the schedule runs on this local date (validity aside). */
  boolean occursOn(LocalDate date);

  /** Every day. */
  static Recurrence daily() {
    return new Daily();
  }

  /** On the given days of the week, e.g. Monday, Wednesday and Friday. */
  static Recurrence on(DayOfWeek first, DayOfWeek... more) {
    return new OnWeekdays(EnumSet.of(first, more));
  }

  /** Every {@code days} days, counted from {@code startDate} (which is the first occurrence). */
  static Recurrence everyDays(int days, LocalDate startDate) {
    return new EveryNDays(days, startDate);
  }

  /** Every day. */
  record Daily() implements Recurrence {
    @Override
    public boolean occursOn(LocalDate date) {
      return true;
    }
  }

  /**
   * On the given weekdays.
   *
   * @param days the weekdays it runs on; at least one
   */
  record OnWeekdays(Set<DayOfWeek> days) implements Recurrence {
    public OnWeekdays {
      days = Set.copyOf(days);
      if (days.isEmpty()) {
        throw new IllegalArgumentException("a weekday recurrence needs at least one day");
      }
    }

    @Override
    public boolean occursOn(LocalDate date) {
      return days.contains(date.getDayOfWeek());
    }
  }

  /**
   * Every {@code days} days from a start date: with 3 from 1 May, on 1, 4, 7 May…
   *
   * @param days the period in days, at least 1
   * @param startDate the first day it runs; no occurrence before it
   */
  record EveryNDays(int days, LocalDate startDate) implements Recurrence {
    public EveryNDays {
      Objects.requireNonNull(startDate, "startDate");
      if (days < 1) {
        throw new IllegalArgumentException("every N days needs N ≥ 1, was " + days);
      }
    }

    @Override
    public boolean occursOn(LocalDate date) {
      long since = ChronoUnit.DAYS.between(startDate, date);
      return since >= 0 && since % days == 0;
    }
  }
}
