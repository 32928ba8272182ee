package org.hortus.app.ui.schedules;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.hortus.app.schedule.ScheduleProblem.Field;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.ShownAs;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;

/**
 * The schedule editor: kind, name, target, start time, recurrence, dose or opening and duration,
 * validity and enabled, each field checked as it is typed (its problem in a label under it, id
 * {@code <field id>-error}, and a ControlsFX decoration), and next to it the conflicts the schedule
 * would cause ({@code #schedule-conflicts}). Save and cancel are handed to the page. FX thread only.
 */
final class ScheduleEditorView extends VBox {

  private final ScheduleEditorViewModel model;
  private final Messages messages;
  private final ValidationSupport validation = new ValidationSupport();
  private final Map<Field, Control> fieldControls = new EnumMap<>(Field.class);
  private final ComboBox<String> target = new ComboBox<>();
  private final Label title = new Label();
  final Button save = new Button();
  final Button cancel = new Button();
  final Label status = new Label();
  private final VBox conflictList = new VBox(4);
  private final boolean mayEdit;

  ScheduleEditorView(ScheduleEditorViewModel model, ScheduleTexts texts, Park park, boolean mayEdit) {
    super(8);
    this.mayEdit = mayEdit;
    this.model = model;
    this.messages = texts.messages();
    setId("schedule-editor");
    getStyleClass().add("schedule-editor");
    title.getStyleClass().add("section-title");
    title.setId("schedule-editor-title");

    ChoiceBox<ScheduleKind> kind = choice("schedule-kind", ScheduleKind.values(),
        k -> messages.text(k == ScheduleKind.IRRIGATION ? "schedules.kind.irrigation" : "schedules.kind.ventilation"));
    kind.valueProperty().bindBidirectional(model.kind);
    kind.disableProperty().bind(model.editing());
    TextField name = text("schedule-name", model.name);
    target.setId("schedule-target");
    target.setEditable(true);
    target.getEditor().textProperty().bindBidirectional(model.target);
    target.valueProperty().subscribe(v -> {
      if (v != null && !v.equals(model.target.get())) {
        model.target.set(v);
      }
    });
    model.kind.subscribe(k -> target.getItems().setAll(targets(park, k)));
    TextField time = text("schedule-time", model.time);
    time.setPromptText(messages.text("schedules.field.time.prompt"));
    time.setPrefColumnCount(5);

    ChoiceBox<RecurrenceChoice> recurrence = choice("schedule-recurrence", RecurrenceChoice.values(), r -> messages.text(r.key));
    recurrence.valueProperty().bindBidirectional(model.recurrence);
    FlowPane days = new FlowPane(6, 4);
    days.setId("schedule-weekdays");
    for (DayOfWeek day : DayOfWeek.values()) {
      CheckBox box = new CheckBox(texts.weekday(day));
      box.setId("schedule-weekday-" + day.name());
      box.selectedProperty().bindBidirectional(model.weekdays.get(day));
      days.getChildren().add(box);
    }
    days.visibleProperty().bind(model.recurrence.isEqualTo(RecurrenceChoice.WEEKDAYS));
    days.managedProperty().bind(days.visibleProperty());
    TextField everyDays = text("schedule-every-days", model.everyDays);
    everyDays.setPrefColumnCount(3);
    HBox every = new HBox(6, new Label(messages.text("schedules.field.every")), everyDays,
        new Label(messages.text("schedules.field.every.days")));
    every.setAlignment(Pos.BASELINE_LEFT);
    every.visibleProperty().bind(model.recurrence.isEqualTo(RecurrenceChoice.EVERY_N_DAYS));
    every.managedProperty().bind(every.visibleProperty());

    TextField dose = text("schedule-dose", model.dose);
    dose.setPrefColumnCount(6);
    ChoiceBox<DoseUnit> unit = choice("schedule-dose-unit", DoseUnit.values(), u -> messages.text(u.key));
    unit.valueProperty().bindBidirectional(model.doseUnit);
    TextField opening = text("schedule-opening", model.opening);
    opening.setPrefColumnCount(5);
    TextField duration = text("schedule-duration", model.duration);
    duration.setPrefColumnCount(5);
    DatePicker from = new DatePicker();
    from.setId("schedule-valid-from");
    from.setConverter(dates());
    from.valueProperty().bindBidirectional(model.validFrom);
    DatePicker until = new DatePicker();
    until.setId("schedule-valid-until");
    until.setConverter(dates());
    until.valueProperty().bindBidirectional(model.validUntil);
    CheckBox enabled = new CheckBox(messages.text("schedules.field.enabled"));
    enabled.setId("schedule-enabled");
    enabled.selectedProperty().bindBidirectional(model.enabled);

    fieldControls.put(Field.NAME, name);
    fieldControls.put(Field.TARGET, target);
    fieldControls.put(Field.TIME, time);
    fieldControls.put(Field.RECURRENCE, recurrence);
    fieldControls.put(Field.DOSE, dose);
    fieldControls.put(Field.OPENING, opening);
    fieldControls.put(Field.DURATION, duration);
    fieldControls.put(Field.VALID_UNTIL, until);

    GridPane grid = new GridPane(10, 2);
    int row = 0;
    grid.addRow(row++, label("schedules.field.kind"), kind);
    row = field(grid, row, "schedules.field.name", name, Field.NAME, "schedule-name");
    row = field(grid, row, "schedules.field.target", target, Field.TARGET, "schedule-target");
    row = field(grid, row, "schedules.field.time", time, Field.TIME, "schedule-time");
    row = field(grid, row, "schedules.field.recurrence", new VBox(4, recurrence, days, every), Field.RECURRENCE,
        "schedule-recurrence");
    Node irrigationRow = new HBox(6, dose, unit);
    row = field(grid, row, "schedules.field.dose", irrigationRow, Field.DOSE, "schedule-dose");
    HBox openingRow = new HBox(6, opening, new Label("%"));
    openingRow.setAlignment(Pos.BASELINE_LEFT);
    row = field(grid, row, "schedules.field.opening", openingRow, Field.OPENING, "schedule-opening");
    HBox durationRow = new HBox(6, duration, new Label(messages.text("schedules.field.minutes")));
    durationRow.setAlignment(Pos.BASELINE_LEFT);
    row = field(grid, row, "schedules.field.duration", durationRow, Field.DURATION, "schedule-duration");
    grid.addRow(row++, label("schedules.field.valid.from"), from);
    row = field(grid, row, "schedules.field.valid.until", until, Field.VALID_UNTIL, "schedule-valid-until");
    grid.addRow(row, new Label(), enabled);
    showFor(grid, ScheduleKind.IRRIGATION, "schedule-dose");
    showFor(grid, ScheduleKind.VENTILATION, "schedule-opening", "schedule-duration");

    save.setId("schedule-save");
    save.setText(messages.text("schedules.save"));
    save.setDefaultButton(true);
    save.disableProperty().bind(model.valid().not());
    cancel.setId("schedule-cancel");
    cancel.setText(messages.text("schedules.cancel"));
    status.setId("schedule-form-status");
    status.setWrapText(true);
    HBox buttons = new HBox(8, save, cancel);

    conflictList.setId("schedule-conflicts");
    conflictList.getStyleClass().add("schedule-conflicts");
    Label conflictTitle = new Label(messages.text("schedules.conflicts.title", org.hortus.app.schedule.ScheduleConflictCheck.DAYS));
    conflictTitle.getStyleClass().add("section-title");
    conflictTitle.setWrapText(true);
    model.conflicts().addListener((ListChangeListener<String>) c -> showConflicts());
    showConflicts();

    model.editing().subscribe(e -> title.setText(messages.text(e ? "schedules.editor.edit" : "schedules.editor.new")));

    VBox form = new VBox(8, title, grid, buttons, status);
    VBox conflictsBox = new VBox(6, conflictTitle, conflictList);
    conflictsBox.getStyleClass().add("schedule-conflicts-box");
    conflictsBox.setPrefWidth(240);
    conflictsBox.setMinWidth(180);
    HBox.setHgrow(conflictsBox, javafx.scene.layout.Priority.ALWAYS);
    HBox body = new HBox(16, form, conflictsBox);
    getChildren().add(body);
    setPadding(new Insets(8));
    if (!mayEdit) {
      form.setDisable(true);
    } else {
      registerValidators();
    }
  }

