package org.hortus.model.alarm;

import java.util.Locale;

/**
 * ISA-18.2 alarm priorities, lowest first. EEMUA 191 aims at about 80 % low, 15 % medium and 5 %
 * high of all annunciations; urgent (life safety: smoke) is rare and sits with high.
 */
public enum AlarmPriority {
  LOW,
  MEDIUM,
  HIGH,
  URGENT;

  /** {@code "low"}, {@code "medium"}, … for texts. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
