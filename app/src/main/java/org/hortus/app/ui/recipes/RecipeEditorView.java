package org.hortus.app.ui.recipes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.CompoundValidationDecoration;
import org.controlsfx.validation.decoration.GraphicValidationDecoration;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.ShownAs;

/**
 * The editor of the draft: the recipe's crop and source; the stages as a table with the selected
 * stage's fields (days, irrigation) under it; that stage's periods as a table with the selected
 * period's fields (start, temperatures, humidity, CO2, screens, lamps) under it; and every problem
 * of the draft in a list, a click on which selects its stage and period. Each field shows its own
 * problem under it as you type. FX thread only.
 */
final class RecipeEditorView {

  private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private static final java.util.Comparator<FieldKey> PLACE_ORDER =
      java.util.Comparator.<FieldKey>comparingInt(k -> k.stage()).thenComparingInt(k -> k.period())
          .thenComparing(k -> k.field());

  /** A problem as the list shows it, with its place. */
  record ProblemRow(FieldKey key, String text) {}

  private final RecipeEditorModel model;
  private final Messages messages;
  private final VBox root = new VBox(8);
  private final ValidationSupport validation = new ValidationSupport();
  private final FieldGrid recipeGrid;
  private final FieldGrid stageGrid;
  private final FieldGrid periodGrid;
  private final TableView<StageForm> stageTable = new TableView<>();
  private final TableView<PeriodForm> periodTable = new TableView<>();
  private final ComboBox<HumidityForm> humidityForm = new ComboBox<>();
  private final CheckBox lamps;
  private final ListView<ProblemRow> problems = new ListView<>();
  private final Label heading = new Label();
  private PeriodForm shownPeriod;

