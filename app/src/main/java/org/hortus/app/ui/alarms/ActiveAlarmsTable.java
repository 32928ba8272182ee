package org.hortus.app.ui.alarms;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmState;

/**
 * The alarms that are not NORMAL, most urgent first and, within a priority, newest first. Rows
 * carry pseudo-classes for their priority ({@code :urgent}, {@code :high}, …) and {@code
 * :unacknowledged}, so the style sheet colours them; the selection survives the refreshes. FX
 * thread only.
 */
final class ActiveAlarmsTable {

  static final Comparator<AlarmSnapshot> ORDER = Comparator
      .comparing(AlarmSnapshot::priority, Comparator.reverseOrder())
      .thenComparing(a -> a.since().orElse(Instant.EPOCH), Comparator.reverseOrder())
      .thenComparing(AlarmSnapshot::alarmId);

  private static final PseudoClass UNACKNOWLEDGED = PseudoClass.getPseudoClass("unacknowledged");

  private final TableView<AlarmSnapshot> table = new TableView<>();
  private final AlarmTexts texts;

  ActiveAlarmsTable(AlarmTexts texts) {
    this.texts = texts;
    table.setId("alarms-active");
    table.setPlaceholder(new Label(texts.messages().text("alarms.active.none")));
    table.getColumns().add(column("alarms.column.priority", 90, a -> texts.priority(a.priority())));
    table.getColumns().add(column("alarms.column.state", 150, a -> texts.state(a.state())));
    table.getColumns().add(column("alarms.column.alarm", 260, a -> texts.words(a.title())));
    table.getColumns().add(column("alarms.column.message", 380, a -> texts.words(a.words())));
    table.getColumns().add(column("alarms.column.since", 150, a -> texts.time(a.since())));
    table.setRowFactory(v -> new AlarmRow());
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
  }

  private TableColumn<AlarmSnapshot, String> column(String key, double width, Function<AlarmSnapshot, String> text) {
    TableColumn<AlarmSnapshot, String> column = new TableColumn<>(texts.messages().text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false); // the order is the alarm order: priority, then time
    return column;
  }

  /**
   * Shows the alarms of {@code board} that are not NORMAL, keeping the selected one selected. When
   * the same alarms are listed in the same order, rows are updated in place, so the rows stay put
   * under the operator's pointer.
   */
  void show(List<AlarmSnapshot> board) {
    Optional<String> selected = selected().map(AlarmSnapshot::alarmId);
    List<AlarmSnapshot> active = board.stream().filter(a -> a.state() != AlarmState.NORMAL).sorted(ORDER).toList();
    ObservableList<AlarmSnapshot> items = table.getItems();
    if (items.stream().map(AlarmSnapshot::alarmId).toList().equals(active.stream().map(AlarmSnapshot::alarmId).toList())) {
      for (int i = 0; i < active.size(); i++) {
        if (!items.get(i).equals(active.get(i))) {
          items.set(i, active.get(i));
        }
      }
    } else {
      items.setAll(active);
    }
    if (!selected.equals(selected().map(AlarmSnapshot::alarmId))) {
      selected.ifPresent(this::select);
    }
  }

  /** Selects an alarm by id, if listed. */
  void select(String alarmId) {
    ObservableList<AlarmSnapshot> items = table.getItems();
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).alarmId().equals(alarmId)) {
        table.getSelectionModel().select(i);
        return;
      }
    }
  }

  Optional<AlarmSnapshot> selected() {
    return Optional.ofNullable(table.getSelectionModel().getSelectedItem());
  }

  List<AlarmSnapshot> shown() {
    return List.copyOf(table.getItems());
  }

  TableView<AlarmSnapshot> node() {
    return table;
  }

  private static final class AlarmRow extends TableRow<AlarmSnapshot> {
    private final Tooltip alarmId = new Tooltip();

    @Override
    protected void updateItem(AlarmSnapshot alarm, boolean empty) {
      super.updateItem(alarm, empty);
      for (AlarmPriority priority : AlarmPriority.values()) {
        pseudoClassStateChanged(PseudoClass.getPseudoClass(priority.name().toLowerCase(Locale.ROOT)),
            !empty && alarm != null && alarm.priority() == priority);
      }
      pseudoClassStateChanged(UNACKNOWLEDGED, !empty && alarm != null && alarm.state().awaitsAcknowledgement());
      if (empty || alarm == null) {
        setTooltip(null);
      } else {
        alarmId.setText(alarm.alarmId());
        setTooltip(alarmId);
      }
    }
  }
}
