package org.hortus.model.alarm;

import java.util.Objects;
import org.hortus.model.control.Because;

/**
 * What a condition says about one input: active, clear, or unknown (the input cannot decide, e.g. a
 * BAD value or a missing setpoint; the alarm then holds its condition as it was).
 *
 * @param truth active, clear or unknown
 * @param words the words for a transition, without the alarm's description, e.g. {@code "31.2 °C
 *     above 30.0 °C"}
 */
public record ConditionResult(Truth truth, Because words) {

  /** The three answers a condition can give. */
  public enum Truth {
    ACTIVE,
    CLEAR,
    UNKNOWN
  }

  public ConditionResult {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(words, "words");
  }

  /** The words in English. */
  public String message() {
    return words.english();
  }

  /** An active condition. */
  public static ConditionResult active(Because words) {
    return new ConditionResult(Truth.ACTIVE, words);
  }

  /** A clear condition. */
  public static ConditionResult clear(Because words) {
    return new ConditionResult(Truth.CLEAR, words);
  }

  /** No decision from this input. */
  public static ConditionResult unknown(Because words) {
    return new ConditionResult(Truth.UNKNOWN, words);
  }

  /** {@code active} as a result. */
  public static ConditionResult of(boolean active, Because activeWords, Because clearWords) {
    return active ? active(activeWords) : clear(clearWords);
  }
}
