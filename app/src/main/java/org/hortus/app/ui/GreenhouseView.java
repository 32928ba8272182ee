package org.hortus.app.ui;

import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.Tile.SkinType;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The live page of one greenhouse: four gauges (air temperature, humidity, CO2, vent opening), a
 * vent command and a status line. Code-only; all state lives in {@link GreenhouseViewModel}.
 */
public final class GreenhouseView {

  /** One gauge: which point, its title, range and decimals. */
  public record Gauge(String pointId, String title, String unit, double min, double max, int decimals) {}

  private final BorderPane root = new BorderPane();

  public GreenhouseView(
      String greenhouseTitle, GreenhouseViewModel viewModel, java.util.List<Gauge> gauges) {
    Label title = new Label(greenhouseTitle);
    title.getStyleClass().add("page-title");
    Label connection = new Label();
    connection.setId("connection-status");
    connection.textProperty().bind(viewModel.connectionStatusProperty());
    VBox header = new VBox(4, title, connection);
    header.setPadding(new Insets(12, 16, 8, 16));
    root.setTop(header);

    GridPane tiles = new GridPane();
    tiles.setHgap(8);
    tiles.setVgap(8);
    tiles.setPadding(new Insets(8, 16, 8, 16));
    int column = 0;
    for (Gauge gauge : gauges) {
      tiles.add(gaugeTile(gauge, viewModel), column++, 0);
    }
    root.setCenter(tiles);
    root.setBottom(ventCommand(viewModel));
    root.getStyleClass().add("greenhouse-view");
  }

  private static Tile gaugeTile(Gauge gauge, GreenhouseViewModel viewModel) {
    Tile tile =
        TileBuilder.create()
            .skinType(SkinType.GAUGE)
            .prefSize(230, 230)
            .title(gauge.title())
            .unit(gauge.unit())
            .minValue(gauge.min())
            .maxValue(gauge.max())
            .decimals(gauge.decimals())
            .animated(false)
            .thresholdVisible(false)
            .build();
    tile.setId(gaugeId(gauge.pointId()));
    viewModel
        .valueProperty(gauge.pointId())
        .addListener((observable, old, value) -> showValue(tile, value.doubleValue()));
    viewModel
        .qualityProperty(gauge.pointId())
        .addListener((observable, old, quality) -> showQuality(tile, quality));
    showQuality(tile, viewModel.qualityProperty(gauge.pointId()).get());
    return tile;
  }

  private static void showValue(Tile tile, double value) {
    if (!Double.isNaN(value)) {
      tile.setValue(value);
    }
  }

  /** A value that is not GOOD must not look like one: the tile says so in its text. */
  private static void showQuality(Tile tile, String quality) {
    boolean good = "GOOD".equals(quality);
    tile.setText(good ? "" : quality);
    tile.setTextColor(good ? Tile.FOREGROUND : Color.ORANGE);
  }

  private static HBox ventCommand(GreenhouseViewModel viewModel) {
    Label label = new Label("Vent opening (%)");
    TextField input = new TextField();
    input.setId("vent-opening-input");
    input.setPromptText("0–100");
    input.setPrefColumnCount(5);
    Button apply = new Button("Apply");
    apply.setId("vent-opening-apply");
    apply.setDefaultButton(true);
    Label status = new Label();
    status.setId("vent-command-status");
    status.textProperty().bind(viewModel.ventCommandStatusProperty());
    apply.setOnAction(event -> viewModel.commandVentOpening(input.getText()));
    HBox box = new HBox(8, label, input, apply, status);
    HBox.setHgrow(status, Priority.ALWAYS);
    box.setAlignment(Pos.CENTER_LEFT);
    box.setPadding(new Insets(8, 16, 16, 16));
    return box;
  }

  /** The node id of a point's gauge: CSS ids may not contain the dots of point ids. */
  public static String gaugeId(String pointId) {
    return "gauge-" + pointId.replace('.', '-');
  }

  public Parent root() {
    return root;
  }
}
