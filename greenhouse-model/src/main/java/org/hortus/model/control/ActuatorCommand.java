package org.hortus.model.control;

/**
 * What one actuator is told this scan, and why, so a technician reads "vents limited: wind
 * 14.2 m/s" instead of guessing.
 *
 * @param actuator which actuator
 * @param value the command in the actuator's unit (lamps: 1 on, 0 off; screens: % closed)
 * @param decidedBy what decided: a loop ("ventilation"), an interlock ("storm interlock"), a
 *     manual override or the sensor fallback
 * @param reason the why, in words, with the numbers that decided
 */
public record ActuatorCommand(Actuator actuator, double value, String decidedBy, String reason) {}
