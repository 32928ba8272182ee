package org.hortus.app.ui;

import java.time.Instant;
import java.util.function.Consumer;
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
import org.hortus.app.security.LoginFailedException;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Session;
import org.hortus.app.store.Database;

/**
 * Sign-in: the password check (PBKDF2, deliberately slow) runs on the background executor; the
 * outcome comes back on the FX thread. A refusal shows the service's message, which does not
 * tell an unknown user from a wrong password.
 */
public final class LoginView {

  private final VBox root = new VBox(12);

  public LoginView(Database database, Messages messages, java.util.concurrent.Executor fx,
      java.util.concurrent.ExecutorService background, Consumer<Session> signedIn) {
    Label title = new Label(messages.text("login.title"));
    title.getStyleClass().add("page-title");
    TextField user = new TextField();
    user.setId("login-user");
    PasswordField password = new PasswordField();
    password.setId("login-password");
    Button submit = new Button(messages.text("login.submit"));
    submit.setId("login-submit");
    submit.setDefaultButton(true);
    Label status = new Label();
    status.setId("login-status");
    status.getStyleClass().add("error-text");

    GridPane form = new GridPane();
    form.setHgap(8);
    form.setVgap(8);
    form.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // centred under the title, not stretched
    form.addRow(0, new Label(messages.text("login.user")), user);
    form.addRow(1, new Label(messages.text("login.password")), password);
    form.add(submit, 1, 2);

    submit.setOnAction(event -> {
      String name = user.getText().trim();
      char[] secret = password.getText().toCharArray();
      password.clear();
      submit.setDisable(true);
      status.setText(messages.text("login.checking"));
      background.execute(() -> {
        try {
          AuthService auth = new AuthService(database, new AuditLog(database), new PasswordHasher(), LockoutPolicy.DEFAULT);
          Session session = auth.login(name, secret, Instant.now());
          fx.execute(() -> signedIn.accept(session));
        } catch (LoginFailedException e) {
          String why = e.lockedUntil()
              .map(until -> messages.text("login.failed.locked", name, messages.dateTime(until, java.time.ZoneId.systemDefault())))
              .orElseGet(() -> messages.text("login.failed.credentials"));
          fx.execute(() -> {
            status.setText(why);
            submit.setDisable(false);
          });
        } catch (Exception e) {
          fx.execute(() -> {
            status.setText(messages.text("login.failed.error", e.getMessage()));
            submit.setDisable(false);
          });
        }
      });
    });

    root.getChildren().addAll(title, form, status);
    root.setAlignment(Pos.CENTER);
    root.setPadding(new Insets(48));
    root.setMaxWidth(420);
    root.getStyleClass().add("login-view");
  }

  public Parent root() {
    return root;
  }
}
