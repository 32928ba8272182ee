package org.hortus.app.ui.trends;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.hortus.app.history.Trend;
import org.hortus.app.history.TrendPoint;

/**
 * The trends' chart: time on x (epoch milliseconds over a fixed range, round tick steps), values
 * on y ({@link TimeAxis}), one series per point, and the notes as dashed vertical lines with their text at the top.
 * Not animated and without symbols, so a few thousand points draw at once. FX thread only.
 */
public final class TrendChart extends LineChart<Number, Number> {

  private final TimeAxis time;
  private final List<NoteMark> marks = new ArrayList<>();

  private record NoteMark(TrendNote note, Line line, Text label) {}

  public TrendChart(TimeAxis time) {
    super(time, new NumberAxis());
    this.time = time;
    NumberAxis values = (NumberAxis) getYAxis();
    values.setForceZeroInRange(false);
    values.setAnimated(false);
    setAnimated(false);
    setCreateSymbols(false);
    getStyleClass().add("trend-chart");
  }

  /** Shows this span on the time axis (before or without new data). */
  public void showRange(TrendRange range) {
    time.setLowerBound(range.fromMillis());
    time.setUpperBound(range.toMillis());
    requestChartLayout();
  }

  /** Replaces the series: one per trend, named by its point. */
  public void showTrends(List<Trend> trends) {
    List<XYChart.Series<Number, Number>> series = new ArrayList<>();
    for (Trend trend : trends) {
      List<XYChart.Data<Number, Number>> data = new ArrayList<>(trend.points().size());
      for (TrendPoint point : trend.points()) {
        data.add(new XYChart.Data<>(point.epochMillis(), point.value()));
      }
      series.add(new XYChart.Series<>(trend.pointId(), FXCollections.observableList(data)));
    }
    getData().setAll(series);
  }

  /** Replaces the note marks. */
  public void showNotes(List<TrendNote> notes) {
    for (NoteMark mark : marks) {
      getPlotChildren().removeAll(mark.line(), mark.label());
    }
    marks.clear();
    for (TrendNote note : notes) {
      Line line = new Line();
      line.getStyleClass().add("trend-note-line");
      Text label = new Text(note.text());
      label.getStyleClass().add("trend-note-label");
      marks.add(new NoteMark(note, line, label));
      getPlotChildren().addAll(line, label);
    }
    requestChartLayout();
  }

  @Override
  protected void layoutPlotChildren() {
    super.layoutPlotChildren();
    double height = getYAxis().getHeight();
    for (int i = 0; i < marks.size(); i++) {
      NoteMark mark = marks.get(i);
      long at = mark.note().at().toEpochMilli();
      boolean inside = at >= time.getLowerBound() && at <= time.getUpperBound();
      double x = time.getDisplayPosition(at);
      mark.line().setStartX(x);
      mark.line().setEndX(x);
      mark.line().setStartY(0);
      mark.line().setEndY(height);
      double textWidth = mark.label().getLayoutBounds().getWidth();
      mark.label().setX(x + 3 + textWidth > time.getWidth() ? x - 3 - textWidth : x + 3);
      mark.label().setY(14 + 14 * (i % 3)); // staggered so close notes stay readable
      for (Node node : List.of(mark.line(), mark.label())) {
        node.setVisible(inside);
        node.toFront();
      }
    }
  }

  /** The plot's width in pixels: how many points a trend needs at most. */
  public int plotWidthPixels() {
    double width = time.getWidth() > 0 ? time.getWidth() : getWidth() - 80;
    return (int) Math.max(100, Math.round(width));
  }

  /** The time under a horizontal scene position, epoch ms. */
  public long timeAtScene(double sceneX) {
    double x = time.sceneToLocal(sceneX, 0).getX();
    return time.getValueForDisplay(x).longValue();
  }

  /** Milliseconds per pixel of the time axis now. */
  public double millisPerPixel() {
    return (time.getUpperBound() - time.getLowerBound()) / Math.max(1, plotWidthPixels());
  }

  public TimeAxis timeAxis() {
    return time;
  }
}
