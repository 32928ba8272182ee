package org.hortus.app.security;

/** What a user may do; {@link Role} grants a fixed set of these. */
public enum Permission {
  VIEW("view the park, trends and alarms"),
  OVERRIDE_ACTUATOR("override actuators"),
  EDIT_SCHEDULE("edit schedules"),
  HANDLE_ALARM("acknowledge or shelve alarms"),
  EDIT_RECIPE("edit recipes"),
  ACTIVATE_RECIPE("activate recipe versions"),
  RUN_WHAT_IF("run what-if simulations"),
  MANAGE_USERS("manage users"),
  MANAGE_DEVICES("configure devices"),
  VIEW_AUDIT("view the audit log");

  private final String phrase;

  Permission(String phrase) {
    this.phrase = phrase;
  }

  /** What it allows, as a verb phrase for messages: "may not {phrase}". */
  public String phrase() {
    return phrase;
  }
}
