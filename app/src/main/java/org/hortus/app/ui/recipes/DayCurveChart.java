package org.hortus.app.ui.recipes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hortus.app.ui.Messages;
import org.hortus.model.Site;
import org.hortus.model.recipe.ClimateRecipe;

/**
 * The day's setpoint curve of the stage being edited, at the park's site on a chosen date ({@code
 * #recipes-curve-date}): heating and ventilation temperature ({@code #recipes-curve-temperature})
 * and the CO2 target on a chart of its own ({@code #recipes-curve-co2}), both with sunrise and
 * sunset marked ({@code #recipes-curve-sunrise}, {@code #recipes-curve-sunset}). Redrawn as the
 * draft changes while it is valid; FX thread only (a day resolves in milliseconds).
 */
final class DayCurveChart {

  private final Messages messages;
  private final Site site;
  private final VBox root = new VBox(6);
  private final DatePicker date = new DatePicker();
  private final MarkedLineChart temperature;
  private final MarkedLineChart co2;
  private final Label note = new Label();
  private final DateTimeFormatter timeFormat;
  private ClimateRecipe recipe;
  private int stage;

  DayCurveChart(Messages messages, Site site, LocalDate initial) {
    this.messages = messages;
    this.site = site;
    this.timeFormat = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale());
    date.setId("recipes-curve-date");
    date.setValue(initial);
    date.valueProperty().addListener((o, was, now) -> redraw());
    temperature = chart("recipes-curve-temperature", "recipes.curve.temperatureAxis", 0, 35, 5);
    co2 = chart("recipes-curve-co2", "recipes.curve.co2Axis", 300, 1500, 300);
    temperature.setPrefHeight(230);
    co2.setPrefHeight(150);
    note.setId("recipes-curve-note");
    note.getStyleClass().add("recipes-note");
    note.setWrapText(true);
    HBox dateRow = new HBox(8, new Label(messages.text("recipes.curve.date")), date);
    dateRow.setAlignment(Pos.CENTER_LEFT);
    Label title = new Label(messages.text("recipes.curve.title"));
    title.getStyleClass().add("recipes-section-title");
    root.getChildren().addAll(title, dateRow, note, temperature, co2);
  }

  Node root() {
    return root;
  }

  DatePicker datePicker() {
    return date;
  }

  /** Draws stage {@code stageIndex} of {@code draft}, or keeps the last curve while it is invalid. */
  void show(Optional<ClimateRecipe> draft, int stageIndex) {
    if (draft.isEmpty()) {
      note.setText(messages.text("recipes.curve.invalid"));
      return;
    }
    recipe = draft.get();
    stage = Math.clamp(stageIndex, 0, recipe.stages().size() - 1);
    redraw();
  }

  private void redraw() {
    if (recipe == null || date.getValue() == null) {
      return;
    }
    DayCurve curve = DayCurve.of(site, recipe, stage, date.getValue());
    note.setText(messages.text("recipes.curve.stage", recipe.stages().get(stage).name(), messages.date(date.getValue())));
    XYChart.Series<Number, Number> heating = series("recipes.curve.heating");
    XYChart.Series<Number, Number> ventilation = series("recipes.curve.ventilation");
    XYChart.Series<Number, Number> co2Target = series("recipes.curve.co2");
    for (DayCurve.Point point : curve.points()) {
      heating.getData().add(new XYChart.Data<>(point.hour(), point.heatingCelsius()));
      ventilation.getData().add(new XYChart.Data<>(point.hour(), point.ventilationCelsius()));
      co2Target.getData().add(new XYChart.Data<>(point.hour(), point.co2TargetPpm()));
    }
    temperature.getData().setAll(List.of(heating, ventilation));
    co2.getData().setAll(List.of(co2Target));
    temperature.setMarkers(markers(curve, "recipes-curve", true));
    co2.setMarkers(markers(curve, "recipes-curve-co2", false));
  }

  private List<MarkedLineChart.Marker> markers(DayCurve curve, String idPrefix, boolean labelled) {
    List<MarkedLineChart.Marker> markers = new ArrayList<>();
    curve.sunrise().ifPresent(t -> markers.add(marker(t, idPrefix + "-sunrise", labelled ? "recipes.curve.sunrise" : null)));
    curve.sunset().ifPresent(t -> markers.add(marker(t, idPrefix + "-sunset", labelled ? "recipes.curve.sunset" : null)));
    return markers;
  }

  private MarkedLineChart.Marker marker(LocalTime time, String id, String key) {
    String text = key == null ? "" : messages.text(key, timeFormat.format(time));
    return new MarkedLineChart.Marker(DayCurve.hourOf(time), id, text);
  }

  private XYChart.Series<Number, Number> series(String key) {
    XYChart.Series<Number, Number> series = new XYChart.Series<>();
    series.setName(messages.text(key));
    return series;
  }

  private MarkedLineChart chart(String id, String axisKey, double min, double max, double tick) {
    NumberAxis hours = new NumberAxis(0, 24, 3);
    hours.setTickLabelFormatter(new StringConverter<>() {
      @Override
      public String toString(Number hour) {
        return timeFormat.format(LocalTime.of(hour.intValue() % 24, 0));
      }

      @Override
      public Number fromString(String text) {
        return 0;
      }
    });
    NumberAxis values = new NumberAxis(min, max, tick);
    values.setAutoRanging(true);
    values.setForceZeroInRange(false);
    values.setLabel(messages.text(axisKey));
    MarkedLineChart chart = new MarkedLineChart(hours, values);
    chart.setId(id);
    chart.setCreateSymbols(false);
    chart.setAnimated(false);
    chart.getStyleClass().add("recipes-curve");
    return chart;
  }
}
