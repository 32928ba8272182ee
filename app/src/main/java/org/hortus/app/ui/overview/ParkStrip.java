package org.hortus.app.ui.overview;

import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.reasons.ReasonTexts;
import org.hortus.app.ui.overview.OverviewSnapshot.Flood;
import org.hortus.app.ui.overview.OverviewSnapshot.FloodState;
import org.hortus.app.ui.overview.OverviewSnapshot.Weather;

/**
 * The overview's header: the park's name, its weather station and the flood watch (drain level,
 * rain gauge, warning; the warning's words are cut short to the window, in full in its tooltip).
 * Always on top of the tiles, so it stays in sight. The flood state label {@code #overview-flood}
 * and the strip have pseudo-class {@code warning} while the flood alarm is active. FX thread only.
 */
final class ParkStrip extends HBox {

  static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

  private final Messages messages;
  private final Numbers numbers;
  private final ReasonTexts reasons;
  private final Label weather = new Label();
  private final Label drain = new Label();
  private final Label flood = new Label();
  private final Tooltip floodWords = new Tooltip();

  ParkStrip(Messages messages, Numbers numbers, String parkName) {
    super(32);
    this.messages = messages;
    this.numbers = numbers;
    this.reasons = new ReasonTexts(messages);
    getStyleClass().add("park-strip");
    setPadding(new Insets(10, 12, 10, 12));
    setAlignment(Pos.CENTER_LEFT);
    Label title = new Label(messages.text("overview.title", parkName));
    title.getStyleClass().add("page-title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    weather.setId("overview-weather");
    weather.setMinWidth(Region.USE_PREF_SIZE);
    drain.setId("overview-drain");
    drain.setMinWidth(Region.USE_PREF_SIZE);
    flood.setId("overview-flood");
    flood.getStyleClass().add("flood-state");
    flood.setTooltip(floodWords);
    VBox floodBox = box("overview.flood.title", new HBox(16, drain, flood));
    HBox.setHgrow(floodBox, Priority.ALWAYS);
    getChildren().addAll(title, box("overview.weather.title", weather), floodBox);
  }

  private VBox box(String titleKey, javafx.scene.Node content) {
    Label title = new Label(messages.text(titleKey));
    title.getStyleClass().add("park-strip-title");
    VBox box = new VBox(2, title, content);
    box.getStyleClass().add("park-strip-box");
    return box;
  }

  void show(Weather w, Flood f) {
    weather.setText(
        messages.text(
            "overview.weather.values",
            numbers.format(w.outsideCelsius(), 1),
            numbers.format(w.relativeHumidityPercent(), 0),
            numbers.format(w.radiationWattsPerM2(), 0),
            numbers.format(w.windMetresPerSecond(), 1),
            numbers.format(w.rainMillimetresPerHour(), 1)));
    drain.setText(
        messages.text(
            "overview.flood.values",
            numbers.format(f.drainLevelMillimetres(), 0),
            numbers.format(f.rainGaugeMillimetresPerHour(), 1)));
    flood.setText(
        switch (f.state()) {
          case WARNING -> messages.text("overview.flood.warning", reasons.text(f.words()));
          case CLEAR -> messages.text("overview.flood.clear");
          case UNKNOWN -> messages.text("overview.flood.unknown");
        });
    floodWords.setText(flood.getText());
    flood.pseudoClassStateChanged(WARNING, f.state() == FloodState.WARNING);
    pseudoClassStateChanged(WARNING, f.state() == FloodState.WARNING);
  }
}
