package org.hortus.app.ui.trends;

import java.util.Collection;
import java.util.Locale;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;

/**
 * The park's points as a filterable list of check boxes; the ticked ones, in the order they were
 * ticked, are the chart's series. FX thread only.
 */
final class PointPicker {

  private final ObservableList<String> all = FXCollections.observableArrayList();
  private final ObservableList<String> chosen = FXCollections.observableArrayList();
  private final VBox root = new VBox(6);

  PointPicker(Messages messages) {
    TextField filter = new TextField();
    filter.setId("trends-point-filter");
    filter.setPromptText(messages.text("trends.points.filter"));
    FilteredList<String> shown = new FilteredList<>(all);
    filter.textProperty().addListener((o, was, text) -> {
      String wanted = text.strip().toLowerCase(Locale.ROOT);
      shown.setPredicate(id -> wanted.isEmpty() || id.toLowerCase(Locale.ROOT).contains(wanted));
    });
    ListView<String> list = new ListView<>(shown);
    list.setId("trends-points");
    list.setCellFactory(v -> new PointCell());
    list.setPlaceholder(new Label(messages.text("trends.points.none")));
    VBox.setVgrow(list, Priority.ALWAYS);
    Label title = new Label(messages.text("trends.points"));
    title.getStyleClass().add("section-title");
    root.getChildren().addAll(title, filter, list);
    root.setPrefWidth(270);
    root.getStyleClass().add("trend-points");
  }

  /** Adds the points not listed yet, keeping the list sorted. */
  void offer(Collection<String> pointIds) {
    if (all.containsAll(pointIds)) {
      return;
    }
    TreeSet<String> merged = new TreeSet<>(all);
    merged.addAll(pointIds);
    all.setAll(merged);
  }

  /** Ticks or unticks a point, as a click on its box does. */
  void choose(String pointId, boolean wanted) {
    if (wanted && !chosen.contains(pointId)) {
      chosen.add(pointId);
    } else if (!wanted) {
      chosen.remove(pointId);
    }
  }

  /** The ticked points, in the order they were ticked. */
  ObservableList<String> chosen() {
    return chosen;
  }

  Parent root() {
    return root;
  }

  private final class PointCell extends ListCell<String> {
    private final CheckBox box = new CheckBox();

    PointCell() {
      box.setOnAction(e -> choose(getItem(), box.isSelected()));
      box.getStyleClass().add("trend-point");
    }

    @Override
    protected void updateItem(String pointId, boolean empty) {
      super.updateItem(pointId, empty);
      if (empty || pointId == null) {
        setGraphic(null);
        return;
      }
      box.setText(pointId);
      box.setSelected(chosen.contains(pointId));
      setGraphic(box);
    }
  }
}
