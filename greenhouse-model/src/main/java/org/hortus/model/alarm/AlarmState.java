package org.hortus.model.alarm;

/**
 * The ISA-18.2 alarm states. Suppressed covers ISA's "suppressed by design" and "out of service"
 * (an interlock, maintenance) and Hortus's suppression of a chattering alarm.
 */
public enum AlarmState {
  /** Condition clear, nothing to acknowledge. */
  NORMAL,
  /** Condition active, not yet acknowledged: the operator must act. */
  UNACKNOWLEDGED,
  /** Condition active, acknowledged. */
  ACKNOWLEDGED,
  /** Condition cleared before anyone acknowledged it. */
  RETURNED_UNACKNOWLEDGED,
  /** Taken off the operator's list by an operator, until an expiry. */
  SHELVED,
  /** Taken off the list by the system: design, out of service, or chattering. */
  SUPPRESSED;

  /** Whether an operator is asked to acknowledge in this state. */
  public boolean awaitsAcknowledgement() {
    return this == UNACKNOWLEDGED || this == RETURNED_UNACKNOWLEDGED;
  }

  /** The state a released alarm (unshelved, unsuppressed) takes for its condition. */
  static AlarmState impliedBy(boolean active) {
    return active ? UNACKNOWLEDGED : NORMAL;
  }
}
