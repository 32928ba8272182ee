package org.hortus.app.ui.whatif;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.hortus.app.sim.ClimateCurves;
import org.hortus.app.sim.ClimateCurves.Quantity;
import org.hortus.app.sim.WhatIfComparison;
import org.hortus.app.ui.Messages;

/**
 * The climate curves of both runs: a line chart per quantity, the candidate and the active recipe
 * as two series over the days of the run. FX thread only.
 */
final class CurveCharts {

  private static final Map<Quantity, String> KEYS = Map.of(
      Quantity.AIR_TEMPERATURE, "air",
      Quantity.RELATIVE_HUMIDITY, "rh",
      Quantity.CO2, "co2",
      Quantity.VENT_OPENING, "vent");

  private final Messages messages;
  private final Map<Quantity, LineChart<Number, Number>> charts = new EnumMap<>(Quantity.class);
  private final GridPane root = new GridPane();

  CurveCharts(Messages messages) {
    this.messages = messages;
    root.setId("whatif-charts");
    root.setHgap(12);
    root.setVgap(12);
    for (int column = 0; column < 2; column++) {
      ColumnConstraints half = new ColumnConstraints();
      half.setPercentWidth(50);
      half.setHgrow(Priority.ALWAYS);
      root.getColumnConstraints().add(half);
    }
    int i = 0;
    for (Quantity quantity : Quantity.values()) {
      LineChart<Number, Number> chart = chart(quantity);
      charts.put(quantity, chart);
      root.add(chart, i % 2, i / 2);
      i++;
    }
  }

  private LineChart<Number, Number> chart(Quantity quantity) {
    NumberAxis days = new NumberAxis();
    days.setAutoRanging(false);
    days.setMinorTickVisible(false);
    NumberAxis values = new NumberAxis();
    values.setForceZeroInRange(false);
    values.setTickLabelFormatter(numbers(quantity == Quantity.CO2 ? 0 : 1));
    LineChart<Number, Number> chart = new LineChart<>(days, values);
    chart.setId("whatif-chart-" + KEYS.get(quantity));
    chart.setTitle(messages.text("whatif.chart." + KEYS.get(quantity)));
    chart.setAnimated(false);
    chart.setCreateSymbols(false);
    chart.setPrefHeight(280);
    chart.setMinHeight(220);
    chart.getStyleClass().add("whatif-chart");
    return chart;
  }

  private StringConverter<Number> numbers(int decimals) {
    return new StringConverter<>() {
      @Override
      public String toString(Number value) {
        return value == null ? "" : messages.number(value.doubleValue(), decimals);
      }

      @Override
      public Number fromString(String text) {
        throw new UnsupportedOperationException("axis labels are not parsed");
      }
    };
  }

  /** Draws both runs of {@code result}. */
  void show(WhatIfComparison.Result result) {
    Instant start = result.request().start();
    String axis = messages.text("whatif.chart.axis", messages.date(result.request().from()));
    for (Quantity quantity : Quantity.values()) {
      LineChart<Number, Number> chart = charts.get(quantity);
      NumberAxis days = (NumberAxis) chart.getXAxis();
      days.setLabel(axis);
      days.setLowerBound(0);
      days.setUpperBound(result.request().days());
      double tick = dayTick(result.request().days());
      days.setTickUnit(tick);
      days.setTickLabelFormatter(numbers(tick < 1 ? 2 : 0));
      chart.getData().setAll(List.of(
          series(messages.text("whatif.chart.candidate", result.candidate().recipe().id(),
              String.valueOf(result.candidate().recipe().version())), result.candidate().curves(), quantity, start),
          series(messages.text("whatif.chart.active", result.active().recipe().id(),
              String.valueOf(result.active().recipe().version())), result.active().curves(), quantity, start)));
    }
  }

  /** A tick every quarter, half, 1 or 2 days, week, fortnight, month or two: at most 7 ticks. */
  static double dayTick(int days) {
    for (double tick : new double[] {0.25, 0.5, 1, 2, 7, 14, 30}) {
      if (days / tick <= 7) {
        return tick;
      }
    }
    return 61;
  }

  /** Removes every line. */
  void clear() {
    charts.values().forEach(chart -> chart.getData().clear());
  }

  private static XYChart.Series<Number, Number> series(
      String name, ClimateCurves curves, Quantity quantity, Instant start) {
    List<XYChart.Data<Number, Number>> points = CurvePoints.of(curves, quantity, start).stream()
        .map(p -> new XYChart.Data<Number, Number>(p.day(), p.value()))
        .toList();
    return new XYChart.Series<>(name, FXCollections.observableArrayList(points));
  }

  GridPane root() {
    return root;
  }
}
