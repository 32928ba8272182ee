package org.hortus.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.park.SitePark;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserStore;
import org.hortus.app.service.ConsolePark;
import org.hortus.app.store.DataFolder;
import org.hortus.app.store.Database;

/**
 * The JavaFX application of the console. {@link #init} (on the launcher thread, so the FX thread
 * never waits for sockets or the database) decides whether this is the first run (a database with
 * no users) and, if not, starts the park: a park file given on the command line, else the site's
 * imported park file in the data folder, else the simulated demo park. On a first run no park
 * starts until the first-run form has been submitted: it asks for the administrator and the park
 * (demo or the site's own file, imported into the data folder), starts it off the FX thread and
 * then shows the sign-in. Closing the window stops the park on a thread of its own.
 */
public final class ConsoleApplication extends Application {

  /** What the command line asked for; set before {@link Application#launch}. */
  public record Options(int demoParkPort, double simulationSpeed, Optional<String> databaseUrl, Optional<Path> parkFile) {
    public Options(int demoParkPort, double simulationSpeed) {
      this(demoParkPort, simulationSpeed, Optional.empty(), Optional.empty());
    }

    public Options(int demoParkPort, double simulationSpeed, Optional<String> databaseUrl) {
      this(demoParkPort, simulationSpeed, databaseUrl, Optional.empty());
    }
  }

  private static volatile Options options = new Options(0, 1);

  private ConsolePark running; // guarded by this
  private boolean stopping; // guarded by this
  private boolean firstRun;
  private Exception startFailure;
  private Path dataFolder;
  private String databaseUrl;
  private Set<String> recipeIds;
  private final ExecutorService background = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "console-background");
    t.setDaemon(true);
    return t;
  });
  private ConsoleShell shell;

  public static void launchWith(Options chosen) {
    options = Objects.requireNonNull(chosen, "options");
    Application.launch(ConsoleApplication.class);
  }

  @Override
  public void init() throws Exception {
    dataFolder = DataFolder.forThisUser();
    Files.createDirectories(dataFolder);
    databaseUrl = options.databaseUrl().orElse(Database.defaultUrl());
    recipeIds = ShippedFiles.sampleRecipes().keySet();
    firstRun = hasNoUsers(databaseUrl);
    if (!firstRun) {
      try {
        startPark(ConsolePark.Source.atStart(new SitePark(dataFolder), options.parkFile()));
      } catch (Exception e) {
        startFailure = e; // shown in the window: e.g. an imported park file edited by hand
      }
    }
  }

  /** Opens the database (migrating it if needed), counts the users and closes it again. */
  private static boolean hasNoUsers(String url) throws SQLException {
    try (Database database = Database.open(url); Connection c = database.connection()) {
      return new UserStore(database).count(c) == 0;
    }
  }

  /** Starts a park (blocking: launcher or background thread) and keeps it, unless the console is closing. */
  private ConsolePark startPark(ConsolePark.Source source) throws Exception {
    ConsolePark park = ConsolePark.start(source,
        new ConsolePark.Settings(options.demoParkPort(), options.simulationSpeed(), databaseUrl, dataFolder, Duration.ofSeconds(1)));
    synchronized (this) {
      if (stopping) {
        park.close();
        throw new IllegalStateException("the console is closing");
      }
      running = park;
    }
    return park;
  }

  @Override
  public void start(Stage stage) {
    Preferences preferences = Preferences.userNodeForPackage(ConsoleApplication.class);
    Messages messages = new Messages(ConsoleShell.savedLanguage(preferences));
    Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
    ConsoleShell.savedTheme(preferences).applyTo(scene);
    ConsolePark park = current();
    stage.setTitle(messages.text("app.title", park != null ? park.name() : messages.text("firstrun.window")));
    stage.setScene(scene);
    restoreGeometry(stage);
    stage.setOnCloseRequest(e -> saveGeometry(stage));
    Runnable showLogin = () -> scene.setRoot(new LoginView(current().park().database(), messages, Platform::runLater, background,
        session -> showMain(scene, messages, session)).root());
    if (startFailure != null) {
      scene.setRoot(StartFailureView.of(startFailure, messages));
    } else if (firstRun) {
      FirstRunViewModel model = new FirstRunViewModel(messages, Platform::runLater, background, new SitePark(dataFolder),
          recipeIds, options.parkFile(), this::startPark, new PasswordHasher(), started -> {
            stage.setTitle(messages.text("app.title", started.name()));
            showLogin.run();
          });
      scene.setRoot(new FirstRunView(model, messages, FirstRunView.fileChooser(messages)).root());
    } else {
      showLogin.run();
    }
    stage.show();
  }

  private synchronized ConsolePark current() {
    return running;
  }

  private void showMain(Scene scene, Messages messages, Session session) {
    ConsolePark park = current();
    ConsoleContext context = new ConsoleContext(park.park(), park.simulated(), session, messages, Platform::runLater, background);
    shell = new ConsoleShell(scene, context, ConsolePages.all(), Preferences.userNodeForPackage(ConsoleApplication.class));
    shell.show();
  }

  /** The window's size and place from the last session (java.util.prefs, per user). */
  private static void restoreGeometry(Stage stage) {
    Preferences prefs = Preferences.userNodeForPackage(ConsoleApplication.class);
    stage.setWidth(prefs.getDouble("width", 1280));
    stage.setHeight(prefs.getDouble("height", 800));
    double x = prefs.getDouble("x", Double.NaN);
    double y = prefs.getDouble("y", Double.NaN);
    if (!Double.isNaN(x) && !Double.isNaN(y)) {
      stage.setX(x);
      stage.setY(y);
    }
    stage.setMaximized(prefs.getBoolean("maximized", false));
  }

  private static void saveGeometry(Stage stage) {
    Preferences prefs = Preferences.userNodeForPackage(ConsoleApplication.class);
    prefs.putBoolean("maximized", stage.isMaximized());
    if (!stage.isMaximized()) {
      prefs.putDouble("width", stage.getWidth());
      prefs.putDouble("height", stage.getHeight());
      prefs.putDouble("x", stage.getX());
      prefs.putDouble("y", stage.getY());
    }
  }

  @Override
  public void stop() {
    if (shell != null) {
      shell.stop();
    }
    ConsolePark closing;
    synchronized (this) {
      stopping = true;
      closing = running;
    }
    if (closing != null) {
      new Thread(closing::close, "hortus-shutdown").start();
    }
    background.shutdown();
  }
}
