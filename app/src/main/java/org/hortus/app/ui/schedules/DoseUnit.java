package org.hortus.app.ui.schedules;

/** The unit an irrigation dose is entered in. */
enum DoseUnit {
  MILLILITRES_PER_M2("schedules.dose.unit.volume"),
  MINUTES("schedules.dose.unit.minutes");

  final String key;

  DoseUnit(String key) {
    this.key = key;
  }
}
