package org.hortus.app.ui.users;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.hortus.app.security.UserAccount;

/**
 * The accounts: name, role, enabled or disabled, locked until, created. A disabled account's row
 * has the pseudo-class {@code :disabled-account}, a locked one {@code :locked}. FX thread only.
 */
final class UserTable {

  private static final PseudoClass DISABLED = PseudoClass.getPseudoClass("disabled-account");
  private static final PseudoClass LOCKED = PseudoClass.getPseudoClass("locked");

  private final TableView<UserAccount> table = new TableView<>();
  private final UserTexts texts;
  private final UsersViewModel model;

  UserTable(UserTexts texts, UsersViewModel model) {
    this.texts = texts;
    this.model = model;
    table.setId("users-table");
    table.getStyleClass().add("users-table");
    table.setPlaceholder(new Label(texts.text("users.table.none")));
    table.getColumns().add(column("users.column.name", 140, UserAccount::username));
    table.getColumns().add(column("users.column.role", 130, u -> texts.role(u.role())));
    table.getColumns().add(column("users.column.state", 100, texts::state));
    table.getColumns().add(column("users.column.locked", 170, u -> texts.lockedUntil(u, model.now())));
    table.getColumns().add(column("users.column.created", 170, u -> texts.time(u.created())));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setRowFactory(v -> new UserRow());
    table.setItems(model.users);
    table.getSelectionModel().selectedItemProperty().subscribe(user -> {
      if (user != model.selected.get()) {
        model.selected.set(user);
      }
    });
    model.selected.subscribe(user -> {
      if (user != table.getSelectionModel().getSelectedItem()) {
        if (user == null) {
          table.getSelectionModel().clearSelection();
        } else {
          table.getSelectionModel().select(user);
        }
      }
    });
  }

  TableView<UserAccount> node() {
    return table;
  }

  private TableColumn<UserAccount, String> column(
      String key, double width, Function<UserAccount, String> text) {
    TableColumn<UserAccount, String> column = new TableColumn<>(texts.text(key));
    column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    column.setPrefWidth(width);
    return column;
  }

  private final class UserRow extends TableRow<UserAccount> {
    @Override
    protected void updateItem(UserAccount user, boolean empty) {
      super.updateItem(user, empty);
      pseudoClassStateChanged(DISABLED, !empty && user != null && user.disabled());
      pseudoClassStateChanged(LOCKED, !empty && user != null && user.lockedAt(model.now()));
    }
  }
}
