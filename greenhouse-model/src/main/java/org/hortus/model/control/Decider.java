package org.hortus.model.control;

/**
 * What decided an actuator's command: a loop, a schedule, an interlock, a manual override or the
 * sensor fallback. The console names it from its bundles ({@code reasons.decider.<key>}); {@link
 * #english()} is the name logs, the command line and tests use.
 */
public enum Decider {
  HEATING("heating", "heating"),
  VENTILATION("ventilation", "ventilation"),
  VENTILATION_SCHEDULE("ventilation-schedule", "ventilation schedule"),
  CO2("co2", "CO2"),
  SCREENS("screens", "screens"),
  LAMPS("lamps", "lamps"),
  MANUAL_OVERRIDE("manual-override", "manual override"),
  SENSOR_FALLBACK("sensor-fallback", "sensor fallback"),
  STORM_INTERLOCK("storm-interlock", "storm interlock"),
  FROST_INTERLOCK("frost-interlock", "frost interlock"),
  RAIN_INTERLOCK("rain-interlock", "rain interlock");

  private final String key;
  private final String english;

  Decider(String key, String english) {
    this.key = key;
    this.english = english;
  }

  /** The key, e.g. {@code "storm-interlock"}. */
  public String key() {
    return key;
  }

  /** The English name, e.g. {@code "storm interlock"}. */
  public String english() {
    return english;
  }

  /**
   * The decider with this English name.
   *
   * @throws IllegalArgumentException when no decider has it
   */
  public static Decider named(String english) {
    for (Decider decider : values()) {
      if (decider.english.equals(english)) {
        return decider;
      }
    }
    throw new IllegalArgumentException("no decider is named '" + english + "'");
  }
}
