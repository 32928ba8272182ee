package org.hortus.app.ui.audit;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditRecord;

/**
 * The audit rows, newest first: row number, time (in the park's zone), user, action (its label),
 * target and the change in one line; the change cell's tooltip holds the stored before and after
 * state. FX thread only.
 */
final class AuditTable {

  private final TableView<AuditEntry> table = new TableView<>();
  private final AuditTexts texts;

  AuditTable(AuditTexts texts, AuditViewModel model) {
    this.texts = texts;
    table.setId("audit-table");
    table.getStyleClass().add("audit-table");
    table.setPlaceholder(new Label(texts.text("audit.table.none")));
    table.getColumns().add(column("audit.column.seq", 60, e -> Long.toString(e.seq())));
    table.getColumns().add(column("audit.column.time", 170, e -> texts.time(e.record().at())));
    table.getColumns().add(column("audit.column.user", 100, e -> actor(e.record().actor())));
    table.getColumns().add(column("audit.column.action", 170, e -> texts.action(e.record().action())));
    table.getColumns().add(column("audit.column.target", 160, e -> e.record().subject()));
    TableColumn<AuditEntry, String> change = column("audit.column.change", 420, e -> texts.change(e.record()));
    change.setCellFactory(c -> new ChangeCell());
    table.getColumns().add(change);
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setItems(model.rows);
  }

  TableView<AuditEntry> node() {
    return table;
  }

  private TableColumn<AuditEntry, String> column(String key, double width, Function<AuditEntry, String> text) {
    TableColumn<AuditEntry, String> column = new TableColumn<>(texts.text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    column.setSortable(false); // the order is the chain's, newest first
    return column;
  }

  /** The built-in system account in the reader's language; people's names as stored. */
  private String actor(String name) {
    return name.equals(org.hortus.app.security.AuthService.SYSTEM_ACTOR) ? texts.text("audit.actor.system") : name;
  }

  private final class ChangeCell extends TableCell<AuditEntry, String> {
    @Override
    protected void updateItem(String text, boolean empty) {
      super.updateItem(text, empty);
      setText(empty ? null : text);
      AuditEntry entry = empty ? null : getTableRow().getItem();
      if (entry == null) {
        setTooltip(null);
        return;
      }
      AuditRecord r = entry.record();
      setTooltip(new Tooltip(texts.text("audit.change.tooltip", r.beforeJson(), r.afterJson())));
    }
  }
}
