package org.hortus.app.ui;

import java.util.Optional;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;

/**
 * What the window shows when the park could not start (say, an imported park file edited by hand
 * and now invalid): why, in the reader's language, with the park file's problems as the reader
 * reports them. The console has to be closed and started again once it is fixed.
 */
final class StartFailureView {

  private StartFailureView() {}

  static Parent of(Exception failure, Messages messages) {
    Label title = new Label(messages.text("startup.failed.title"));
    title.getStyleClass().add("page-title");
    Label why = new Label(switch (failure) {
      case InvalidFileException invalid -> messages.text("startup.failed.park", invalid.problems().getFirst().file()) + "\n"
          + invalid.problems().stream().map(Problem::message).collect(Collectors.joining("\n"));
      default -> messages.text("startup.failed.other",
          Optional.ofNullable(failure.getMessage()).orElse(failure.getClass().getSimpleName()));
    });
    why.setId("startup-failure");
    why.getStyleClass().add("error-text");
    why.setWrapText(true);
    VBox box = new VBox(12, title, why);
    box.setPadding(new Insets(48));
    box.setAlignment(Pos.TOP_LEFT);
    ScrollPane scroll = new ScrollPane(box);
    scroll.setFitToWidth(true);
    return scroll;
  }
}
