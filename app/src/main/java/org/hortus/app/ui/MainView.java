package org.hortus.app.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The main window after sign-in: navigation on the left (Ctrl+1…Ctrl+9 for the pages in order),
 * the current page in the centre, the status bar at the bottom. Pages are built when first
 * shown and kept.
 */
public final class MainView {

  private final BorderPane root = new BorderPane();
  private final Map<String, Node> built = new LinkedHashMap<>();
  private final ConsoleContext context;
  private final StatusBar statusBar;
  private final ToggleGroup navigation = new ToggleGroup();
  private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
  private final Map<String, ConsoleView> views = new LinkedHashMap<>();

  public MainView(ConsoleContext context, List<ConsoleView> pages) {
    this.context = context;
    VBox nav = new VBox(4);
    nav.setPadding(new Insets(12, 8, 12, 8));
    nav.getStyleClass().add("navigation");
    for (ConsoleView page : pages) {
      views.put(page.key(), page);
      ToggleButton button = new ToggleButton(context.text("nav." + page.key()));
      button.setId("nav-" + page.key());
      button.setToggleGroup(navigation);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setOnAction(e -> show(page.key()));
      buttons.put(page.key(), button);
      nav.getChildren().add(button);
    }
    statusBar = new StatusBar(context);
    root.setLeft(nav);
    root.setBottom(statusBar.root());
    root.getStyleClass().add("main-view");
    if (!pages.isEmpty()) {
      show(pages.getFirst().key());
    }
  }

  /** Installs Ctrl+1… shortcuts on the scene the view is shown in. */
  public void installShortcuts(javafx.scene.Scene scene) {
    int index = 1;
    for (String key : views.keySet()) {
      if (index > 9) {
        break;
      }
      KeyCode digit = KeyCode.valueOf("DIGIT" + index++);
      scene.getAccelerators().put(new KeyCodeCombination(digit, KeyCombination.SHORTCUT_DOWN), () -> show(key));
    }
  }

  /** Shows a page by key. */
  public void show(String key) {
    ConsoleView page = views.get(key);
    if (page == null) {
      return;
    }
    Node node = built.computeIfAbsent(key, k -> page.build().apply(context));
    root.setCenter(node);
    buttons.get(key).setSelected(true);
  }

  public Parent root() {
    return root;
  }

  public void stop() {
    statusBar.stop();
  }
}
