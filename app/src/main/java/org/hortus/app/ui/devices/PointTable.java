package org.hortus.app.ui.devices;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/**
 * The table of one device's points: id, address, quality and its reason, engineering and raw value,
 * unit, last update and age. A row whose value is BAD carries the pseudo-class {@code :bad},
 * UNCERTAIN {@code :uncertain}.
 */
final class PointTable {

  static final PseudoClass BAD = PseudoClass.getPseudoClass("bad");
  static final PseudoClass UNCERTAIN = PseudoClass.getPseudoClass("uncertain");

  private PointTable() {}

  static TableView<LiveRow<PointRow>> create(DeviceTexts texts) {
    TableView<LiveRow<PointRow>> table = new TableView<>();
    table.setId("device-points-table");
    table.getStyleClass().add("device-points-table");
    table.setPlaceholder(new Label(texts.text("placeholder.points")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    String none = texts.text("none");
    table
        .getColumns()
        .addAll(
            List.of(
                LiveRow.column(texts.text("column.point"), "points-id", 200, r -> r.point().id()),
                LiveRow.column(
                    texts.text("column.address"), "points-address", 300, r -> r.point().address()),
                LiveRow.column(
                    texts.text("column.quality"),
                    "points-quality",
                    80,
                    r -> texts.quality(r.quality())),
                LiveRow.column(
                    texts.text("column.value"),
                    "points-value",
                    80,
                    r ->
                        r.latest()
                            .filter(v -> v.quality() != Quality.BAD)
                            .map(v -> texts.value(v.value()))
                            .orElse(none)),
                LiveRow.column(texts.text("column.raw"), "points-raw", 80, r -> texts.raw(r.raw())),
                LiveRow.column(texts.text("column.unit"), "points-unit", 60, r -> r.point().unit()),
                LiveRow.column(
                    texts.text("column.updated"),
                    "points-updated",
                    80,
                    r -> r.latest().map(v -> texts.time(v.receiveTime())).orElse(none)),
                LiveRow.column(
                    texts.text("column.age"),
                    "points-age",
                    90,
                    r -> r.age().map(texts::age).orElse(none)),
                LiveRow.column(
                    texts.text("column.reason"),
                    "points-reason",
                    240,
                    r -> r.latest().map(PointValue::reason).orElse(""))));
    table.setRowFactory(view -> row());
    return table;
  }

  private static TableRow<LiveRow<PointRow>> row() {
    TableRow<LiveRow<PointRow>> row = new TableRow<>();
    row.itemProperty()
        .flatMap(LiveRow::valueProperty)
        .subscribe(
            point -> {
              Quality quality = point == null ? null : point.quality().orElse(null);
              row.pseudoClassStateChanged(BAD, quality == Quality.BAD);
              row.pseudoClassStateChanged(UNCERTAIN, quality == Quality.UNCERTAIN);
            });
    return row;
  }
}