  private int field(GridPane grid, int row, String labelKey, Node control, Field field, String id) {
    Label error = new Label();
    error.setId(id + "-error");
    error.getStyleClass().add("error-text");
    error.setWrapText(true);
    error.textProperty().bind(model.error(field));
    // A reader who may not edit has nothing to correct: no field messages for them.
    error.visibleProperty().bind(model.error(field).isNotEmpty().and(new javafx.beans.property.SimpleBooleanProperty(mayEdit)));
    error.managedProperty().bind(error.visibleProperty());
    Label label = label(labelKey);
    label.setUserData(id);
    control.setUserData(id);
    error.setUserData(id);
    grid.addRow(row, label, control);
    grid.add(error, 1, row + 1);
    return row + 2;
  }

  /** Shows the rows whose user data is one of {@code ids} only for schedules of {@code kind}. */
  private void showFor(GridPane grid, ScheduleKind kind, String... ids) {
    for (Node node : grid.getChildren()) {
      for (String id : ids) {
        if (id.equals(node.getUserData())) {
          var shown = model.kind.isEqualTo(kind);
          if (node.getId() != null && node.getId().endsWith("-error")) {
            node.visibleProperty().bind(shown.and(((Label) node).textProperty().isNotEmpty()));
          } else {
            node.visibleProperty().bind(shown);
          }
          node.managedProperty().bind(node.visibleProperty());
        }
      }
    }
  }

