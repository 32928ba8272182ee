package org.hortus.app.schedule;

import java.util.Locale;

/**
 * Something wrong with a schedule as a technician entered it, tied to the field that shows it. The
 * service refuses a schedule with any of these (in English, for logs and the command line); the
 * editor shows each at its field from the bundle key {@link #key()}.
 */
public enum ScheduleProblem {
  NAME_REQUIRED(Field.NAME, "a name is required"),
  NAME_TOO_LONG(Field.NAME, "the name is longer than " + ScheduleRules.MAX_NAME_LENGTH + " characters"),
  TARGET_REQUIRED(Field.TARGET, "a zone or greenhouse is required"),
  TARGET_UNKNOWN(Field.TARGET, "the park has no such zone or greenhouse"),
  TIME_FORMAT(Field.TIME, "the start time must be HH:mm, 00:00 to 23:59"),
  WEEKDAYS_REQUIRED(Field.RECURRENCE, "choose at least one weekday"),
  EVERY_DAYS_RANGE(Field.RECURRENCE, "every N days needs N from 1 to " + ScheduleRules.MAX_EVERY_DAYS),
  DOSE_FORMAT(Field.DOSE, "the dose must be a number"),
  DOSE_NOT_POSITIVE(Field.DOSE, "the dose must be more than 0"),
  DOSE_TOO_LARGE(Field.DOSE, "the dose is above the maximum ("
      + (int) ScheduleRules.MAX_DOSE_ML_PER_M2 + " mL/m² or " + ScheduleRules.MAX_DOSE_MINUTES + " min)"),
  OPENING_FORMAT(Field.OPENING, "the opening must be a number"),
  OPENING_RANGE(Field.OPENING, "the opening must be 0 to 100 %"),
  DURATION_FORMAT(Field.DURATION, "the duration must be a whole number of minutes"),
  DURATION_NOT_POSITIVE(Field.DURATION, "the duration must be more than 0 minutes"),
  DURATION_TOO_LONG(Field.DURATION, "the duration is above " + ScheduleRules.MAX_VENTILATION_MINUTES + " minutes"),
  VALIDITY_ORDER(Field.VALID_UNTIL, "the last valid date is before the first");

  /** The editor's fields a problem can belong to. */
  public enum Field { NAME, TARGET, TIME, RECURRENCE, DOSE, OPENING, DURATION, VALID_UNTIL }

  private final Field field;
  private final String english;

  ScheduleProblem(Field field, String english) {
    this.field = field;
    this.english = english;
  }

  public Field field() {
    return field;
  }

  /** The problem in English, for exceptions and logs. */
  public String english() {
    return english;
  }

  /** The bundle key of its text: {@code schedules.problem.dose-too-large}. */
  public String key() {
    return "schedules.problem." + name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
