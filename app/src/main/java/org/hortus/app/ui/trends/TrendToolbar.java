package org.hortus.app.ui.trends;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.hortus.app.ui.Messages;

/**
 * The trends page's buttons: range presets, zoom and pan, export, and while work runs a progress
 * indicator with a cancel button. FX thread only.
 */
final class TrendToolbar {

  static final double ZOOM_IN = 0.5;
  static final double PAN_STEP = 0.25;

  private final HBox root = new HBox(6);
  private final Messages messages;

  TrendToolbar(Messages messages, TrendsPage page, List<Button> exportButtons, CancellableWork loads,
      CancellableWork exports) {
    this.messages = messages;
    for (RangePreset preset : RangePreset.values()) {
      Button button = button(preset.messageKey(), "trends-preset-" + preset.name().toLowerCase(Locale.ROOT));
      button.setOnAction(e -> page.showPreset(preset));
      root.getChildren().add(button);
    }
    root.getChildren().add(new Separator(Orientation.VERTICAL));
    Button zoomIn = button("trends.zoom.in", "trends-zoom-in");
    zoomIn.setOnAction(e -> page.zoom(ZOOM_IN));
    Button zoomOut = button("trends.zoom.out", "trends-zoom-out");
    zoomOut.setOnAction(e -> page.zoom(1 / ZOOM_IN));
    Button earlier = button("trends.pan.earlier", "trends-pan-earlier");
    earlier.setOnAction(e -> page.pan(-PAN_STEP));
    Button later = button("trends.pan.later", "trends-pan-later");
    later.setOnAction(e -> page.pan(PAN_STEP));
    withTip(zoomIn, "trends.zoom.tip");
    withTip(earlier, "trends.pan.tip");
    withTip(later, "trends.pan.tip");
    root.getChildren().addAll(zoomIn, zoomOut, earlier, later, new Separator(Orientation.VERTICAL));
    root.getChildren().addAll(exportButtons);

    ProgressIndicator progress = new ProgressIndicator();
    progress.setId("trends-progress");
    progress.setPrefSize(22, 22);
    progress.progressProperty().bind(Bindings.when(exports.runningProperty())
        .then(exports.progressProperty()).otherwise(loads.progressProperty()));
    Button cancel = button("trends.cancel", "trends-cancel");
    cancel.setOnAction(e -> page.cancelWork());
    var busy = loads.runningProperty().or(exports.runningProperty());
    for (var node : List.of(progress, cancel)) {
      node.visibleProperty().bind(busy);
      node.managedProperty().bind(busy);
    }
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    root.getChildren().addAll(spacer, progress, cancel);
    root.setAlignment(Pos.CENTER_LEFT);
    root.getStyleClass().add("trend-toolbar");
  }

  private Button button(String key, String id) {
    Button button = new Button(messages.text(key));
    button.setId(id);
    return button;
  }

  private Button withTip(Button button, String key) {
    button.setTooltip(new Tooltip(messages.text(key)));
    return button;
  }

  Parent root() {
    return root;
  }
}
