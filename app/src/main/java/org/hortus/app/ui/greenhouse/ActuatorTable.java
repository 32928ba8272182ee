package org.hortus.app.ui.greenhouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.hortus.app.ui.Messages;
import org.hortus.app.ui.overview.Numbers;
import org.hortus.app.ui.reasons.ReasonTexts;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ActuatorCommand;
import org.hortus.model.control.ClimateScan;

/**
 * Every actuator of the greenhouse with its command this scan, the unit, what decided it and why,
 * in the user's language ({@link ReasonTexts}).
 * The rows are replaced only when something changed, so a refresh twice a second costs nothing
 * while the house is steady. FX thread only.
 */
final class ActuatorTable {

  private static final double ROW_HEIGHT = 26;

  private final Messages messages;
  private final Numbers numbers;
  private final ReasonTexts reasons;
  private final TableView<ActuatorRow> table = new TableView<>();

  ActuatorTable(Messages messages, Numbers numbers, ReasonTexts reasons) {
    this.messages = messages;
    this.numbers = numbers;
    this.reasons = reasons;
    table.setId("actuator-table");
    table
        .getColumns()
        .addAll(
            List.of(
                column("greenhouse.actuators.actuator", ActuatorRow::name, 200),
                column("greenhouse.actuators.command", ActuatorRow::command, 80),
                column("greenhouse.actuators.unit", ActuatorRow::unit, 60),
                column("greenhouse.actuators.decidedby", ActuatorRow::decidedBy, 150),
                column("greenhouse.actuators.reason", ActuatorRow::reason, 520)));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setFixedCellSize(ROW_HEIGHT);
    table.setPrefHeight(ROW_HEIGHT * (Actuator.values().length + 1) + 2);
    table.setMinHeight(table.getPrefHeight());
    table.setPlaceholder(new Label(messages.text("greenhouse.actuators.none")));
  }

  private TableColumn<ActuatorRow, String> column(
      String titleKey, Function<ActuatorRow, String> value, double width) {
    TableColumn<ActuatorRow, String> column = new TableColumn<>(messages.text(titleKey));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setMaxWidth(titleKey.endsWith(".reason") ? 4000 : width * 1.4); // not MAX_VALUE: its header text would not show
    column.setSortable(false);
    return column;
  }

  /** Shows a scan's commands, or empties the table when there is no scan yet. */
  void show(ClimateScan scan) {
    List<ActuatorRow> rows = new ArrayList<>();
    if (scan != null) {
      for (Actuator actuator : Actuator.values()) {
        ActuatorCommand command = scan.command(actuator);
        if (command != null) {
          rows.add(
              new ActuatorRow(
                  actuator,
                  name(messages, actuator),
                  command(actuator, command.value()),
                  reasons.unit(actuator),
                  reasons.decider(command.decider()),
                  reasons.text(command.because())));
        }
      }
    }
    if (!rows.equals(table.getItems())) {
      table.getItems().setAll(rows);
    }
  }

  private String command(Actuator actuator, double value) {
    return switch (actuator) {
      case LAMPS -> messages.text(value > 0.5 ? "greenhouse.lamps.on" : "greenhouse.lamps.off");
      case HEATING_PIPE_TEMPERATURE, CO2_DOSING -> numbers.format(value, 1);
      default -> numbers.format(value, 0);
    };
  }

  /** An actuator's name in the user's language. */
  static String name(Messages messages, Actuator actuator) {
    return messages.text("greenhouse.actuator." + actuator.name().toLowerCase(Locale.ROOT));
  }

  TableView<ActuatorRow> node() {
    return table;
  }
}
