package org.hortus.app.ui.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.beans.binding.StringExpression;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

/**
 * The audit filters: user, kind, from and to (date, optional time of day), the row limit, and the
 * button that applies them. A malformed time is marked (ControlsFX) and named under its field.
 * FX thread only.
 */
final class AuditFilterBar {

  private final FlowPane root = new FlowPane(12, 8);
  private final ValidationSupport validation = new ValidationSupport();

  AuditFilterBar(AuditTexts texts, AuditViewModel model, Runnable apply) {
    validation.setValidationDecorator(new StyleClassValidationDecoration());
    ComboBox<String> user = choice("audit-user", model.actors, texts::user);
    user.valueProperty().bindBidirectional(model.actor);
    ComboBox<String> kind = choice("audit-kind", model.kinds, texts::kind);
    kind.valueProperty().bindBidirectional(model.kind);
    ComboBox<Integer> limit = choice("audit-limit", javafx.collections.FXCollections.observableArrayList(
        AuditViewModel.LIMITS), n -> texts.messages().number(n, 0));
    limit.valueProperty().bindBidirectional(model.limit);

    DatePicker fromDate = date("audit-from-date", texts);
    fromDate.valueProperty().bindBidirectional(model.fromDate);
    TextField fromTime = time("audit-from-time", texts, apply);
    fromTime.textProperty().bindBidirectional(model.fromTime);
    DatePicker toDate = date("audit-to-date", texts);
    toDate.valueProperty().bindBidirectional(model.toDate);
    TextField toTime = time("audit-to-time", texts, apply);
    toTime.textProperty().bindBidirectional(model.toTime);

    Button show = new Button(texts.text("audit.filter.apply"));
    show.setId("audit-apply");
    show.setDefaultButton(true);
    show.disableProperty().bind(model.busy);
    show.setOnAction(e -> apply.run());

    root.getChildren().addAll(
        field(texts.text("audit.filter.user"), user),
        field(texts.text("audit.filter.kind"), kind),
        field(texts.text("audit.filter.from"), new HBox(4, fromDate, fromTime),
            problem(fromTime, model.fromError, "audit-from-error")),
        field(texts.text("audit.filter.to"), new HBox(4, toDate, toTime),
            problem(toTime, model.toError, "audit-to-error")),
        field(texts.text("audit.filter.limit"), limit),
        show);
    root.setAlignment(Pos.BOTTOM_LEFT);
    root.getStyleClass().add("audit-filters");
  }

  Node node() {
    return root;
  }

  private static <T> ComboBox<T> choice(String id, javafx.collections.ObservableList<T> items, Function<T, String> name) {
    ComboBox<T> box = new ComboBox<>(items);
    box.setId(id);
    box.setConverter(new StringConverter<>() {
      @Override
      public String toString(T value) {
        return value == null ? "" : name.apply(value);
      }

      @Override
      public T fromString(String text) {
        return items.stream().filter(i -> name.apply(i).equals(text)).findFirst().orElse(null);
      }
    });
    box.setVisibleRowCount(14);
    return box;
  }

  /** A date picker that writes dates as the console's language does, not the machine's. */
  private static DatePicker date(String id, AuditTexts texts) {
    DatePicker picker = new DatePicker();
    picker.setId(id);
    picker.setPrefWidth(140);
    DateTimeFormatter format =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(texts.messages().locale());
    picker.setConverter(new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : format.format(date);
      }

      @Override
      public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
          return null;
        }
        try {
          return LocalDate.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
          return picker.getValue(); // keep the last good date
        }
      }
    });
    picker.setPromptText(texts.text("audit.filter.date.prompt"));
    return picker;
  }

  private static TextField time(String id, AuditTexts texts, Runnable apply) {
    TextField field = new TextField();
    field.setId(id);
    field.setPrefColumnCount(5);
    field.setPromptText(texts.text("audit.filter.time.prompt"));
    field.setOnAction(e -> apply.run());
    return field;
  }

  private Label problem(TextField field, StringExpression problem, String id) {
    validation.registerValidator(field, false, (javafx.scene.control.Control c, String value) ->
        ValidationResult.fromErrorIf(c, problem.get(), !problem.get().isEmpty()));
    problem.addListener((o, before, now) -> validation.revalidate(field));
    Label label = new Label();
    label.setId(id);
    label.getStyleClass().addAll("error-text", "field-problem");
    label.textProperty().bind(problem);
    label.managedProperty().bind(problem.isNotEmpty());
    label.visibleProperty().bind(label.managedProperty());
    return label;
  }

  private static VBox field(String caption, Node control, Node... below) {
    VBox box = new VBox(2, new Label(caption), control);
    box.getChildren().addAll(below);
    return box;
  }
}
