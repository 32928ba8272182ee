package org.hortus.model.control;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A reason in words, kept apart from its language: a {@link Phrase} and its arguments. Numbers
 * stay numbers, so the console formats them for the user's locale; {@link #english()} writes the
 * English the model always wrote (logs, command line, tests). Cheap to make: nothing is worded
 * until asked.
 *
 * @param phrase what is said
 * @param args the arguments, one per {@link Phrase#args()}: a {@link Number} for numbers and
 *     counts, a String for text, a {@link LocalTime}, an {@link Instant}, or another Because
 */
public record Because(Phrase phrase, List<Object> args) {

  public Because {
    Objects.requireNonNull(phrase, "phrase");
    args = List.copyOf(args);
    if (args.size() != phrase.args().size()) {
      throw new IllegalArgumentException(
          phrase.key() + " takes " + phrase.args().size() + " arguments, not " + args.size());
    }
  }

  /** {@code phrase} said with {@code args}. */
  public static Because of(Phrase phrase, Object... args) {
    return new Because(phrase, Arrays.asList(args));
  }

  /** The phrase's key, e.g. {@code "heating.air"}. */
  public String key() {
    return phrase.key();
  }

  /** The English words, e.g. {@code "air 18.2 °C, heating setpoint 19.0 °C"}. */
  public String english() {
    String template = phrase.english();
    StringBuilder out = new StringBuilder(template.length() + 16);
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      int close = c == '{' ? template.indexOf('}', i) : -1;
      if (close > i + 1 && isIndex(template, i + 1, close)) {
        int index = Integer.parseInt(template, i + 1, close, 10);
        out.append(english(phrase.args().get(index), args.get(index)));
        i = close + 1;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return english();
  }

  private static boolean isIndex(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String english(Phrase.Arg kind, Object arg) {
    return switch (kind) {
      case F0 -> Fmt.f0(((Number) arg).doubleValue());
      case F1 -> Fmt.f1(((Number) arg).doubleValue());
      case F2 -> Fmt.f2(((Number) arg).doubleValue());
      case COUNT -> Long.toString(((Number) arg).longValue());
      case PHRASE -> ((Because) arg).english();
      case TEXT, TIME, INSTANT -> String.valueOf(arg);
    };
  }
}
