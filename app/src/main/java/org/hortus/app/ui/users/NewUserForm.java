package org.hortus.app.ui.users;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hortus.app.security.Role;
import org.hortus.app.ui.FieldCheck;

/**
 * Creating an account: name, role, password twice, each checked as you type with the message
 * under the field; the button works once all is valid. FX thread only.
 */
final class NewUserForm {

  private final VBox root = new VBox(8);

  NewUserForm(UserTexts texts, UsersViewModel model) {
    Label title = new Label(texts.text("users.new.title"));
    title.getStyleClass().add("section-title");
    FieldCheck check = new FieldCheck();

    TextField name = new TextField();
    name.setId("users-new-name");
    name.setPromptText(texts.text("users.new.name.prompt"));
    name.textProperty().bindBidirectional(model.newName);
    Label nameProblem = check.watch(name, model.newNameError, "users-new-name-error");

    ComboBox<Role> role = RoleChoice.create("users-new-role", texts);
    role.valueProperty().bindBidirectional(model.newRole);

    PasswordField password = new PasswordField();
    password.setId("users-new-password");
    password.textProperty().bindBidirectional(model.newPassword);
    Label passwordProblem = check.watch(password, model.newPasswordError, "users-new-password-error");

    PasswordField repeat = new PasswordField();
    repeat.setId("users-new-repeat");
    repeat.textProperty().bindBidirectional(model.newRepeat);
    Label repeatProblem = check.watch(repeat, model.newRepeatError, "users-new-repeat-error");

    Button create = new Button(texts.text("users.new.create"));
    create.setId("users-create");
    create.disableProperty().bind(model.canCreate.not());
    create.setOnAction(e -> model.create());

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(4);
    form.add(new Label(texts.text("users.new.name")), 0, 0);
    form.add(new VBox(2, name, nameProblem), 1, 0);
    form.add(new Label(texts.text("users.new.role")), 0, 1);
    form.add(role, 1, 1);
    form.add(new Label(texts.text("users.new.password")), 0, 2);
    form.add(new VBox(2, password, passwordProblem), 1, 2);
    form.add(new Label(texts.text("users.new.repeat")), 0, 3);
    form.add(new VBox(2, repeat, repeatProblem), 1, 3);
    form.add(create, 1, 4);
    root.getChildren().addAll(title, form);
    root.getStyleClass().add("users-panel");
  }

  VBox node() {
    return root;
  }
}
