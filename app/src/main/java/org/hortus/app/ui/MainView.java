package org.hortus.app.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Callback;

/**
 * The main window after sign-in: navigation on the left (Ctrl+1…Ctrl+9 for the pages in order),
 * the current page in the centre, the status bar at the bottom. Only the pages the user's role
 * may open are listed. Pages are built when first shown and kept until {@link #stop}. Under the
 * navigation, the language and theme choosers hand a change to the {@link Shell}, which rebuilds
 * or restyles the window.
 */
public final class MainView {

  /** What the language and theme choosers change; the console application implements it. */
  public interface Shell {
    Locale language();

    void switchLanguage(Locale language);

    Theme theme();

    void switchTheme(Theme theme);

    /** A shell with fixed language and theme (page tests). */
    static Shell fixed(Locale language, Theme theme) {
      return new Shell() {
        @Override
        public Locale language() {
          return language;
        }

        @Override
        public void switchLanguage(Locale other) {}

        @Override
        public Theme theme() {
          return theme;
        }

        @Override
        public void switchTheme(Theme other) {}
      };
    }
  }

  private final BorderPane root = new BorderPane();
  private final Map<String, ConsolePage> built = new LinkedHashMap<>();
  private final ConsoleContext context;
  private final StatusBar statusBar;
  private final ToggleGroup navigation = new ToggleGroup();
  private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
  private final Map<String, ConsoleView> views = new LinkedHashMap<>();
  private String current;
  private ComboBox<Theme> themeChoice;

  public MainView(ConsoleContext context, List<ConsoleView> pages) {
    this(context, pages, Shell.fixed(context.messages().locale(), Theme.DARK));
  }

  public MainView(ConsoleContext context, List<ConsoleView> pages, Shell shell) {
    this.context = context;
    VBox nav = new VBox(4);
    nav.setPadding(new Insets(12, 8, 12, 8));
    nav.getStyleClass().add("navigation");
    for (ConsoleView page : pages) {
      if (!context.session().role().permits(page.required())) {
        continue;
      }
      views.put(page.key(), page);
      ToggleButton button = new ToggleButton(context.text("nav." + page.key()));
      button.setId("nav-" + page.key());
      button.setToggleGroup(navigation);
      button.setMaxWidth(Double.MAX_VALUE);
      button.setOnAction(e -> show(page.key()));
      buttons.put(page.key(), button);
      nav.getChildren().add(button);
    }
    Region spacer = new Region();
    VBox.setVgrow(spacer, Priority.ALWAYS);
    nav.getChildren().addAll(spacer, choosers(shell));
    statusBar = new StatusBar(context);
    root.setLeft(nav);
    root.setBottom(statusBar.root());
    root.getStyleClass().add("main-view");
    if (!views.isEmpty()) {
      show(views.keySet().iterator().next());
    }
  }

  private VBox choosers(Shell shell) {
    ComboBox<Locale> language = new ComboBox<>();
    language.setId("language-choice");
    language.getItems().setAll(Messages.LANGUAGES);
    language.setValue(shell.language());
    // Each language is named in itself, so a user who cannot read the current one finds theirs.
    Callback<javafx.scene.control.ListView<Locale>, ListCell<Locale>> endonyms = list -> new ListCell<>() {
      @Override
      protected void updateItem(Locale item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : Messages.endonym(item));
      }
    };
    language.setCellFactory(endonyms);
    language.setButtonCell(endonyms.call(null));
    language.setMaxWidth(Double.MAX_VALUE);
    language.valueProperty().subscribe((before, after) -> {
      if (after != null && !after.equals(shell.language())) {
        shell.switchLanguage(after);
      }
    });
    ComboBox<Theme> theme = new ComboBox<>();
    themeChoice = theme;
    theme.setId("theme-choice");
    theme.getItems().setAll(Theme.values());
    theme.setValue(shell.theme());
    Callback<javafx.scene.control.ListView<Theme>, ListCell<Theme>> themeNames = list -> new ListCell<>() {
      @Override
      protected void updateItem(Theme item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : context.text(item.messageKey()));
      }
    };
    theme.setCellFactory(themeNames);
    theme.setButtonCell(themeNames.call(null));
    theme.setMaxWidth(Double.MAX_VALUE);
    theme.valueProperty().subscribe((before, after) -> {
      if (after != null && after != shell.theme()) {
        shell.switchTheme(after);
      }
    });
    Label languageLabel = new Label(context.text("shell.language"));
    languageLabel.setLabelFor(language);
    Label themeLabel = new Label(context.text("shell.theme"));
    themeLabel.setLabelFor(theme);
    VBox box = new VBox(4, languageLabel, language, themeLabel, theme);
    box.getStyleClass().add("shell-choosers");
    return box;
  }

  /** Shows {@code theme} as chosen (the shell switched it); does not switch again. */
  public void showTheme(Theme theme) {
    themeChoice.setValue(theme);
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

  /**
   * Shows a page by key. Returns false, and changes nothing, for a page this user's role may not
   * open or that does not exist.
   */
  public boolean show(String key) {
    ConsoleView page = views.get(key);
    if (page == null) {
      return false;
    }
    ConsolePage node = built.computeIfAbsent(key, k -> page.build().apply(context));
    root.setCenter(node.root());
    buttons.get(key).setSelected(true);
    current = key;
    return true;
  }

  /** The keys of the pages this user can open, in navigation order. */
  public List<String> pageKeys() {
    return List.copyOf(views.keySet());
  }

  /** The page shown now. */
  public Optional<String> currentPage() {
    return Optional.ofNullable(current);
  }

  public Parent root() {
    return root;
  }

  /** Stops the status bar and every built page; the view is not used again. */
  public void stop() {
    statusBar.stop();
    root.setCenter(null);
    built.values().forEach(ConsolePage::stop);
  }
}
