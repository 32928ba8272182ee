package org.hortus.app.ui.schedules;

/** The two kinds of schedule the editor makes. */
enum ScheduleKind {
  IRRIGATION,
  VENTILATION
}
