package org.hortus.app.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.prefs.Preferences;
import javafx.scene.Scene;

/**
 * The signed-in console in its window: the main view inside the idle lock, and the language and
 * theme the user chose. A theme change restyles the scene in place. A language change rebuilds
 * the main view with the new texts (every page builds its labels from the bundle once), stops the
 * old one's pages, and shows the page that was open; page state such as a half-filled form is
 * not carried over. Both choices are remembered per user of the machine (java.util.prefs).
 * Runs on the FX thread.
 */
public final class ConsoleShell implements MainView.Shell {

  private static final String LANGUAGE = "language";
  private static final String THEME = "theme";

  private final Scene scene;
  private final List<ConsoleView> pages;
  private final Preferences preferences;
  private ConsoleContext context;
  private Theme theme;
  private MainView main;
  private IdleLock lock;
  private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
  private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);

  /**
   * @param scene the window's scene; its root is replaced
   * @param context the signed-in context (its messages give the starting language)
   * @param pages the pages, in navigation order
   * @param preferences where the choices are remembered
   */
  public ConsoleShell(Scene scene, ConsoleContext context, List<ConsoleView> pages, Preferences preferences) {
    this.scene = Objects.requireNonNull(scene, "scene");
    this.context = Objects.requireNonNull(context, "context");
    this.pages = List.copyOf(pages);
    this.preferences = preferences;
    this.theme = savedTheme(preferences);
  }

  /** The language remembered from the last session, or the machine's if it is one we speak. */
  public static Locale savedLanguage(Preferences preferences) {
    String tag = preferences.get(LANGUAGE, Locale.getDefault().toLanguageTag());
    Locale wanted = Locale.forLanguageTag(tag);
    return Messages.LANGUAGES.stream()
        .filter(l -> l.getLanguage().equals(wanted.getLanguage()))
        .findFirst()
        .orElse(Locale.ENGLISH);
  }

  /** The theme remembered from the last session; dark at first. */
  public static Theme savedTheme(Preferences preferences) {
    try {
      return Theme.valueOf(preferences.get(THEME, Theme.DARK.name()));
    } catch (IllegalArgumentException unknown) {
      return Theme.DARK;
    }
  }

  /** Shows the main window on the first page. */
  public void show() {
    theme.applyTo(scene);
    build(null);
  }

  private void build(String page) {
    // Controls that format by themselves (the date picker's calendar) follow the chosen language.
    Locale.setDefault(Locale.Category.FORMAT, language());
    Locale.setDefault(Locale.Category.DISPLAY, language());
    main = new MainView(context, pages, this);
    main.installShortcuts(scene);
    if (page != null) {
      main.show(page);
    }
    lock = new IdleLock(context, main.root(), IdleLock.configuredLimit(), System::currentTimeMillis);
    lock.install(scene);
    // ControlsFX's ValidationSupport draws its field decorations on the nearest DecorationPane
    // above the field and, without one, replaces the scene's root by its own: give it one.
    scene.setRoot(new impl.org.controlsfx.skin.DecorationPane());
    ((impl.org.controlsfx.skin.DecorationPane) scene.getRoot()).getChildren().add(lock.root());
    if (scene.getWindow() instanceof javafx.stage.Stage stage) {
      stage.setTitle(context.text("app.title", context.runtime().park().name()));
    }
  }

  @Override
  public Locale language() {
    return context.messages().locale();
  }

  @Override
  public void switchLanguage(Locale language) {
    if (language.equals(language())) {
      return;
    }
    String page = main.currentPage().orElse(null);
    stop();
    scene.getAccelerators().clear();
    context = context.withMessages(new Messages(language));
    preferences.put(LANGUAGE, language.toLanguageTag());
    build(page);
  }

  @Override
  public Theme theme() {
    return theme;
  }

  @Override
  public void switchTheme(Theme chosen) {
    theme = chosen;
    chosen.applyTo(scene);
    if (main != null) {
      main.showTheme(chosen); // when switched from elsewhere (a shortcut, a test), the chooser follows
    }
    preferences.put(THEME, chosen.name());
  }

  /** The main view shown now (rebuilt on a language change). */
  public MainView main() {
    return main;
  }

  /** Stops the main view's pages and the idle lock; the JVM's default locales are as before. */
  public void stop() {
    Locale.setDefault(Locale.Category.FORMAT, formatBefore);
    Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    if (main != null) {
      main.stop();
    }
    if (lock != null) {
      lock.uninstall(scene);
      lock.stop();
    }
  }
}
