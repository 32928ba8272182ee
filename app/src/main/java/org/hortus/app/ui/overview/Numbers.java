package org.hortus.app.ui.overview;

import java.text.NumberFormat;
import java.util.HashMap;
import java.util.Map;
import org.hortus.app.ui.Messages;

/**
 * Numbers as the console shows them: in the user's locale with a fixed number of decimals (no
 * grouping: readings are short and tiles narrow), and a dash (from the message bundle) for a value
 * not known. Not thread-safe: use it on the FX thread.
 */
public final class Numbers {

  private final Messages messages;
  private final String unknownKey;
  private final Map<Integer, NumberFormat> formats = new HashMap<>();

  /**
   * @param messages the texts
   * @param unknownKey the message key of what stands for a value not known
   */
  public Numbers(Messages messages, String unknownKey) {
    this.messages = messages;
    this.unknownKey = unknownKey;
  }

  /** {@code value} with {@code decimals} decimals; the unknown text for NaN or infinity. */
  public String format(double value, int decimals) {
    if (!Double.isFinite(value)) {
      return messages.text(unknownKey);
    }
    NumberFormat format =
        formats.computeIfAbsent(
            decimals,
            d -> {
              NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
              f.setMinimumFractionDigits(d);
              f.setMaximumFractionDigits(d);
              f.setGroupingUsed(false);
              return f;
            });
    return format.format(value);
  }
}
