package org.hortus.app.ui.devices;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.hortus.devices.ConnectionState;

/**
 * The table of field devices: id, endpoint, state, reason and since when. A row whose device is not
 * CONNECTED carries the pseudo-class {@code :not-connected}, and {@code :down} when DOWN.
 */
final class DeviceTable {

  static final PseudoClass NOT_CONNECTED = PseudoClass.getPseudoClass("not-connected");
  static final PseudoClass DOWN = PseudoClass.getPseudoClass("down");

  private DeviceTable() {}

  static TableView<LiveRow<DeviceRow>> create(DeviceTexts texts) {
    TableView<LiveRow<DeviceRow>> table = new TableView<>();
    table.setId("devices-table");
    table.getStyleClass().add("devices-table");
    table.setPlaceholder(new Label(texts.text("placeholder.devices")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table
        .getColumns()
        .addAll(
            List.of(
                LiveRow.column(texts.text("column.id"), "devices-id", 170, DeviceRow::id),
                LiveRow.column(
                    texts.text("column.endpoint"),
                    "devices-endpoint",
                    280,
                    row -> row.health().endpoint()),
                LiveRow.column(
                    texts.text("column.state"),
                    "devices-state",
                    120,
                    row -> texts.state(row.health().state())),
                LiveRow.column(
                    texts.text("column.reason"),
                    "devices-reason",
                    360,
                    row -> row.health().reason()),
                LiveRow.column(
                    texts.text("column.since"),
                    "devices-since",
                    170,
                    row -> texts.since(row.health().since()))));
    table.setRowFactory(view -> row());
    return table;
  }

  private static TableRow<LiveRow<DeviceRow>> row() {
    TableRow<LiveRow<DeviceRow>> row = new TableRow<>();
    row.itemProperty()
        .flatMap(LiveRow::valueProperty)
        .subscribe(
            device -> {
              row.pseudoClassStateChanged(NOT_CONNECTED, device != null && !device.connected());
              row.pseudoClassStateChanged(
                  DOWN, device != null && device.health().state() == ConnectionState.DOWN);
            });
    return row;
  }
}
