package org.hortus.app.ui.trends;

import java.time.Instant;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * The mouse on the trend chart: the wheel zooms about the time under the pointer, a drag with the
 * left button pans (the axis follows at once, the data loads when the drag ends), a right click
 * picks that time for a new note. FX thread only.
 */
final class ChartGestures {

  /** What the gestures act on: the page. */
  interface Target {
    TrendRange range();

    /** Shows a range at once, without loading. */
    void preview(TrendRange range);

    /** Shows a range and loads it once the gesture has come to rest. */
    void settle(TrendRange range);

    /** A moment chosen on the chart. */
    void pick(Instant at);
  }

  static final double WHEEL_ZOOM_IN = 0.8;

  private final TrendChart chart;
  private final Target target;
  private double pressX;
  private TrendRange atPress;
  private boolean dragged;

  private ChartGestures(TrendChart chart, Target target) {
    this.chart = chart;
    this.target = target;
  }

  static void install(TrendChart chart, Target target) {
    ChartGestures gestures = new ChartGestures(chart, target);
    chart.addEventHandler(ScrollEvent.SCROLL, gestures::scrolled);
    chart.addEventHandler(MouseEvent.MOUSE_PRESSED, gestures::pressed);
    chart.addEventHandler(MouseEvent.MOUSE_DRAGGED, gestures::dragged);
    chart.addEventHandler(MouseEvent.MOUSE_RELEASED, gestures::released);
    chart.addEventHandler(MouseEvent.MOUSE_CLICKED, gestures::clicked);
  }

  private void scrolled(ScrollEvent e) {
    if (e.getDeltaY() == 0) {
      return;
    }
    double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM_IN : 1 / WHEEL_ZOOM_IN;
    target.settle(target.range().zoom(factor, chart.timeAtScene(e.getSceneX())));
    e.consume();
  }

  private void pressed(MouseEvent e) {
    if (e.getButton() == MouseButton.PRIMARY) {
      pressX = e.getSceneX();
      atPress = target.range();
      dragged = false;
    }
  }

  private void dragged(MouseEvent e) {
    if (atPress == null || !e.isPrimaryButtonDown()) {
      return;
    }
    dragged = true;
    double millisPerPixel = atPress.spanMillis() / (double) chart.plotWidthPixels();
    target.preview(atPress.shift(Math.round(-(e.getSceneX() - pressX) * millisPerPixel)));
  }

  private void released(MouseEvent e) {
    if (atPress != null && dragged) {
      target.settle(target.range());
    }
    atPress = null;
  }

  private void clicked(MouseEvent e) {
    if (e.getButton() == MouseButton.SECONDARY && e.isStillSincePress()) {
      target.pick(Instant.ofEpochMilli(chart.timeAtScene(e.getSceneX())));
    }
  }
}
