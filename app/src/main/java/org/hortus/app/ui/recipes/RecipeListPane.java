package org.hortus.app.ui.recipes;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hortus.app.security.RecipeSummary;
import org.hortus.app.ui.Messages;

/**
 * The stored recipes ({@code #recipes-list}): id, crop, versions, and which greenhouses run (or
 * will run) which version; under it, the version to open in the editor ({@code
 * #recipes-open-version}, {@code #recipes-open}).
 */
final class RecipeListPane {

  private final VBox root = new VBox(8);
  private final TableView<RecipeSummary> table = new TableView<>();
  private final ComboBox<Integer> version = new ComboBox<>();
  private final Button open;
  private Function<String, String> running = id -> "";

  RecipeListPane(Messages messages, java.util.function.IntConsumer openVersion) {
    table.setId("recipes-list");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().setAll(List.of(
        column(messages.text("recipes.list.id"), RecipeSummary::recipeId),
        column(messages.text("recipes.list.crop"), RecipeSummary::crop),
        column(messages.text("recipes.list.versions"), s -> s.versions().stream()
            .map(v -> messages.text("recipes.version", v)).collect(Collectors.joining(", "))),
        column(messages.text("recipes.list.running"), s -> running.apply(s.recipeId()))));
    table.setPlaceholder(new Label(messages.text("recipes.list.loading")));
    VBox.setVgrow(table, Priority.ALWAYS);
    version.setId("recipes-open-version");
    version.setConverter(new StringConverter<>() {
      @Override
      public String toString(Integer v) {
        return v == null ? "" : messages.text("recipes.version", v);
      }

      @Override
      public Integer fromString(String text) {
        return null;
      }
    });
    open = new Button(messages.text("recipes.open"));
    open.setId("recipes-open");
    open.disableProperty().bind(version.valueProperty().isNull());
    open.setOnAction(e -> openVersion.accept(version.getValue()));
    table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
      version.getItems().setAll(now == null ? List.of() : now.versions());
      version.setValue(now == null ? null : now.latest());
    });
    Label title = new Label(messages.text("recipes.list.title"));
    title.getStyleClass().add("recipes-section-title");
    HBox openRow = new HBox(8, new Label(messages.text("recipes.open.version")), version, open);
    openRow.setAlignment(Pos.CENTER_LEFT);
    root.getChildren().addAll(title, table, openRow);
  }

  Node root() {
    return root;
  }

  ReadOnlyObjectProperty<RecipeSummary> selected() {
    return table.getSelectionModel().selectedItemProperty();
  }

  /** Shows the recipes, selecting {@code preferredId} (else keeping the selection, else the first). */
  void show(List<RecipeSummary> recipes, Function<String, String> runningText, String preferredId) {
    String selectedId = preferredId != null ? preferredId
        : selected().get() == null ? null : selected().get().recipeId();
    running = runningText;
    table.getItems().setAll(recipes);
    int index = 0;
    for (int i = 0; i < recipes.size(); i++) {
      if (recipes.get(i).recipeId().equals(selectedId)) {
        index = i;
      }
    }
    if (!recipes.isEmpty()) {
      table.getSelectionModel().clearAndSelect(index);
    }
    table.refresh();
  }

  private static TableColumn<RecipeSummary, String> column(String title, Function<RecipeSummary, String> text) {
    TableColumn<RecipeSummary, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setSortable(false);
    return column;
  }
}