  private void registerValidators() {
    fieldControls.forEach((field, control) -> {
      ReadOnlyStringProperty error = model.error(field);
      validation.registerValidator(control, false,
          (Control c, Object value) -> ValidationResult.fromErrorIf(c, error.get(), !error.get().isEmpty()));
      error.addListener((o, was, now) -> validation.revalidate(control));
    });
  }

  private void showConflicts() {
    conflictList.getChildren().clear();
    if (model.conflicts().isEmpty()) {
      Label none = new Label(messages.text("schedules.conflicts.none"));
      none.setId("schedule-conflicts-none");
      none.getStyleClass().add("schedule-conflicts-none");
      conflictList.getChildren().add(none);
      return;
    }
    for (String line : model.conflicts()) {
      Label conflict = new Label(line);
      conflict.setWrapText(true);
      conflict.getStyleClass().add("schedule-conflict");
      conflictList.getChildren().add(conflict);
    }
  }

  /** Dates typed and shown as the chosen language writes them. */
  private StringConverter<java.time.LocalDate> dates() {
    return dateConverter(messages);
  }

  static StringConverter<java.time.LocalDate> dateConverter(Messages messages) {
    return new javafx.util.converter.LocalDateStringConverter(
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(messages.locale()), null);
  }

  private Label label(String key) {
    Label label = new Label(messages.text(key));
    label.setMinWidth(Region.USE_PREF_SIZE);
    return label;
  }

  private TextField text(String id, javafx.beans.property.StringProperty property) {
    TextField field = new TextField();
    field.setId(id);
    field.textProperty().bindBidirectional(property);
    return field;
  }

  private static <T> ChoiceBox<T> choice(String id, T[] values, Function<T, String> text) {
    ChoiceBox<T> box = new ChoiceBox<>();
    box.setId(id);
    box.getItems().setAll(values);
    box.setConverter(ShownAs.words(text));
    return box;
  }

  private static java.util.List<String> targets(Park park, ScheduleKind kind) {
    return kind == ScheduleKind.IRRIGATION
        ? park.greenhouses().stream().flatMap(g -> g.zones().stream()).map(z -> z.id()).toList()
        : park.greenhouses().stream().map(Greenhouse::id).toList();
  }
}
