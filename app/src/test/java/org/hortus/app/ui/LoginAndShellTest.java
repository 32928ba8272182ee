package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Sign-in and the main window's shell, driven as a technician would. */
@ExtendWith(ApplicationExtension.class)
class LoginAndShellTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private Scene scene;

  @BeforeAll
  static void startPark() throws Exception {
    harness = new ConsoleHarness(folder);
  }

  @AfterAll
  static void stopPark() {
    harness.close();
  }

  @Start
  void start(Stage stage) {
    scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot(new LoginView(harness.park.database(), harness.messages, Platform::runLater, harness.background,
        session -> {
          MainView main = new MainView(harness.context(session.username(), session.role()), ConsolePages.all());
          main.installShortcuts(scene);
          scene.setRoot(main.root());
        }).root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void aWrongPasswordIsRefusedAndTheRightOneOpensTheMainWindow(FxRobot robot) {
    robot.clickOn("#login-user").write("tom");
    robot.clickOn("#login-password").write("not the password");
    robot.clickOn("#login-submit");
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(
        robot.lookup("#login-status").queryAs(Label.class).getText().contains("unknown user or wrong password"),
        robot.lookup("#login-status").queryAs(Label.class).getText()));

    robot.clickOn("#login-password").write(ConsoleHarness.PASSWORD);
    robot.clickOn("#login-submit");
    await().atMost(Duration.ofSeconds(20)).until(() -> robot.lookup("#status-user").tryQuery().isPresent());
    assertEquals("tom (technician)", robot.lookup("#status-user").queryAs(Label.class).getText());
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertTrue(
        robot.lookup("#status-devices").queryAs(Label.class).getText().startsWith("Devices: all 2 connected"),
        robot.lookup("#status-devices").queryAs(Label.class).getText()));

    // A new urgent alarm shows in the status bar's count, which flashes, whatever page is open.
    harness.simulated.setDrainLevelMillimetres(1000);
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertTrue(
        robot.lookup("#status-alarms").queryAs(Label.class).getText().startsWith("Alarms: 1 urgent"),
        robot.lookup("#status-alarms").queryAs(Label.class).getText()));
    await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#status-alarms").queryAs(Label.class)
        .getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals("flash")));
  }
}
