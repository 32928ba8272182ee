package org.hortus.app.ui.schedules;

/** How the editor's recurrence is chosen. */
enum RecurrenceChoice {
  DAILY("schedules.recurrence.daily"),
  WEEKDAYS("schedules.recurrence.weekdays"),
  EVERY_N_DAYS("schedules.recurrence.every");

  final String key;

  RecurrenceChoice(String key) {
    this.key = key;
  }
}
