package org.hortus.app.ui.greenhouse;

import org.hortus.model.control.Actuator;

/**
 * One line of the actuator table, as shown.
 *
 * @param actuator which actuator
 * @param name its name in the user's language
 * @param command the command value, formatted
 * @param unit the command's unit
 * @param decidedBy what decided it (a loop, an interlock, a manual override, a fallback)
 * @param reason why, in words, with the numbers that decided
 */
public record ActuatorRow(
    Actuator actuator, String name, String command, String unit, String decidedBy, String reason) {}
