package org.hortus.devices.modbus;

import java.util.Optional;

/**
 * Which of the two registers of a 32-bit value comes first. Bytes inside one register are always
 * big-endian, as Modbus sends them.
 */
public enum WordOrder {
  /** The first (lower-addressed) register holds the high word: the Modbus convention. */
  HIGH_LOW("high-low"),
  /** The first register holds the low word, as many PLCs store 32-bit values. */
  LOW_HIGH("low-high");

  private final String text;

  WordOrder(String text) {
    this.text = text;
  }

  /** The name in a point address, e.g. {@code low-high}. */
  public String text() {
    return text;
  }

  /** The word order with this address name, if any. */
  public static Optional<WordOrder> ofText(String text) {
    for (WordOrder order : values()) {
      if (order.text.equals(text)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }
}
