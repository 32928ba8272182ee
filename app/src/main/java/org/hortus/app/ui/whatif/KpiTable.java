package org.hortus.app.ui.whatif;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.hortus.app.ui.Messages;

/** The KPI comparison as a table: a line per indicator, candidate and active side by side. */
final class KpiTable {

  private static final double ROW_HEIGHT = 26;

  private final Messages messages;
  private final TableView<KpiRow> table = new TableView<>();

  KpiTable(Messages messages) {
    this.messages = messages;
    table.setId("whatif-kpis");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().setAll(List.of(
        column("indicator", KpiRow::indicator, 380, false),
        column("unit", KpiRow::unit, 90, false),
        column("candidate", KpiRow::candidate, 140, true),
        column("active", KpiRow::active, 140, true),
        column("difference", KpiRow::difference, 140, true)));
    table.setPlaceholder(new Label(""));
    table.setFixedCellSize(ROW_HEIGHT);
  }

  private TableColumn<KpiRow, String> column(String key, Function<KpiRow, String> text, double width, boolean number) {
    TableColumn<KpiRow, String> column = new TableColumn<>(messages.text("whatif.kpi.column." + key));
    column.setId("whatif-kpi-" + key);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text.apply(row.getValue())));
    column.setPrefWidth(width);
    column.setMinWidth(width);
    if (!key.equals("indicator")) {
      column.setMaxWidth(width * 1.4); // the indicator's words take the room left
    }
    column.setSortable(false);
    if (number) {
      column.getStyleClass().add("whatif-number");
    }
    return column;
  }

  void show(List<KpiRow> rows) {
    table.getItems().setAll(rows);
    table.setPrefHeight(ROW_HEIGHT * (rows.size() + 1) + 8); // every line in sight, no empty ones
  }

  void clear() {
    table.getItems().clear();
  }

  TableView<KpiRow> root() {
    return table;
  }
}
