package org.hortus.app.ui.users;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hortus.app.security.Role;
import org.hortus.app.security.UserAccount;
import org.hortus.app.ui.FieldCheck;

/**
 * Acts on the account selected in the table: change its role; disable it (after a confirmation
 * in place) or enable it again; lift a lockout; set a new password. FX thread only.
 */
final class SelectedUserPane {

  private final VBox root = new VBox(8);

  SelectedUserPane(UserTexts texts, UsersViewModel model) {
    Label title = new Label();
    title.setId("users-selected");
    title.getStyleClass().add("section-title");
    title.textProperty().bind(Bindings.createStringBinding(
        () -> model.selected.get() == null
            ? texts.text("users.selected.none")
            : texts.text("users.selected.title", model.selected.get().username()),
        model.selected));
    BooleanBinding none = model.selected.isNull().or(model.busy);

    ComboBox<Role> role = RoleChoice.create("users-role", texts);
    role.valueProperty().bindBidirectional(model.selectedRole);
    role.disableProperty().bind(none);
    Button changeRole = new Button(texts.text("users.selected.changeRole"));
    changeRole.setId("users-change-role");
    changeRole.disableProperty().bind(none.or(Bindings.createBooleanBinding(
        () -> model.selected.get() != null && model.selected.get().role() == model.selectedRole.get(),
        model.selected, model.selectedRole)));
    changeRole.setOnAction(e -> model.changeRole());

    Label confirmText = new Label();
    confirmText.setId("users-confirm-text");
    confirmText.setWrapText(true);
    Button confirmYes = new Button(texts.text("users.confirm.disable"));
    confirmYes.setId("users-confirm-yes");
    Button confirmNo = new Button(texts.text("users.confirm.cancel"));
    confirmNo.setId("users-confirm-no");
    HBox confirmButtons = new HBox(8, confirmYes, confirmNo);
    VBox confirm = new VBox(6, confirmText, confirmButtons);
    confirm.setId("users-confirm");
    confirm.getStyleClass().add("users-confirm");
    showIf(confirm, false);

    Button disable = new Button(texts.text("users.selected.disable"));
    disable.setId("users-disable");
    Button enable = new Button(texts.text("users.selected.enable"));
    enable.setId("users-enable");
    Button unlock = new Button(texts.text("users.selected.unlock"));
    unlock.setId("users-unlock");
    BooleanBinding disabledAccount = Bindings.createBooleanBinding(
        () -> model.selected.get() != null && model.selected.get().disabled(), model.selected);
    disable.disableProperty().bind(none.or(disabledAccount));
    enable.disableProperty().bind(none.or(disabledAccount.not()));
    unlock.disableProperty().bind(none.or(Bindings.createBooleanBinding(
        () -> !model.selectedIsLocked(), model.selected)));
    disable.setOnAction(e -> {
      confirmText.setText(texts.text("users.confirm.disable.text", model.selected.get().username()));
      showIf(confirm, true);
      confirmNo.requestFocus();
    });
    confirmYes.setOnAction(e -> {
      showIf(confirm, false);
      model.disable();
    });
    confirmNo.setOnAction(e -> showIf(confirm, false));
    model.selected.subscribe((UserAccount user) -> showIf(confirm, false));
    enable.setOnAction(e -> model.enable());
    unlock.setOnAction(e -> model.unlock());

    FieldCheck check = new FieldCheck();
    PasswordField password = new PasswordField();
    password.setId("users-reset-password");
    password.textProperty().bindBidirectional(model.resetPassword);
    password.disableProperty().bind(none);
    Label passwordProblem = check.watch(password, model.resetPasswordError, "users-reset-password-error");
    PasswordField repeat = new PasswordField();
    repeat.setId("users-reset-repeat");
    repeat.textProperty().bindBidirectional(model.resetRepeat);
    repeat.disableProperty().bind(none);
    Label repeatProblem = check.watch(repeat, model.resetRepeatError, "users-reset-repeat-error");
    Button reset = new Button(texts.text("users.reset.submit"));
    reset.setId("users-reset");
    reset.disableProperty().bind(model.canReset.not());
    reset.setOnAction(e -> model.resetPassword());

    HBox roleRow = new HBox(8, role, changeRole);
    roleRow.setAlignment(Pos.CENTER_LEFT);
    HBox stateRow = new HBox(8, disable, enable, unlock);
    Label resetTitle = new Label(texts.text("users.reset.title"));
    resetTitle.getStyleClass().add("section-title");
    GridPane resetForm = new GridPane();
    resetForm.setHgap(8);
    resetForm.setVgap(4);
    resetForm.add(new Label(texts.text("users.reset.password")), 0, 0);
    resetForm.add(new VBox(2, password, passwordProblem), 1, 0);
    resetForm.add(new Label(texts.text("users.reset.repeat")), 0, 1);
    resetForm.add(new VBox(2, repeat, repeatProblem), 1, 1);
    resetForm.add(reset, 1, 2);
    root.getChildren().addAll(title, roleRow, stateRow, confirm, resetTitle, resetForm);
    root.getStyleClass().add("users-panel");
  }

  VBox node() {
    return root;
  }

  private static void showIf(VBox box, boolean shown) {
    box.setVisible(shown);
    box.setManaged(shown);
  }
}
