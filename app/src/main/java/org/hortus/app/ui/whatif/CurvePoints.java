package org.hortus.app.ui.whatif;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hortus.app.history.Lttb;
import org.hortus.app.history.TrendPoint;
import org.hortus.app.sim.ClimateCurves;

/**
 * A recorded curve made ready to draw: x in days since the run's start, and at most {@link
 * #MAX_POINTS} points (largest-triangle-three-buckets, so peaks and troughs stay), since a year of
 * 15-min means is 35,136 points a line.
 */
final class CurvePoints {

  /** Points drawn per line: about one per pixel of a chart on a wide screen. */
  static final int MAX_POINTS = 600;

  private static final double MILLIS_PER_DAY = Duration.ofDays(1).toMillis();

  /** One point to draw. */
  record Point(double day, double value) {}

  private CurvePoints() {}

  static List<Point> of(ClimateCurves curves, ClimateCurves.Quantity quantity, Instant start) {
    List<TrendPoint> all = new ArrayList<>(curves.size());
    for (int i = 0; i < curves.size(); i++) {
      all.add(TrendPoint.raw(curves.epochMillis(i), curves.value(quantity, i)));
    }
    long startMillis = start.toEpochMilli();
    return Lttb.downsample(all, MAX_POINTS).stream()
        .map(p -> new Point((p.epochMillis() - startMillis) / MILLIS_PER_DAY, p.value()))
        .toList();
  }
}
