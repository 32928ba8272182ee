package org.hortus.app.ui;

import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.store.Database;

/** The first start of a console with no users: create the administrator, then sign in. */
public final class FirstRunView {

  private final VBox root = new VBox(12);

  public FirstRunView(Database database, Messages messages, Executor fx, ExecutorService background, Runnable created) {
    Label title = new Label(messages.text("firstrun.title"));
    title.getStyleClass().add("page-title");
    TextField user = new TextField();
    user.setId("firstrun-user");
    PasswordField password = new PasswordField();
    password.setId("firstrun-password");
    PasswordField repeat = new PasswordField();
    repeat.setId("firstrun-repeat");
    Button submit = new Button(messages.text("firstrun.submit"));
    submit.setId("firstrun-submit");
    submit.setDefaultButton(true);
    Label status = new Label();
    status.setId("firstrun-status");
    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.addRow(0, new Label(messages.text("firstrun.user")), user);
    form.addRow(1, new Label(messages.text("firstrun.password")), password);
    form.addRow(2, new Label(messages.text("firstrun.repeat")), repeat);
    form.add(submit, 1, 3);
    submit.setOnAction(e -> {
      char[] secret = password.getText().toCharArray();
      if (!Arrays.equals(secret, repeat.getText().toCharArray())) {
        status.setText(messages.text("firstrun.mismatch"));
        return;
      }
      String name = user.getText().trim();
      submit.setDisable(true);
      background.execute(() -> {
        try {
          new AuthService(database, new AuditLog(database), new PasswordHasher(), LockoutPolicy.DEFAULT)
              .ensureAdministrator(name, secret, Instant.now());
          fx.execute(created);
        } catch (Exception failure) {
          fx.execute(() -> {
            status.setText(messages.text("firstrun.failed", failure.getMessage()));
            submit.setDisable(false);
          });
        }
      });
    });
    root.getChildren().addAll(title, form, status);
    root.setAlignment(Pos.CENTER);
    root.setPadding(new Insets(48));
  }

  public Parent root() {
    return root;
  }
}
