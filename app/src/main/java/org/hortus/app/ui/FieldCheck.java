package org.hortus.app.ui;

import javafx.beans.binding.StringExpression;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * Validation as you type for a text field whose problem a view model computes: ControlsFX marks
 * the field (style class {@code error}, drawn by the page's sheet), and a label under it says the
 * problem in words, for people, screen readers and tests. Style classes, not graphic decorations,
 * so the scene root is never wrapped. FX thread only.
 */
public final class FieldCheck {

  private final ValidationSupport support = new ValidationSupport();

  public FieldCheck() {
    support.setValidationDecorator(new StyleClassValidationDecoration());
  }

  /** Marks {@code field} while {@code problem} is not empty; returns the label showing it. */
  public Label watch(TextInputControl field, StringExpression problem, String labelId) {
    support.registerValidator(
        field,
        false,
        (javafx.scene.control.Control control, String value) ->
            ValidationResult.fromErrorIf(control, problem.get(), !problem.get().isEmpty()));
    problem.addListener((observable, before, now) -> support.revalidate(field));
    Label message = new Label();
    message.setId(labelId);
    message.getStyleClass().addAll("error-text", "field-problem");
    message.setWrapText(true);
    message.textProperty().bind(problem);
    message.managedProperty().bind(problem.isNotEmpty());
    message.visibleProperty().bind(message.managedProperty());
    return message;
  }
}
