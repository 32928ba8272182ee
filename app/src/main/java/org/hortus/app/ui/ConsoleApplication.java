package org.hortus.app.ui;

import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.hortus.app.demo.SimulatedPark;

/**
 * The JavaFX application of the console. The embedded demo park starts in {@link #init} (on the
 * launcher thread, so the FX thread never waits for sockets); closing the window stops the
 * driver and the park on a thread of their own.
 */
public final class ConsoleApplication extends Application {

  /** What the command line asked for; set before {@link Application#launch}. */
  public record Options(int demoParkPort, double simulationSpeed) {}

  private static volatile Options options = new Options(0, 1);

  private SimulatedPark park;
  private ConsoleWindow window;

  public static void launchWith(Options chosen) {
    options = Objects.requireNonNull(chosen, "options");
    Application.launch(ConsoleApplication.class);
  }

  @Override
  public void init() {
    park = SimulatedPark.start("127.0.0.1", options.demoParkPort(), 0, options.simulationSpeed());
  }

  @Override
  public void start(Stage stage) {
    window = ConsoleWindow.open(park, Platform::runLater);
    Scene scene = new Scene(window.root(), 1000, 380);
    Theme.apply(scene);
    stage.setTitle("Hortus — demo park");
    stage.setScene(scene);
    stage.show();
  }

  @Override
  public void stop() {
    ConsoleWindow closingWindow = window;
    SimulatedPark closingPark = park;
    Thread shutdown =
        new Thread(
            () -> {
              if (closingWindow != null) {
                closingWindow.close();
              }
              closingPark.close();
            },
            "hortus-shutdown");
    shutdown.start();
  }
}
