package org.hortus.model.alarm;

import java.time.Duration;
import org.hortus.model.control.Because;

/**
 * When an alarm counts as chattering and what happens then. ISA-18.2 / EEMUA 191: 3 or more
 * activations within a minute is chattering. With {@code suppress} the alarm goes to SUPPRESSED
 * until it has gone quiet (no new activation) for the quiet time; without, it keeps annunciating
 * and its transitions are flagged.
 *
 * @param activations how many activations make it chattering (at least 2)
 * @param window within how long (activations strictly less than this apart count together)
 * @param suppress whether to suppress re-annunciation while chattering
 * @param quietTime how long without a new activation ends the chattering
 */
public record ChatterPolicy(
    int activations, Duration window, boolean suppress, Duration quietTime) {

  /** 3 activations within 60 s; suppressed until 10 min without a new activation. */
  public static final ChatterPolicy DEFAULT =
      new ChatterPolicy(3, Duration.ofSeconds(60), true, Duration.ofMinutes(10));

  public ChatterPolicy {
    if (activations < 2) {
      throw new IllegalArgumentException("chattering needs at least 2 activations: " + activations);
    }
    if (!window.isPositive() || quietTime.isNegative()) {
      throw new IllegalArgumentException(
          "chatter window must be positive, quiet time not negative");
    }
  }

  /** The same detection, flagging only: the alarm keeps annunciating. */
  public ChatterPolicy flagOnly() {
    return new ChatterPolicy(activations, window, false, quietTime);
  }

  /** {@code "3 activations within 60 s"}. */
  public String describe() {
    return words().english();
  }

  /** The policy in words the console can translate. */
  public Because words() {
    return Because.of(AlarmPhrase.CHATTER_POLICY, activations, AlarmText.duration(window));
  }
}
