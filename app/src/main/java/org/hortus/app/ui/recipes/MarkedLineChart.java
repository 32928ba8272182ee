package org.hortus.app.ui.recipes;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.shape.Line;

/**
 * A line chart over the hours of a day with vertical markers (sunrise, sunset), each a line across
 * the plot ({@code #<id>}) and a label at its top ({@code #<id>-label}).
 */
final class MarkedLineChart extends LineChart<Number, Number> {

  /**
   * A vertical marker.
   *
   * @param hour where, in hours since midnight
   * @param id the line's node id
   * @param text the label's text
   */
  record Marker(double hour, String id, String text) {}

  private record Shown(Marker marker, Line line, Label label) {}

  private final List<Shown> shown = new ArrayList<>();

  MarkedLineChart(NumberAxis hours, NumberAxis values) {
    super(hours, values);
  }

  void setMarkers(List<Marker> markers) {
    for (Shown old : shown) {
      getPlotChildren().removeAll(old.line(), old.label());
    }
    shown.clear();
    for (Marker marker : markers) {
      Line line = new Line();
      line.setId(marker.id());
      line.getStyleClass().add("recipes-sun-marker");
      line.setUserData(marker.hour());
      Label label = new Label(marker.text());
      label.setId(marker.id() + "-label");
      label.getStyleClass().add("recipes-sun-marker-label");
      shown.add(new Shown(marker, line, label));
      getPlotChildren().addAll(line, label);
    }
    requestChartLayout();
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    double height = getYAxis().getHeight();
    for (Shown marker : shown) {
      double x = getXAxis().getDisplayPosition(marker.marker().hour());
      marker.line().setStartX(x);
      marker.line().setEndX(x);
      marker.line().setStartY(0);
      marker.line().setEndY(height);
      marker.label().autosize();
      marker.label().relocate(x + 3, 2);
      marker.line().toFront();
      marker.label().toFront();
    }
  }
}
