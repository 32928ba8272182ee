package org.hortus.app.ui.audit;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.AuditViewService;
import org.hortus.app.ui.ConsoleContext;
import org.hortus.app.ui.ConsolePage;
import org.hortus.app.ui.Messages;

/**
 * The administrators' audit page: the audit rows filtered by user, kind and time, newest first,
 * up to a limit; an export of every filtered row as CSV; and the hash chain's verdict always in
 * sight, checked again at each refresh. Everything goes through {@link AuditViewService}, which
 * checks the right to view the audit log. Code-only, on an {@link AuditViewModel}; built on the FX
 * thread.
 */
public final class AuditPage {

  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

  private final BorderPane root = new BorderPane();
  private final AuditViewModel model;
  private final Function<Window, Optional<Path>> chooseFile;

  /** The page; the export asks for its file with a save dialog. */
  public static ConsolePage build(ConsoleContext context) {
    return build(context, saveDialog(context.messages()));
  }

  /** The page with another way to choose the export's file (tests give a path). */
  public static ConsolePage build(ConsoleContext context, Function<Window, Optional<Path>> chooseFile) {
    AuditPage page = new AuditPage(context, chooseFile);
    page.model.refresh();
    return ConsolePage.of(page.root, page.model::stop);
  }

  private AuditPage(ConsoleContext context, Function<Window, Optional<Path>> chooseFile) {
    this.chooseFile = Objects.requireNonNull(chooseFile, "chooseFile");
    AuditTexts texts = new AuditTexts(context.messages(), context.runtime().park().site().zone());
    this.model = new AuditViewModel(new AuditViewService(new AuditLog(context.database())),
        context.session(), texts, context.fx(), context.background());

    Label title = new Label(texts.text("audit.title"));
    title.getStyleClass().add("page-title");
    ProgressIndicator busy = new ProgressIndicator();
    busy.setId("audit-busy");
    busy.setPrefSize(22, 22);
    busy.visibleProperty().bind(model.busy);
    Button export = new Button(texts.text("audit.export"));
    export.setId("audit-export");
    export.disableProperty().bind(model.busy);
    export.setOnAction(e -> export());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox header = new HBox(12, title, busy, spacer, export);
    header.setAlignment(Pos.CENTER_LEFT);

    Label status = new Label();
    status.setId("audit-status");
    status.getStyleClass().add("audit-status");
    status.setWrapText(true);
    status.textProperty().bind(model.status);
    model.statusIsError.subscribe(error -> status.pseudoClassStateChanged(ERROR, error));

    AuditTable table = new AuditTable(texts, model);
    VBox.setVgrow(table.node(), Priority.ALWAYS);
    VBox content = new VBox(8, header, new VerificationBanner(texts, model).node(),
        new AuditFilterBar(texts, model, model::refresh).node(), status, table.node());
    content.setPadding(new Insets(12, 16, 12, 16));
    root.setCenter(content);
    root.setId("audit-page");
    root.getStyleClass().add("audit-page");
    root.getStylesheets().add(
        Objects.requireNonNull(AuditPage.class.getResource("/org/hortus/assets/theme/pages/audit.css"))
            .toExternalForm());
  }

  Parent root() {
    return root;
  }

  /** Asks for a file, then writes the filtered rows to it. FX thread. */
  private CompletableFuture<Long> export() {
    Window window = root.getScene() == null ? null : root.getScene().getWindow();
    return chooseFile.apply(window).map(model::export).orElseGet(() -> CompletableFuture.completedFuture(0L));
  }

  private static Function<Window, Optional<Path>> saveDialog(Messages messages) {
    return window -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(messages.text("audit.export.title"));
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("audit.export.files"), "*.csv"));
      chooser.setInitialFileName("hortus-audit.csv");
      File file = chooser.showSaveDialog(window);
      return Optional.ofNullable(file).map(File::toPath);
    };
  }
}
