package org.hortus.app.ui.users;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.UserService;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.ConsolePage;

/**
 * The administrators' users page: the accounts in a table, a form to create one, and acts on the
 * selected one (role, disable and enable, unlock, new password). Every act goes through {@link
 * UserService}, which checks the right to manage users and audits it; the page shows its outcome
 * or its refusal in words. Passwords are hashed on the background executor while a busy indicator
 * turns. Code-only, on a {@link UsersViewModel}; built on the FX thread.
 */
public final class UsersPage {

  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  private final BorderPane root = new BorderPane();

  /** The page with the production password hasher (600,000 iterations). */
  public static ConsolePage build(ConsoleContext context) {
    return build(context, new PasswordHasher());
  }

  /** The page hashing with {@code hasher}: tests pass a quick one. */
  public static ConsolePage build(ConsoleContext context, PasswordHasher hasher) {
    Objects.requireNonNull(hasher, "hasher");
    UserService service = new UserService(context.database(), new AuditLog(context.database()), hasher);
    UserTexts texts = new UserTexts(context.messages(), zone(context));
    UsersViewModel model = new UsersViewModel(
        service, context.session(), texts, context.fx(), context.background(), Instant::now);
    UsersPage page = new UsersPage(texts, model);
    model.refresh();
    return ConsolePage.of(page.root, model::stop);
  }

  private UsersPage(UserTexts texts, UsersViewModel model) {
    Label title = new Label(texts.text("users.title"));
    title.getStyleClass().add("page-title");
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("users-busy");
    busy.setPrefSize(22, 22);
    busy.visibleProperty().bind(model.busy);
    Button refresh = new Button(texts.text("users.refresh"));
    refresh.setId("users-refresh");
    refresh.disableProperty().bind(model.busy);
    refresh.setOnAction(e -> model.refresh());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, busy, spacer, refresh);
    header.setAlignment(Pos.CENTER_LEFT);

    Label status = new Label();
    status.setId("users-status");
    status.getStyleClass().add("users-status");
    status.setWrapText(true);
    status.textProperty().bind(model.status);
    model.statusIsError.subscribe(error -> status.pseudoClassStateChanged(ERROR, error));

    UserTable table = new UserTable(texts, model);
    VBox forms = new VBox(16, new SelectedUserPane(texts, model).node(), new NewUserForm(texts, model).node());
    forms.setPadding(new Insets(0, 8, 0, 0));
    ScrollPane side = new ScrollPane(forms);
    side.setFitToWidth(true);
    side.setPrefWidth(400);
    side.setMinWidth(340);
    side.getStyleClass().add("users-side");
    HBox.setHgrow(table.node(), Priority.ALWAYS);
    HBox body = new HBox(16, table.node(), side);
    VBox.setVgrow(body, Priority.ALWAYS);

    VBox content = new VBox(8, header, status, body);
    content.setPadding(new Insets(12, 16, 12, 16));
    root.setCenter(content);
    root.setId("users-page");
    root.getStyleClass().add("users-page");
    root.getStylesheets().add(
        Objects.requireNonNull(UsersPage.class.getResource("/org/hortus/assets/theme/pages/users.css"))
            .toExternalForm());
  }

  Parent root() {
    return root;
  }

  private static ZoneId zone(ConsoleContext context) {
    return context.runtime().park().site().zone();
  }
}