  RecipeEditorView(RecipeEditorModel model, Messages messages) {
    this.model = model;
    this.messages = messages;
    validation.setValidationDecorator(new CompoundValidationDecoration(
        new GraphicValidationDecoration(), new StyleClassValidationDecoration()));
    recipeGrid = new FieldGrid("recipe", FieldSpec.RECIPE, 2, messages, validation);
    stageGrid = new FieldGrid("stage", FieldSpec.STAGE, 3, messages, validation);
    periodGrid = new FieldGrid("period", FieldSpec.PERIOD, 3, messages, validation);
    heading.setId("recipes-editor-heading");
    heading.getStyleClass().add("recipes-section-title");

    stageTable.setId("recipes-stages");
    stageTable.setItems(model.stages());
    stageTable.getColumns().setAll(List.of(
        column("recipes.field.name", "name"), column("recipes.field.fromDay", "fromDay"),
        column("recipes.field.untilDay", "untilDay")));
    periodTable.setId("recipes-periods");
    periodTable.getColumns().setAll(List.of(
        column("recipes.field.name", "name"), column("recipes.field.start", "start"),
        column("recipes.field.rampMinutes", "rampMinutes"), column("recipes.field.heatingTemperature", "heatingTemperature"),
        column("recipes.field.ventilationTemperature", "ventilationTemperature"), column("recipes.field.co2.target", "co2.target")));
    for (TableView<?> table : List.of(stageTable, periodTable)) {
      table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
      table.setPrefHeight(table == stageTable ? 110 : 150);
    }
    stageTable.setRowFactory(t -> invalidMarkingRow(row -> problemInStage(row)));
    periodTable.setRowFactory(t -> invalidMarkingRow(row -> problemInPeriod(selectedStage(), row)));

    humidityForm.setId("recipes-period-humidityForm");
    humidityForm.getItems().setAll(HumidityForm.values());
    humidityForm.setConverter(ShownAs.words(form -> messages.text(form.labelKey())));
    lamps = new CheckBox(messages.text("recipes.field.lamps"));
    lamps.setId("recipes-period-lamps");

    problems.setId("recipes-problems");
    problems.setPrefHeight(110);
    problems.setPlaceholder(new Label(messages.text("recipes.problems.none")));
    problems.setCellFactory(list -> new ListCell<>() {
      @Override
      protected void updateItem(ProblemRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(empty || row == null ? null : row.text());
      }
    });
    problems.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
      if (row != null) {
        reveal(row.key());
      }
    });

    stageTable.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> showStage());
    periodTable.getSelectionModel().selectedIndexProperty().addListener((o, was, index) -> showPeriod());
    humidityForm.valueProperty().addListener((o, was, form) -> showPeriodFields());
    lamps.selectedProperty().addListener((o, was, on) -> showPeriodFields());
    model.validation().addListener((o, was, now) -> showProblems());
    recipeGrid.bind(model.recipe());

    Button addStage = button("recipes-stage-add", "recipes.stage.add", () -> select(stageTable,
        model.addStage(Math.max(0, selectedStage()), messages.text("recipes.stage.newName"))));
    Button removeStage = button("recipes-stage-remove", "recipes.stage.remove", () -> {
      if (selectedStage() >= 0) {
        model.removeStage(selectedStage());
      }
    });
    Button addPeriod = button("recipes-period-add", "recipes.period.add", () -> {
      if (selectedStage() >= 0) {
        select(periodTable, model.addPeriod(selectedStage(), Math.max(0, selectedPeriod()),
            messages.text("recipes.period.newName")));
      }
    });
    Button removePeriod = button("recipes-period-remove", "recipes.period.remove", () -> {
      if (selectedStage() >= 0 && selectedPeriod() >= 0) {
        model.removePeriod(selectedStage(), selectedPeriod());
      }
    });
    HBox humidityRow = new HBox(10, new Label(messages.text("recipes.field.humidityForm")), humidityForm, lamps);
    humidityRow.setAlignment(Pos.CENTER_LEFT);
    root.getChildren().addAll(
        heading, recipeGrid.node(),
        title("recipes.stages"), stageTable, new HBox(6, addStage, removeStage), stageGrid.node(),
        title("recipes.periods"), periodTable, new HBox(6, addPeriod, removePeriod), humidityRow, periodGrid.node(),
        title("recipes.problems"), problems);
    root.getStyleClass().add("recipes-editor");
  }

  Node root() {
    return root;
  }

  /** Shows the freshly loaded draft, its first stage and period selected. */
  void showLoaded(String headingText) {
    heading.setText(headingText);
    select(stageTable, 0);
    showStage();
  }

  /** The stage whose periods are shown, −1 when none. */
  ReadOnlyIntegerProperty selectedStageProperty() {
    return stageTable.getSelectionModel().selectedIndexProperty();
  }

  int selectedStage() {
    return stageTable.getSelectionModel().getSelectedIndex();
  }

  private int selectedPeriod() {
    return periodTable.getSelectionModel().getSelectedIndex();
  }

  private void showStage() {
    int s = selectedStage();
    StageForm stage = s >= 0 ? model.stages().get(s) : null;
    stageGrid.bind(stage);
    periodTable.setItems(stage == null ? null : stage.periods());
    if (stage != null && !stage.periods().isEmpty()) {
      select(periodTable, 0);
    }
    showPeriod();
  }

  private void showPeriod() {
    int s = selectedStage();
    int p = selectedPeriod();
    if (shownPeriod != null) {
      humidityForm.valueProperty().unbindBidirectional(shownPeriod.humidityForm());
      lamps.selectedProperty().unbindBidirectional(shownPeriod.lamps());
    }
    shownPeriod = s >= 0 && p >= 0 && p < model.stages().get(s).periods().size()
        ? model.stages().get(s).periods().get(p) : null;
    periodGrid.bind(shownPeriod);
    humidityForm.setDisable(shownPeriod == null);
    lamps.setDisable(shownPeriod == null);
    if (shownPeriod != null) {
      humidityForm.setValue(shownPeriod.humidityForm().get());
      humidityForm.valueProperty().bindBidirectional(shownPeriod.humidityForm());
      lamps.setSelected(shownPeriod.lamps().get());
      lamps.selectedProperty().bindBidirectional(shownPeriod.lamps());
    }
    showPeriodFields();
  }

  private void showPeriodFields() {
    for (FieldSpec spec : FieldSpec.PERIOD) {
      periodGrid.show(spec.name(), shownPeriod == null || shownPeriod.uses(spec.name()));
    }
    showProblems();
  }

  /** Shows every problem at its field, in the list, and on the rows of the tables. */
  private void showProblems() {
    DraftValidation checked = model.validation().get();
    if (checked == null) {
      return;
    }
    int s = selectedStage();
    int p = selectedPeriod();
    recipeGrid.showProblems(name -> checked.problemAt(FieldKey.recipe(name)));
    stageGrid.showProblems(name -> s < 0 ? Optional.empty() : checked.problemAt(FieldKey.stage(s, name)));
    periodGrid.showProblems(name -> s < 0 || p < 0 ? Optional.empty() : checked.problemAt(FieldKey.period(s, p, name)));
    List<ProblemRow> rows = new ArrayList<>();
    checked.problems().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(PLACE_ORDER))
        .forEach(e -> rows.add(new ProblemRow(e.getKey(), placeText(e.getKey(), e.getValue()))));
    problems.getItems().setAll(rows);
    stageTable.refresh();
    periodTable.refresh();
  }

  private String placeText(FieldKey key, String problem) {
    String field = key.field().isEmpty() ? "" : fieldLabel(key.field());
    if (key.stage() < 0) {
      return messages.text("recipes.problem.recipe", field, problem);
    }
    String stage = key.stage() < model.stages().size() ? model.stages().get(key.stage()).value("name") : "";
    if (key.period() < 0) {
      return messages.text("recipes.problem.stage", stage, field, problem);
    }
    List<PeriodForm> periods = key.stage() < model.stages().size() ? model.stages().get(key.stage()).periods() : List.of();
    String period = key.period() < periods.size() ? periods.get(key.period()).value("name") : "";
    return messages.text("recipes.problem.period", stage, period, field, problem);
  }

  private String fieldLabel(String field) {
    String key = "recipes.field." + field;
    return messages.has(key) ? messages.text(key) : field;
  }

  private void reveal(FieldKey key) {
    if (key.stage() >= 0 && key.stage() < model.stages().size()) {
      select(stageTable, key.stage());
      if (key.period() >= 0) {
        select(periodTable, key.period());
      }
    }
  }

  private boolean problemInStage(int stage) {
    DraftValidation checked = model.validation().get();
    return checked != null && checked.problems().keySet().stream().anyMatch(k -> k.stage() == stage);
  }

  private boolean problemInPeriod(int stage, int period) {
    DraftValidation checked = model.validation().get();
    return checked != null && checked.problems().keySet().stream()
        .anyMatch(k -> k.stage() == stage && k.period() == period);
  }

  private static <T> TableRow<T> invalidMarkingRow(java.util.function.IntPredicate invalid) {
    return new TableRow<>() {
      @Override
      protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(INVALID, !empty && item != null && invalid.test(getIndex()));
      }
    };
  }

  private static <T> void select(TableView<T> table, int index) {
    if (index >= 0 && index < table.getItems().size()) {
      table.getSelectionModel().clearAndSelect(index);
      table.scrollTo(index);
    }
  }

  private <T extends FormFields> TableColumn<T, String> column(String labelKey, String field) {
    TableColumn<T, String> column = new TableColumn<>(messages.text(labelKey));
    column.setCellValueFactory(cell -> cell.getValue().text(field));
    column.setSortable(false);
    if (field.equals("start")) {
      column.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
        @Override
        protected void updateItem(String start, boolean empty) {
          super.updateItem(start, empty);
          setText(empty || start == null ? null : startText(start));
        }
      });
    }
    return column;
  }

  private static final java.util.regex.Pattern SUN_START =
      java.util.regex.Pattern.compile("(sunrise|sunset)(?:([+-])(\\d{1,3})min)?");

  /**
   * A period's start in the reader's words ("sunrise + 30 min", "日出后 30 分钟"); the field itself
   * keeps the file's syntax, which is what the agronomist types.
   */
  private String startText(String start) {
    java.util.regex.Matcher sun = SUN_START.matcher(start.strip());
    if (!sun.matches()) {
      return start;
    }
    String event = sun.group(1);
    if (sun.group(2) == null || Integer.parseInt(sun.group(3)) == 0) {
      return messages.text("recipes.start." + event + ".at");
    }
    return messages.text("recipes.start." + event + (sun.group(2).equals("+") ? ".after" : ".before"),
        Integer.parseInt(sun.group(3)));
  }

  private Label title(String key) {
    Label label = new Label(messages.text(key));
    label.getStyleClass().add("recipes-section-title");
    return label;
  }

  private Button button(String id, String key, Runnable action) {
    Button button = new Button(messages.text(key));
    button.setId(id);
    button.setOnAction(e -> action.run());
    return button;
  }
}
