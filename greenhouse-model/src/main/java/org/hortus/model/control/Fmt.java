package org.hortus.model.control;

/**
 * Number formatting for reasons, without {@link java.util.Formatter}: every scan words a reason
 * per actuator, and a closed-loop year makes half a million scans.
 */
public final class Fmt {

  private Fmt() {}

  /** {@code 21.36} → {@code "21.4"}. */
  public static String f1(double value) {
    return fixed(value, 10, 1);
  }

  /** {@code 0.456} → {@code "0.46"}. */
  public static String f2(double value) {
    return fixed(value, 100, 2);
  }

  /** {@code 812.6} → {@code "813"}. */
  public static String f0(double value) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    return Long.toString(Math.round(value));
  }

  /** {@code value} with 0–3 decimals. */
  public static String fixed(double value, int decimals) {
    return switch (decimals) {
      case 0 -> f0(value);
      case 1 -> f1(value);
      case 2 -> f2(value);
      case 3 -> fixed(value, 1000, 3);
      default -> throw new IllegalArgumentException("0–3 decimals, not " + decimals);
    };
  }

  private static String fixed(double value, int scale, int decimals) {
    if (!Double.isFinite(value)) {
      return String.valueOf(value);
    }
    long scaled = Math.round(Math.abs(value) * scale);
    String digits = Long.toString(scaled % scale);
    while (digits.length() < decimals) {
      digits = "0" + digits;
    }
    return (value < 0 && scaled != 0 ? "-" : "") + (scaled / scale) + "." + digits;
  }
}
