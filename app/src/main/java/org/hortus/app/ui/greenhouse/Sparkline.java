package org.hortus.app.ui.greenhouse;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;
import org.hortus.app.history.TrendPoint;

/**
 * A small line of a value over the last half hour: time runs left to right over {@link
 * ShortTrend#SPAN} ending at the newest point, the value range fills the height. One {@link
 * Polyline}, redrawn when the points or the size change. FX thread only.
 */
final class Sparkline extends Region {

  private final Polyline line = new Polyline();
  private List<TrendPoint> points = List.of();

  Sparkline() {
    line.getStyleClass().add("sparkline-line");
    getStyleClass().add("sparkline");
    getChildren().add(line);
    setMinSize(60, 30);
  }

  void setPoints(List<TrendPoint> points) {
    if (!points.equals(this.points)) {
      this.points = points;
      requestLayout();
    }
  }

  @Override
  protected void layoutChildren() {
    double width = getWidth() - snappedLeftInset() - snappedRightInset();
    double height = getHeight() - snappedTopInset() - snappedBottomInset();
    line.getPoints().clear();
    if (points.size() < 2 || width <= 0 || height <= 0) {
      return;
    }
    double low = Double.MAX_VALUE;
    double high = -Double.MAX_VALUE;
    for (TrendPoint p : points) {
      low = Math.min(low, p.value());
      high = Math.max(high, p.value());
    }
    double margin = Math.max(0.1, (high - low) * 0.1);
    low -= margin;
    high += margin;
    long end = points.getLast().epochMillis();
    long start = end - ShortTrend.SPAN.toMillis();
    Double[] xy = new Double[points.size() * 2];
    int i = 0;
    for (TrendPoint p : points) {
      xy[i++] = snappedLeftInset() + width * (p.epochMillis() - start) / (end - start);
      xy[i++] = snappedTopInset() + height * (high - p.value()) / (high - low);
    }
    line.getPoints().addAll(xy);
  }
}
