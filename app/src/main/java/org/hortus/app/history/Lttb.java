package org.hortus.app.history;

import java.util.ArrayList;
import java.util.List;

/**
 * Largest-Triangle-Three-Buckets downsampling (Steinarsson 2013, "Downsampling Time Series for
 * Visual Representation", University of Iceland): keeps the first and last point and, from
 * each bucket between, the point that forms the largest triangle with the point kept before it
 * and the mean of the next bucket, so peaks and troughs survive the reduction.
 */
public final class Lttb {

  private Lttb() {}

  /** Reduces {@code points} (ordered by time) to at most {@code threshold} points. */
  public static List<TrendPoint> downsample(List<TrendPoint> points, int threshold) {
    if (threshold < 3) {
      throw new IllegalArgumentException("LTTB needs a threshold of at least 3, was " + threshold);
    }
    int n = points.size();
    if (n <= threshold) {
      return List.copyOf(points);
    }
    List<TrendPoint> sampled = new ArrayList<>(threshold);
    double every = (double) (n - 2) / (threshold - 2);
    int kept = 0;
    sampled.add(points.getFirst());
    for (int i = 0; i < threshold - 2; i++) {
      int nextStart = (int) Math.floor((i + 1) * every) + 1;
      int nextEnd = Math.min((int) Math.floor((i + 2) * every) + 1, n);
      double meanX = 0;
      double meanY = 0;
      for (int j = nextStart; j < nextEnd; j++) {
        meanX += points.get(j).epochMillis();
        meanY += points.get(j).value();
      }
      int nextCount = Math.max(1, nextEnd - nextStart);
      meanX /= nextCount;
      meanY /= nextCount;

      int start = (int) Math.floor(i * every) + 1;
      int end = (int) Math.floor((i + 1) * every) + 1;
      TrendPoint a = points.get(kept);
      double maxArea = -1;
      int chosen = start;
      for (int j = start; j < end; j++) {
        TrendPoint p = points.get(j);
        double area =
            Math.abs(
                (a.epochMillis() - meanX) * (p.value() - a.value())
                    - (a.epochMillis() - p.epochMillis()) * (meanY - a.value()));
        if (area > maxArea) {
          maxArea = area;
          chosen = j;
        }
      }
      sampled.add(points.get(chosen));
      kept = chosen;
    }
    sampled.add(points.getLast());
    return sampled;
  }
}
