package org.hortus.model.alarm;

/**
 * What a condition says about one input: active, clear, or unknown (the input cannot decide, e.g. a
 * BAD value or a missing setpoint; the alarm then holds its condition as it was).
 *
 * @param truth active, clear or unknown
 * @param message the words for a transition, without the alarm's description, e.g. {@code "31.2 °C
 *     above 30.0 °C"}
 */
public record ConditionResult(Truth truth, String message) {

  /** The three answers a condition can give. */
  public enum Truth {
    ACTIVE,
    CLEAR,
    UNKNOWN
  }

  /** An active condition. */
  public static ConditionResult active(String message) {
    return new ConditionResult(Truth.ACTIVE, message);
  }

  /** A clear condition. */
  public static ConditionResult clear(String message) {
    return new ConditionResult(Truth.CLEAR, message);
  }

  /** No decision from this input. */
  public static ConditionResult unknown(String message) {
    return new ConditionResult(Truth.UNKNOWN, message);
  }

  /** {@code active} as a result. */
  public static ConditionResult of(boolean active, String activeMessage, String clearMessage) {
    return active ? active(activeMessage) : clear(clearMessage);
  }
}
