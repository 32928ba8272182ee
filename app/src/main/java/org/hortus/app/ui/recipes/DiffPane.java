package org.hortus.app.ui.recipes;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.hortus.app.ui.Messages;

/**
 * The draft's changes against the version a greenhouse runs ({@code #recipes-diff}): one row per
 * changed field with stage, period, field, before and after, titled with what is compared ({@code
 * #recipes-diff-title}).
 */
final class DiffPane {

  private final Messages messages;
  private final VBox root = new VBox(6);
  private final Label title = new Label();
  private final TableView<RecipeDiff.Change> table = new TableView<>();

  DiffPane(Messages messages) {
    this.messages = messages;
    title.setId("recipes-diff-title");
    title.getStyleClass().add("recipes-section-title");
    title.setWrapText(true);
    table.setId("recipes-diff");
    table.setPrefHeight(170);
    table.setPlaceholder(new Label(messages.text("recipes.diff.none")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().setAll(List.of(
        column("recipes.diff.stage", c -> c.stage()),
        column("recipes.diff.period", c -> c.period()),
        column("recipes.diff.field", this::fieldText),
        column("recipes.diff.before", c -> valueText(c, c.before())),
        column("recipes.diff.after", c -> valueText(c, c.after()))));
    table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
      @Override
      protected void updateItem(RecipeDiff.Change change, boolean empty) {
        super.updateItem(change, empty);
        setTooltip(empty || change == null ? null : new javafx.scene.control.Tooltip(line(change)));
      }
    });
    double[] widths = {90, 70, 150, 55, 55};
    for (int i = 0; i < widths.length; i++) {
      table.getColumns().get(i).setPrefWidth(widths[i]);
    }
    root.getChildren().addAll(title, table);
  }

  Node root() {
    return root;
  }

  /** Shows the changes, titled {@code heading}. */
  void show(String heading, List<RecipeDiff.Change> changes) {
    title.setText(heading);
    table.getItems().setAll(changes);
  }

  /** Shows no comparison, saying why. */
  void clear(String why) {
    title.setText(why);
    table.getItems().clear();
  }

  /** The change as one readable line, e.g. "production › day › Heating temperature: 19.5 → 21". */
  private String line(RecipeDiff.Change change) {
    return messages.text("recipes.diff.line", change.stage(), change.period(), fieldText(change),
        valueText(change, change.before()), valueText(change, change.after()));
  }

  private String fieldText(RecipeDiff.Change change) {
    if (change.field().isEmpty()) {
      return messages.text(change.period().isEmpty() ? "recipes.diff.wholeStage" : "recipes.diff.wholePeriod");
    }
    String key = "recipes.field." + change.field();
    return messages.has(key) ? messages.text(key) : change.field();
  }

  /** A value, "(none)" when absent, "present" for a whole stage or period. */
  private String valueText(RecipeDiff.Change change, java.util.Optional<String> value) {
    if (value.isEmpty()) {
      return messages.text("recipes.diff.absent");
    }
    return change.field().isEmpty() ? messages.text("recipes.diff.present") : value.get();
  }

  private TableColumn<RecipeDiff.Change, String> column(String key, Function<RecipeDiff.Change, String> text) {
    TableColumn<RecipeDiff.Change, String> column = new TableColumn<>(messages.text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setSortable(false);
    return column;
  }
}
