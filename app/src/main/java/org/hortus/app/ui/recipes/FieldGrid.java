package org.hortus.app.ui.recipes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.hortus.app.ui.Messages;

/**
 * The fields of one object of the draft (recipe, stage or period) as a grid: per field a label, a
 * text field ({@code #recipes-<scope>-<field>}) and, under it, the field's problem as text ({@code
 * #recipes-<scope>-<field>-error}); the same problem decorates the field through ControlsFX. The
 * grid is bound to one form at a time (the selected stage or period). FX thread only.
 */
final class FieldGrid {

  private final GridPane grid = new GridPane();
  private final Map<String, TextField> fields = new LinkedHashMap<>();
  private final Map<String, Label> errors = new LinkedHashMap<>();
  private final Map<String, VBox> cells = new LinkedHashMap<>();
  private final ValidationSupport validation;
  private FormFields bound;

  FieldGrid(String scope, List<FieldSpec> specs, int columns, Messages messages, ValidationSupport validation) {
    this.validation = validation;
    grid.setHgap(10);
    grid.setVgap(4);
    grid.getStyleClass().add("recipes-field-grid");
    int i = 0;
    for (FieldSpec spec : specs) {
      String id = "recipes-" + scope + "-" + spec.idPart();
      Label label = new Label(messages.text(spec.labelKey()));
      label.getStyleClass().add("recipes-field-label");
      label.setWrapText(true);
      label.setMaxWidth(spec.name().equals("source") ? Double.MAX_VALUE : 150);
      TextField field = new TextField();
      field.setId(id);
      field.setPrefColumnCount(spec.kind() == FieldSpec.Kind.TEXT && spec.name().equals("source") ? 40 : 8);
      label.setLabelFor(field);
      Label error = new Label();
      error.setId(id + "-error");
      error.getStyleClass().add("error-text");
      error.setWrapText(true);
      error.setMaxWidth(spec.name().equals("source") ? Double.MAX_VALUE : 150);
      error.managedProperty().bind(error.textProperty().isNotEmpty());
      error.visibleProperty().bind(error.textProperty().isNotEmpty());
      VBox cell = new VBox(2, label, field, error);
      cell.managedProperty().bind(cell.visibleProperty());
      GridPane.setHgrow(cell, Priority.ALWAYS);
      grid.add(cell, i % columns, i / columns);
      if (spec.name().equals("source")) {
        GridPane.setColumnSpan(cell, columns);
        i += columns - 1;
      }
      i++;
      fields.put(spec.name(), field);
      errors.put(spec.name(), error);
      cells.put(spec.name(), cell);
      validation.registerValidator(field, false, (control, value) -> {
        String problem = error.getText();
        return ValidationResult.fromErrorIf(field, problem, problem != null && !problem.isEmpty());
      });
    }
  }

  GridPane node() {
    return grid;
  }

  /** Edits {@code form} from now on (none: the fields are emptied and disabled). */
  void bind(FormFields form) {
    if (bound != null) {
      fields.forEach((name, field) -> field.textProperty().unbindBidirectional(bound.text(name)));
    }
    bound = form;
    grid.setDisable(form == null);
    fields.forEach((name, field) -> {
      if (form == null) {
        field.setText("");
      } else {
        field.setText(form.text(name).get());
        field.textProperty().bindBidirectional(form.text(name));
      }
    });
  }

  /** Shows or hides a field (a humidity form's or the lamps' fields). */
  void show(String name, boolean shown) {
    cells.get(name).setVisible(shown);
  }

  /** Shows each field's problem, as {@code problemOf} gives it, and redecorates the fields. */
  void showProblems(Function<String, Optional<String>> problemOf) {
    errors.forEach((name, error) -> error.setText(problemOf.apply(name).orElse("")));
    validation.revalidate();
  }

  /** The field names shown now. */
  List<String> shownFields() {
    return cells.entrySet().stream().filter(e -> e.getValue().isVisible()).map(Map.Entry::getKey).toList();
  }
}
