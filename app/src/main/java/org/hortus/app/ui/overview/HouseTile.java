package org.hortus.app.ui.overview;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;

/**
 * One greenhouse on the overview: a compact tile (lighter than a TilesFX tile, so forty of them
 * cost little at two refreshes a second) with air temperature against its setpoints, humidity, CO2,
 * light, vents, pipe and water. Pseudo-class {@code alarm} while an alarm of the house stands;
 * {@code no-data} until its first values. A click, Enter or Space opens the greenhouse. FX thread
 * only.
 */
final class HouseTile extends VBox {

  static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");
  static final PseudoClass NO_DATA = PseudoClass.getPseudoClass("no-data");
  static final double WIDTH = 244;
  static final double HEIGHT = 138;

  private final Messages messages;
  private final Numbers numbers;
  private final Label alarms = label("house-tile-alarms");
  private final Label air = label("house-tile-air");
  private final Label heatingSetpoint = label("house-tile-setpoint");
  private final Label ventilationSetpoint = label("house-tile-setpoint");
  private final Label humidity = label("house-tile-value");
  private final Label vpd = label("house-tile-value");
  private final Label co2 = label("house-tile-value");
  private final Label light = label("house-tile-value");
  private final Label vents = label("house-tile-value");
  private final Label pipe = label("house-tile-value");
  private final Label water = label("house-tile-value");
  private HouseSummary shown;

  HouseTile(Messages messages, Numbers numbers, HouseSummary house, Consumer<String> open) {
    super(2);
    this.messages = messages;
    this.numbers = numbers;
    setId("overview-tile-" + house.id());
    getStyleClass().add("house-tile");
    setPrefSize(WIDTH, HEIGHT);
    setMaxSize(WIDTH, HEIGHT);
    setFocusTraversable(true);
    Label id = label("house-tile-id");
    id.setText(house.id());
    Label name = label("house-tile-name");
    name.setText(house.name());
    id.setMinWidth(Region.USE_PREF_SIZE);
    air.setMinWidth(Region.USE_PREF_SIZE);
    alarms.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(name, Priority.ALWAYS);
    HBox title = new HBox(6, id, name, alarms);
    VBox setpointLines = new VBox(0, heatingSetpoint, ventilationSetpoint);
    HBox airRow = new HBox(8, air, setpointLines);
    airRow.setAlignment(Pos.CENTER_LEFT);
    GridPane values = new GridPane();
    values.setHgap(6);
    values.setVgap(1);
    values.getColumnConstraints().addAll(column(45), column(55));
    values.addRow(0, humidity, vpd);
    values.addRow(1, co2, vents);
    values.addRow(2, pipe, water);
    values.add(light, 0, 3, 2, 1);
    getChildren().addAll(title, airRow, values);
    Tooltip.install(
        this, new Tooltip(messages.text("overview.tile.open", house.id(), house.name())));
    setOnMouseClicked(e -> open.accept(house.id()));
    setOnKeyPressed(
        e -> {
          if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
            open.accept(house.id());
          }
        });
    show(house);
  }

  private static ColumnConstraints column(double percent) {
    ColumnConstraints column = new ColumnConstraints();
    column.setPercentWidth(percent);
    column.setHalignment(HPos.LEFT);
    return column;
  }

  private static Label label(String styleClass) {
    Label label = new Label();
    label.getStyleClass().add(styleClass);
    return label;
  }

  /** Shows a refresh; does nothing when nothing changed. */
  void show(HouseSummary house) {
    if (house.equals(shown)) {
      return;
    }
    shown = house;
    air.setText(messages.text("overview.tile.air", numbers.format(house.airCelsius(), 1)));
    heatingSetpoint.setText(
        messages.text("overview.tile.heating", numbers.format(house.heatingSetpointCelsius(), 1)));
    ventilationSetpoint.setText(
        messages.text(
            "overview.tile.ventilation", numbers.format(house.ventilationSetpointCelsius(), 1)));
    humidity.setText(
        messages.text("overview.tile.rh", numbers.format(house.relativeHumidityPercent(), 0)));
    vpd.setText(messages.text("overview.tile.vpd", numbers.format(house.vpdKilopascal(), 2)));
    co2.setText(messages.text("overview.tile.co2", numbers.format(house.co2Ppm(), 0)));
    light.setText(
        messages.text("overview.tile.light", numbers.format(house.lightTodayMolPerM2(), 1)));
    vents.setText(
        messages.text(
            "overview.tile.vents",
            numbers.format(house.leeVentPercent(), 0),
            numbers.format(house.windwardVentPercent(), 0)));
    pipe.setText(messages.text("overview.tile.pipe", numbers.format(house.pipeCelsius(), 1)));
    water.setText(
        messages.text("overview.tile.water", numbers.format(house.waterTodayLitresPerM2(), 1)));
    alarms.setText(
        house.inAlarm() ? messages.text("overview.tile.alarms", house.standingAlarms()) : "");
    pseudoClassStateChanged(ALARM, house.inAlarm());
    pseudoClassStateChanged(NO_DATA, !Double.isFinite(house.airCelsius()));
  }
}
