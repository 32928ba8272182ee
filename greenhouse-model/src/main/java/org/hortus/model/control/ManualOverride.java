package org.hortus.model.control;

import java.time.Instant;

/**
 * A technician's manual setting of one actuator until it expires. Overrides beat the loops;
 * the storm, rain and frost interlocks beat overrides.
 *
 * @param actuator which actuator
 * @param value the value to hold, in the actuator's unit
 * @param expires when automatic control takes over again
 * @param user who set it
 * @param reason why, as they gave it
 */
public record ManualOverride(Actuator actuator, double value, Instant expires, String user, String reason) {

  public boolean activeAt(Instant now) {
    return now.isBefore(expires);
  }
}
