package org.hortus.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserStore;
import org.hortus.app.service.HeadlessPark;
import org.hortus.app.store.DataFolder;
import org.hortus.app.store.Database;

/**
 * The JavaFX application of the console. The embedded demo park and its runtime start in {@link
 * #init} (on the launcher thread, so the FX thread never waits for sockets or the database); the
 * window then asks for the first administrator (first run) or a sign-in, and shows the main
 * window. Closing the window stops the park on a thread of its own.
 */
public final class ConsoleApplication extends Application {

  /** What the command line asked for; set before {@link Application#launch}. */
  public record Options(int demoParkPort, double simulationSpeed, Optional<String> databaseUrl) {
    public Options(int demoParkPort, double simulationSpeed) {
      this(demoParkPort, simulationSpeed, Optional.empty());
    }
  }

  private static volatile Options options = new Options(0, 1);

  private SimulatedPark simulated;
  private HeadlessPark park;
  private boolean firstRun;
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
    Path dataFolder = DataFolder.forThisUser();
    Files.createDirectories(dataFolder);
    simulated = SimulatedPark.start("127.0.0.1", options.demoParkPort(), 0, options.simulationSpeed());
    park = HeadlessPark.start(simulated.park(), ShippedFiles.sampleRecipes(), DemoParkBindings.of(simulated),
        options.databaseUrl().orElse(Database.defaultUrl()), dataFolder, Duration.ofSeconds(1));
    try (var c = park.database().connection()) {
      firstRun = new UserStore(park.database()).count(c) == 0;
    }
  }

  @Override
  public void start(Stage stage) {
    Preferences preferences = Preferences.userNodeForPackage(ConsoleApplication.class);
    Messages messages = new Messages(ConsoleShell.savedLanguage(preferences));
    Scene scene = new Scene(new javafx.scene.layout.StackPane(), 1280, 800);
    ConsoleShell.savedTheme(preferences).applyTo(scene);
    stage.setTitle(messages.text("app.title", simulated.park().name()));
    stage.setScene(scene);
    restoreGeometry(stage);
    stage.setOnCloseRequest(e -> saveGeometry(stage));
    Runnable showLogin = () -> scene.setRoot(new LoginView(park.database(), messages, Platform::runLater, background,
        session -> showMain(scene, messages, session)).root());
    if (firstRun) {
      scene.setRoot(new FirstRunView(park.database(), messages, Platform::runLater, background, showLogin).root());
    } else {
      showLogin.run();
    }
    stage.show();
  }

  private void showMain(Scene scene, Messages messages, Session session) {
    ConsoleContext context = new ConsoleContext(park, Optional.of(simulated), session, messages, Platform::runLater, background);
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
    HeadlessPark closingPark = park;
    SimulatedPark closingSim = simulated;
    Thread shutdown = new Thread(() -> {
      closingPark.close();
      closingSim.close();
    }, "hortus-shutdown");
    shutdown.start();
    background.shutdown();
  }
}
