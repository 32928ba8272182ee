package org.hortus.app.ui.greenhouse;

import java.time.Duration;
import org.hortus.app.ui.Messages;
import org.hortus.model.control.Actuator;

/**
 * A manual override as the form asks for it, checked before anyone is asked to confirm: a value the
 * actuator can take, a duration and a reason. Plain Java, so the checks are tested without a
 * toolkit; the service checks the role.
 *
 * @param greenhouseId the greenhouse
 * @param actuator the actuator overridden
 * @param value the value, in the actuator's unit
 * @param duration how long it holds
 * @param reason why, in the operator's words
 */
record OverrideRequest(
    String greenhouseId, Actuator actuator, double value, Duration duration, String reason) {

  /** The outcome of checking the form. */
  sealed interface Checked {}

  /** The form asks for this override. */
  record Valid(OverrideRequest request) implements Checked {}

  /** The form cannot be sent, for this reason (in words for the operator). */
  record Invalid(String problem) implements Checked {}

  /**
   * Checks what the operator entered.
   *
   * @param typed the value as typed (a decimal comma is accepted)
   * @param minutes the chosen duration, or null
   */
  static Checked check(
      Messages messages,
      String greenhouseId,
      Actuator actuator,
      String typed,
      Integer minutes,
      String reason) {
    if (actuator == null) {
      return new Invalid(messages.text("greenhouse.override.noactuator"));
    }
    String text = typed == null ? "" : typed.trim();
    double value;
    try {
      value = Double.parseDouble(text.replace(',', '.'));
    } catch (NumberFormatException e) {
      return new Invalid(messages.text("greenhouse.override.notnumber", text));
    }
    double low = 0;
    double high = highest(actuator);
    if (actuator == Actuator.LAMPS && value != 0 && value != 1) {
      return new Invalid(messages.text("greenhouse.override.lamps"));
    }
    if (!(value >= low && value <= high)) {
      return new Invalid(
          messages.text(
              "greenhouse.override.range",
              ActuatorTable.name(messages, actuator),
              low,
              high,
              actuator.unit(),
              text));
    }
    if (minutes == null || minutes <= 0) {
      return new Invalid(messages.text("greenhouse.override.noduration"));
    }
    if (reason == null || reason.isBlank()) {
      return new Invalid(messages.text("greenhouse.override.noreason"));
    }
    return new Valid(
        new OverrideRequest(
            greenhouseId, actuator, value, Duration.ofMinutes(minutes), reason.trim()));
  }

  /** The highest command an actuator takes (the demo PLC's range of its point). */
  static double highest(Actuator actuator) {
    return switch (actuator) {
      case HEATING_PIPE_TEMPERATURE -> 130;
      case CO2_DOSING -> 10_000;
      case LAMPS -> 1;
      case LEE_VENT, WINDWARD_VENT, ENERGY_SCREEN, SHADE_SCREEN -> 100;
    };
  }
}
