package org.hortus.app.ui.greenhouse;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.hortus.app.history.TrendPoint;

/**
 * The last half hour of one value, for a sparkline: seeded from the historian, then fed with the
 * values the page sees, keeping at most one point per {@link #SPACING}. Plain Java; not thread-safe
 * (its owner confines it).
 */
final class ShortTrend {

  static final Duration SPAN = Duration.ofMinutes(30);
  static final Duration SPACING = Duration.ofSeconds(5);

  private final Deque<TrendPoint> points = new ArrayDeque<>();

  /** Adds older points (e.g. from the historian) before those already held. */
  void seed(List<TrendPoint> history) {
    long firstHeld = points.isEmpty() ? Long.MAX_VALUE : points.peekFirst().epochMillis();
    for (int i = history.size() - 1; i >= 0; i--) {
      TrendPoint point = history.get(i);
      if (point.epochMillis() < firstHeld && Double.isFinite(point.value())) {
        points.addFirst(point);
        firstHeld = point.epochMillis();
      }
    }
  }

  /** Adds a value seen now, unless the last point is younger than the spacing or it is NaN. */
  void add(long epochMillis, double value) {
    if (!Double.isFinite(value)) {
      return;
    }
    TrendPoint last = points.peekLast();
    if (last == null || epochMillis - last.epochMillis() >= SPACING.toMillis()) {
      points.addLast(TrendPoint.raw(epochMillis, value));
    }
    while (!points.isEmpty() && points.peekFirst().epochMillis() < epochMillis - SPAN.toMillis()) {
      points.removeFirst();
    }
  }

  List<TrendPoint> points() {
    return List.copyOf(points);
  }
}
