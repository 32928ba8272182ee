package org.hortus.app.ui.whatif;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.hortus.app.sim.WhatIfComparison;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.ShownAs;
import org.hortus.model.park.Greenhouse;

/**
 * The what-if form: greenhouse, recipe to try, first day and days, checked as typed (a ControlsFX
 * decoration on the field and the problem in words under it), and Run, Cancel and the progress
 * bar. The state is in {@link WhatIfViewModel}. FX thread only.
 */
final class WhatIfForm {

  static final int DEFAULT_DAYS = 7;

  private final Messages messages;
  private final WhatIfViewModel model;
  final ComboBox<Greenhouse> greenhouse = new ComboBox<>();
  final ComboBox<RecipeChoice> recipe = new ComboBox<>();
  final Label active = new Label();
  final DatePicker from = new DatePicker();
  final Label fromMessage = new Label();
  final Spinner<Integer> days = new Spinner<>();
  final Label daysMessage = new Label();
  final Label period = new Label();
  final Button run = new Button();
  final Button cancel = new Button();
  final ProgressBar progress = new ProgressBar(0);
  final Label status = new Label();
  private final GridPane root = new GridPane();
  private final ValidationSupport validation = new ValidationSupport();

  WhatIfForm(Messages messages, ZoneId zone, WhatIfViewModel model, List<Greenhouse> houses, LocalDate firstDay) {
    this.messages = messages;
    this.model = model;
    greenhouse.setId("whatif-greenhouse");
    greenhouse.getItems().setAll(houses);
    greenhouse.setConverter(ShownAs.words(h -> messages.text("whatif.greenhouse.item", h.id(), h.name())));
    model.greenhouse().bind(greenhouse.valueProperty());
    recipe.setId("whatif-recipe");
    recipe.setConverter(ShownAs.words(c -> c.label(messages, zone)));
    recipe.setPromptText(messages.text("whatif.recipe.loading"));
    recipe.setPrefWidth(460);
    model.recipe().bind(recipe.valueProperty());
    active.setId("whatif-active");
    active.setWrapText(true);
    active.getStyleClass().add("whatif-muted");

    from.setId("whatif-from");
    from.setEditable(true);
    from.setPromptText(messages.text("whatif.from.prompt"));
    from.setConverter(dates());
    from.setValue(firstDay);
    from.getEditor().setText(WhatIfViewModel.DATE.format(firstDay));
    model.fromText().bind(from.getEditor().textProperty());
    fromMessage.setId("whatif-from-message");
    fromMessage.getStyleClass().add("error-text");
    fromMessage.textProperty().bind(model.fromProblem());
    shownWhenSaid(fromMessage);

    SpinnerValueFactory.IntegerSpinnerValueFactory factory =
        new SpinnerValueFactory.IntegerSpinnerValueFactory(1, WhatIfComparison.MAX_DAYS, DEFAULT_DAYS);
    factory.setConverter(wholeDays(factory));
    days.setValueFactory(factory);
    days.setId("whatif-days");
    days.setEditable(true);
    days.setPrefWidth(110);
    days.getEditor().setText(String.valueOf(DEFAULT_DAYS));
    model.daysText().bind(days.getEditor().textProperty());
    daysMessage.setId("whatif-days-message");
    daysMessage.getStyleClass().add("error-text");
    daysMessage.textProperty().bind(model.daysProblem());
    shownWhenSaid(daysMessage);

    period.setId("whatif-period");
    period.getStyleClass().add("whatif-muted");
    model.fromText().subscribe(t -> showPeriod());
    model.daysText().subscribe(t -> showPeriod());

    validation.registerValidator(from.getEditor(), false, (Control c, String text) ->
        ValidationResult.fromErrorIf(c, WhatIfViewModel.fromProblem(messages, text).orElse(""),
            WhatIfViewModel.fromProblem(messages, text).isPresent()));
    validation.registerValidator(days.getEditor(), false, (Control c, String text) ->
        ValidationResult.fromErrorIf(c, WhatIfViewModel.daysProblem(messages, text).orElse(""),
            WhatIfViewModel.daysProblem(messages, text).isPresent()));

    run.setId("whatif-run");
    run.setText(messages.text("whatif.run"));
    run.setDefaultButton(true);
    run.disableProperty().bind(model.canRun().not());
    cancel.setId("whatif-cancel");
    cancel.setText(messages.text("whatif.cancel"));
    cancel.disableProperty().bind(model.running().not());
    progress.setId("whatif-progress");
    progress.setPrefWidth(320);
    status.setId("whatif-status");
    status.setWrapText(true);

    layout();
  }

  private void layout() {
    root.getStyleClass().add("whatif-form");
    root.setHgap(10);
    root.setVgap(6);
    int row = 0;
    root.addRow(row++, label("whatif.greenhouse", greenhouse), greenhouse);
    root.addRow(row++, label("whatif.recipe", recipe), new VBox(4, recipe, active));
    Label daysLabel = new Label(messages.text("whatif.days"));
    daysLabel.setLabelFor(days);
    HBox dates = new HBox(8, from, daysLabel, days, period);
    dates.setAlignment(Pos.CENTER_LEFT);
    root.addRow(row++, label("whatif.from", from), new VBox(2, dates, fromMessage, daysMessage));
    HBox actions = new HBox(8, run, cancel, progress);
    actions.setAlignment(Pos.CENTER_LEFT);
    root.addRow(row++, new Label(), new VBox(4, actions, status));
  }

  private Label label(String key, Control field) {
    Label label = new Label(messages.text(key));
    label.setLabelFor(field);
    label.setMinHeight(Region.USE_PREF_SIZE);
    GridPane.setValignment(label, VPos.TOP);
    label.setPadding(new Insets(4, 0, 0, 0));
    return label;
  }

  /** A message label takes room only while it says something. */
  private static void shownWhenSaid(Label message) {
    message.visibleProperty().bind(message.textProperty().isNotEmpty());
    message.managedProperty().bind(message.visibleProperty());
  }

  private void showPeriod() {
    period.setText(model.periodText().orElse(""));
  }

  GridPane root() {
    return root;
  }

  /** ISO dates in the editor; a text that is no date leaves the chosen day as it was. */
  private StringConverter<LocalDate> dates() {
    return new StringConverter<>() {
      @Override
      public String toString(LocalDate date) {
        return date == null ? "" : WhatIfViewModel.DATE.format(date);
      }

      @Override
      public LocalDate fromString(String text) {
        return WhatIfViewModel.parseDate(text).orElse(from.getValue());
      }
    };
  }

  /** Whole days in the editor; a text that is no number leaves the days as they were. */
  private static StringConverter<Integer> wholeDays(SpinnerValueFactory<Integer> factory) {
    return new StringConverter<>() {
      @Override
      public String toString(Integer value) {
        return value == null ? "" : String.valueOf(value);
      }

      @Override
      public Integer fromString(String text) {
        var parsed = WhatIfViewModel.parseDays(text);
        return parsed.isPresent() ? parsed.getAsInt() : factory.getValue();
      }
    };
  }
}
