package org.hortus.app.ui.trends;

import java.time.Duration;
import java.time.Instant;

/**
 * The time span a trend chart shows, in epoch milliseconds: zoomed about a point in time and
 * panned by a fraction of its width. Plain values, no clock: "now" comes in as an argument.
 *
 * @param fromMillis start, epoch ms (inclusive)
 * @param toMillis end, epoch ms (exclusive), after the start
 */
public record TrendRange(long fromMillis, long toMillis) {

  /** The shortest span a zoom goes to: one minute. */
  public static final long MIN_SPAN_MILLIS = Duration.ofMinutes(1).toMillis();

  /** The longest span a zoom goes to: two years. */
  public static final long MAX_SPAN_MILLIS = Duration.ofDays(2 * 366).toMillis();

  public TrendRange {
    if (toMillis <= fromMillis) {
      throw new IllegalArgumentException("a trend range must end after it starts");
    }
  }

  /** The span of {@code length} that ends at {@code now}. */
  public static TrendRange ending(Instant now, Duration length) {
    long to = now.toEpochMilli();
    return new TrendRange(to - length.toMillis(), to);
  }

  public long spanMillis() {
    return toMillis - fromMillis;
  }

  public Instant from() {
    return Instant.ofEpochMilli(fromMillis);
  }

  public Instant to() {
    return Instant.ofEpochMilli(toMillis);
  }

  /**
   * Scales the span by {@code factor} (below 1 zooms in) keeping {@code anchorMillis} at the same
   * place on the axis; the span stays between {@link #MIN_SPAN_MILLIS} and {@link
   * #MAX_SPAN_MILLIS}.
   */
  public TrendRange zoom(double factor, long anchorMillis) {
    long span = Math.clamp(Math.round(spanMillis() * factor), MIN_SPAN_MILLIS, MAX_SPAN_MILLIS);
    double anchorAt = Math.clamp((anchorMillis - fromMillis) / (double) spanMillis(), 0.0, 1.0);
    long from = anchorMillis - Math.round(span * anchorAt);
    return new TrendRange(from, from + span);
  }

  /** Zooms about the middle. */
  public TrendRange zoom(double factor) {
    return zoom(factor, fromMillis + spanMillis() / 2);
  }

  /** Moves by {@code fraction} of the span: positive later, negative earlier. */
  public TrendRange pan(double fraction) {
    return shift(Math.round(spanMillis() * fraction));
  }

  /** Moves by {@code millis}. */
  public TrendRange shift(long millis) {
    return new TrendRange(fromMillis + millis, toMillis + millis);
  }

  /** The same span with {@code atMillis} in the middle. */
  public TrendRange centredOn(long atMillis) {
    long from = atMillis - spanMillis() / 2;
    return new TrendRange(from, from + spanMillis());
  }

  public boolean contains(long atMillis) {
    return atMillis >= fromMillis && atMillis < toMillis;
  }
}
