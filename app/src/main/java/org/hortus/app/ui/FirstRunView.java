package org.hortus.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The first start of a console with no users: the administrator's account and the park the site
 * starts with, the demo park or its own park file (chosen through a seam, a file chooser in the
 * console). Nothing runs until the form is submitted; the work is {@link FirstRunViewModel}'s, off
 * the FX thread.
 */
public final class FirstRunView {

  private static final String SHEET = "/org/hortus/assets/theme/pages/firstrun.css";

  private final FirstRunViewModel model;
  private final Messages messages;
  private final Function<Window, Optional<Path>> chooser;
  private final FieldCheck check = new FieldCheck();
  private final VBox root = new VBox(14);

  /**
   * @param chooser asks for the park file (a {@link FileChooser} in the console, a fixed path in tests)
   */
  public FirstRunView(FirstRunViewModel model, Messages messages, Function<Window, Optional<Path>> chooser) {
    this.model = model;
    this.messages = messages;
    this.chooser = chooser;
    Label title = new Label(messages.text("firstrun.title"));
    title.getStyleClass().add("page-title");
    title.setWrapText(true);
    Label folder = new Label(messages.text("firstrun.datafolder", model.dataFolder().toString()));
    folder.setId("firstrun-datafolder");
    folder.getStyleClass().add("firstrun-note");
    folder.setWrapText(true);
    Button submit = new Button(messages.text("firstrun.submit"));
    submit.setId("firstrun-submit");
    submit.setDefaultButton(true);
    submit.disableProperty().bind(model.busy());
    submit.setOnAction(e -> model.submit());
    Label status = new Label();
    status.setId("firstrun-status");
    status.getStyleClass().add("error-text");
    status.setWrapText(true);
    status.textProperty().bind(model.status());
    VBox form = new VBox(14, title, folder, administrator(), park(), submit, status);
    form.setMaxWidth(720);
    form.setPadding(new Insets(32));
    form.getStyleClass().add("firstrun-form");
    javafx.scene.layout.StackPane centred = new javafx.scene.layout.StackPane(form); // the form in the middle of a wide window
    javafx.scene.layout.StackPane.setAlignment(form, Pos.TOP_CENTER);
    ScrollPane scroll = new ScrollPane(centred);
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("firstrun-scroll");
    root.getChildren().add(scroll);
    root.setAlignment(Pos.CENTER);
    root.getStyleClass().add("firstrun-page");
    root.getStylesheets().add(Objects.requireNonNull(FirstRunView.class.getResource(SHEET), SHEET).toExternalForm());
  }

  /** The console's chooser: JSON files, titled from the bundle. */
  public static Function<Window, Optional<Path>> fileChooser(Messages messages) {
    return window -> {
      FileChooser chooser = new FileChooser();
      chooser.setTitle(messages.text("firstrun.park.chooser"));
      chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.text("firstrun.park.filter"), "*.json"));
      return Optional.ofNullable(chooser.showOpenDialog(window)).map(File::toPath);
    };
  }

  private Node administrator() {
    TextField user = new TextField();
    user.setId("firstrun-user");
    user.textProperty().bindBidirectional(model.username);
    PasswordField password = new PasswordField();
    password.setId("firstrun-password");
    password.textProperty().bindBidirectional(model.password);
    PasswordField repeat = new PasswordField();
    repeat.setId("firstrun-repeat");
    repeat.textProperty().bindBidirectional(model.repeat);
    GridPane grid = new GridPane();
    grid.setHgap(8);
    grid.setVgap(4);
    row(grid, 0, "firstrun.user", user, check.watch(user, model.usernameProblem, "firstrun-user-problem"));
    row(grid, 2, "firstrun.password", password, check.watch(password, model.passwordProblem, "firstrun-password-problem"));
    row(grid, 4, "firstrun.repeat", repeat, check.watch(repeat, model.repeatProblem, "firstrun-repeat-problem"));
    grid.disableProperty().bind(model.busy());
    return grid;
  }

  private void row(GridPane grid, int at, String labelKey, Control field, Label problem) {
    Label label = new Label(messages.text(labelKey));
    label.setLabelFor(field);
    field.setPrefWidth(320);
    grid.addRow(at, label, field);
    grid.add(problem, 1, at + 1);
  }

  private Node park() {
    Label heading = new Label(messages.text("firstrun.park.title"));
    heading.getStyleClass().add("firstrun-heading");
    VBox section = new VBox(8, heading);
    section.getStyleClass().add("firstrun-panel");
    if (model.givenPark().isPresent()) {
      Label given = new Label(messages.text("firstrun.park.given", model.givenPark().get().toString()));
      given.setId("firstrun-park-given");
      given.setWrapText(true);
      section.getChildren().add(given);
      return section;
    }
    ToggleGroup choice = new ToggleGroup();
    RadioButton demo = new RadioButton(messages.text("firstrun.park.demo"));
    demo.setId("firstrun-park-demo");
    demo.setToggleGroup(choice);
    demo.setSelected(true);
    RadioButton own = new RadioButton(messages.text("firstrun.park.import"));
    own.setId("firstrun-park-import");
    own.setToggleGroup(choice);
    own.selectedProperty().bindBidirectional(model.importChosen);
    own.setOnAction(e -> {
      if (own.isSelected() && model.chosenFile.get() == null) {
        choose();
      }
    });
    Button another = new Button(messages.text("firstrun.park.choose"));
    another.setId("firstrun-park-choose");
    another.setOnAction(e -> choose());
    Label file = new Label();
    file.setId("firstrun-park-file");
    file.setWrapText(true);
    file.textProperty().bind(model.chosenFile.map(Path::toString).orElse(messages.text("firstrun.park.nofile")));
    Label summary = new Label();
    summary.setId("firstrun-park-summary");
    summary.setWrapText(true);
    summary.textProperty().bind(model.summary());
    Label problems = new Label();
    problems.setId("firstrun-park-problems");
    problems.getStyleClass().addAll("error-text", "firstrun-problems");
    problems.setWrapText(true);
    problems.textProperty().bind(model.problems());
    problems.managedProperty().bind(model.problems().isNotEmpty());
    problems.visibleProperty().bind(problems.managedProperty());
    VBox chosen = new VBox(6, new HBox(8, another, file), summary, problems);
    chosen.setPadding(new Insets(0, 0, 0, 24));
    chosen.managedProperty().bind(model.importChosen);
    chosen.visibleProperty().bind(model.importChosen);
    section.getChildren().addAll(demo, own, chosen);
    section.disableProperty().bind(model.busy().or(model.parkStarted()));
    return section;
  }

  private void choose() {
    chooser.apply(root.getScene() == null ? null : root.getScene().getWindow()).ifPresent(model::choose);
  }

  public Parent root() {
    return root;
  }
}
