package org.hortus.model.control;

import java.util.Objects;

/**
 * What one actuator is told this scan, and why, so a technician reads "vents limited: wind
 * 14.2 m/s" instead of guessing.
 *
 * @param actuator which actuator
 * @param value the command in the actuator's unit (lamps: 1 on, 0 off; screens: % closed)
 * @param decider what decided: a loop ({@link Decider#VENTILATION}), an interlock ({@link
 *     Decider#STORM_INTERLOCK}), a manual override or the sensor fallback
 * @param because the why, with the numbers that decided, for the console to word
 */
public record ActuatorCommand(Actuator actuator, double value, Decider decider, Because because) {

  public ActuatorCommand {
    Objects.requireNonNull(decider, "decider");
    Objects.requireNonNull(because, "because");
  }

  /**
   * A command decided by the decider named {@code decidedBy} in English ("ventilation"), for a
   * reason known only as plain text (shown as written): for tests and tools.
   *
   * @throws IllegalArgumentException when no {@link Decider} has that name
   */
  public ActuatorCommand(Actuator actuator, double value, String decidedBy, String reason) {
    this(actuator, value, Decider.named(decidedBy), Because.of(ClimateReason.TEXT, reason));
  }

  /** What decided, in English ("ventilation", "storm interlock"), for logs and the command line. */
  public String decidedBy() {
    return decider.english();
  }

  /** The why in English ("limited by wind 13.0 m/s"), for logs and the command line. */
  public String reason() {
    return because.english();
  }
}
