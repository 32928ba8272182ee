package org.hortus.app.ui.greenhouse;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.scene.layout.HBox;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.ui.Messages;

/**
 * The greenhouse page's four TilesFX gauges: air temperature, relative humidity, CO2 and pipe
 * temperature (units of the demo park's points), animation off (the page updates them at most twice
 * a second). A value not known leaves the needle where it was and says so in the tile's text. FX
 * thread only.
 */
final class GaugeRow extends HBox {

  static final double SIZE = 176;

  private final Messages messages;
  private final Tile air;
  private final Tile humidity;
  private final Tile co2;
  private final Tile pipe;

  GaugeRow(Messages messages) {
    super(8);
    this.messages = messages;
    air = gauge("air", ClimatePoint.AIR_TEMPERATURE, 0, 40, 1);
    humidity = gauge("rh", ClimatePoint.RELATIVE_HUMIDITY, 0, 100, 0);
    co2 = gauge("co2", ClimatePoint.CO2, 0, 2000, 0);
    pipe = gauge("pipe", ClimatePoint.PIPE_TEMPERATURE, 0, 100, 1);
    getChildren().addAll(air, humidity, co2, pipe, tileColours, needleColour);
    for (javafx.scene.control.Label swatch : java.util.List.of(tileColours, needleColour)) {
      swatch.setManaged(false);
      swatch.setVisible(false);
    }
    tileColours.getStyleClass().add("gauge-tile-colours");
    needleColour.getStyleClass().add("gauge-needle-colour");
    // TilesFX takes colours in code: read them from the theme's palette (through two hidden,
    // styled labels) when the page is shown and whenever the theme changes.
    sceneProperty().subscribe(scene -> {
      themeWatch.unsubscribe(); // off the old scene (a rebuilt window leaves this row behind)
      themeWatch = javafx.util.Subscription.EMPTY;
      if (scene != null) {
        // later: while the list changes, the scene's styles still hold the old sheets
        themeWatch = scene.getStylesheets().subscribe(() -> javafx.application.Platform.runLater(this::followTheme));
        followTheme();
      }
    });
  }

  private javafx.util.Subscription themeWatch = javafx.util.Subscription.EMPTY;
  private final javafx.scene.control.Label tileColours = new javafx.scene.control.Label();
  private final javafx.scene.control.Label needleColour = new javafx.scene.control.Label();

  /** Paints the tiles in the palette's tile, text and accent colours. */
  private void followTheme() {
    tileColours.applyCss();
    needleColour.applyCss();
    javafx.scene.paint.Color background = tileColours.getBackground() == null || tileColours.getBackground().getFills().isEmpty()
        ? null
        : tileColours.getBackground().getFills().getFirst().getFill() instanceof javafx.scene.paint.Color c ? c : null;
    if (background == null || !(tileColours.getTextFill() instanceof javafx.scene.paint.Color text)
        || !(needleColour.getTextFill() instanceof javafx.scene.paint.Color needle)) {
      return; // no palette applied (yet)
    }
    for (Tile tile : java.util.List.of(air, humidity, co2, pipe)) {
      tile.setBackgroundColor(background);
      tile.setTitleColor(text);
      tile.setValueColor(text);
      tile.setUnitColor(text);
      tile.setTextColor(text);
      tile.setForegroundBaseColor(text);
      tile.setNeedleColor(needle);
      tile.setBarBackgroundColor(text.deriveColor(0, 1, 1, 0.15));
    }
  }

  /** The tiles' background now (for tests). */
  javafx.scene.paint.Color tileBackground() {
    return air.getBackgroundColor();
  }

  private Tile gauge(String name, ClimatePoint point, double min, double max, int decimals) {
    Tile tile =
        TileBuilder.create()
            .skinType(SkinType.GAUGE)
            .prefSize(SIZE, SIZE)
            .title(messages.text("greenhouse.gauge." + name))
            .unit(point.unit())
            .minValue(min)
            .maxValue(max)
            .decimals(decimals)
            .animated(false)
            .thresholdVisible(false)
            .build();
    tile.setId("greenhouse-gauge-" + name);
    return tile;
  }

  /**
   * Shows a refresh.
   *
   * @param setpoints the air temperature's setpoints in words, shown in the air gauge
   */
  void show(HouseSnapshot house, String setpoints) {
    show(air, house.airCelsius(), setpoints);
    show(humidity, house.relativeHumidityPercent(), "");
    show(co2, house.co2Ppm(), "");
    show(pipe, house.pipeCelsius(), "");
  }

  private void show(Tile tile, double value, String text) {
    if (Double.isFinite(value) && tile.getValue() != value) {
      tile.setValue(value);
    }
    String shown = Double.isFinite(value) ? text : messages.text("greenhouse.gauge.novalue");
    if (!shown.equals(tile.getText())) {
      tile.setText(shown);
    }
  }
}
