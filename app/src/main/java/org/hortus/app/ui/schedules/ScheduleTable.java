package org.hortus.app.ui.schedules;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.hortus.app.schedule.SavedSchedule;

/**
 * The schedules as a table: kind, name, target, start, recurrence, dose or opening and duration,
 * validity and whether enabled ({@code #schedules-table}); a disabled schedule's row has the
 * pseudo-class {@code :off}. FX thread only.
 */
final class ScheduleTable {

  private static final PseudoClass OFF = PseudoClass.getPseudoClass("off");

  private final TableView<SavedSchedule> table = new TableView<>();

  ScheduleTable(ScheduleTexts texts) {
    var messages = texts.messages();
    table.setId("schedules-table");
    table.getStyleClass().add("schedules-table");
    table.setPlaceholder(new Label(messages.text("schedules.table.empty")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getColumns().add(column(messages.text("schedules.column.kind"), s -> texts.kind(s.schedule())));
    table.getColumns().add(column(messages.text("schedules.column.name"), s -> s.schedule().name()));
    table.getColumns().add(column(messages.text("schedules.column.target"), SavedSchedule::targetId));
    table.getColumns().add(column(messages.text("schedules.column.start"), s -> texts.time(s.schedule().timing().timeOfDay())));
    table.getColumns().add(column(messages.text("schedules.column.recurrence"), s -> texts.recurrence(s.schedule().timing().recurrence())));
    table.getColumns().add(column(messages.text("schedules.column.amount"), s -> texts.amount(s.schedule())));
    table.getColumns().add(column(messages.text("schedules.column.valid.from"), s -> texts.date(s.schedule().timing().validity().from())));
    table.getColumns().add(column(messages.text("schedules.column.valid.until"), s -> texts.date(s.schedule().timing().validity().until())));
    table.getColumns().add(column(messages.text("schedules.column.enabled"), s -> texts.enabled(s.schedule().enabled())));
    table.setRowFactory(view -> new TableRow<>() {
      @Override
      protected void updateItem(SavedSchedule item, boolean empty) {
        super.updateItem(item, empty);
        pseudoClassStateChanged(OFF, item != null && !item.schedule().enabled());
      }
    });
  }

  private static TableColumn<SavedSchedule, String> column(String title, Function<SavedSchedule, String> value) {
    TableColumn<SavedSchedule, String> column = new TableColumn<>(title);
    column.setCellValueFactory(cell -> new SimpleStringProperty(value.apply(cell.getValue())));
    return column;
  }

  /** Shows these rows, keeping the selected schedule selected when it is still shown. */
  void show(List<SavedSchedule> rows) {
    Long selected = table.getSelectionModel().getSelectedItem() == null ? null : table.getSelectionModel().getSelectedItem().id();
    table.getItems().setAll(rows);
    if (selected != null) {
      rows.stream().filter(r -> r.id() == selected).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
    }
  }

  ReadOnlyObjectProperty<SavedSchedule> selected() {
    return table.getSelectionModel().selectedItemProperty();
  }

  void select(long id) {
    table.getItems().stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
  }

  TableView<SavedSchedule> node() {
    return table;
  }
}
