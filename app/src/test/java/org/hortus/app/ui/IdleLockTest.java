package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hortus.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The session locks after the idle time and opens again with the user's password. */
@ExtendWith(ApplicationExtension.class)
class IdleLockTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private IdleLock lock;

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
    lock = new IdleLock(harness.context("tom", Role.TECHNICIAN), new Label("work"), Duration.ofMinutes(15), clock::get);
    Scene scene = new Scene(lock.root(), 800, 600);
    lock.install(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void afterFifteenIdleMinutesThePasswordOpensTheSessionAgain(FxRobot robot) {
    clock.addAndGet(Duration.ofMinutes(14).toMillis());
    robot.interact(lock::checkIdle);
    assertFalse(lock.locked(), "14 minutes is not yet idle");
    clock.addAndGet(Duration.ofMinutes(2).toMillis());
    robot.interact(lock::checkIdle);
    assertTrue(lock.locked());
    robot.clickOn("#lock-password").write("wrong password here");
    robot.clickOn("#lock-submit");
    await().atMost(Duration.ofSeconds(10)).until(() -> !robot.lookup("#lock-status").queryAs(Label.class).getText().isEmpty());
    assertTrue(lock.locked());
    robot.clickOn("#lock-password").write(ConsoleHarness.PASSWORD);
    robot.clickOn("#lock-submit");
    await().atMost(Duration.ofSeconds(10)).until(() -> {
      WaitForAsyncUtils.waitForFxEvents();
      return !lock.locked();
    });
  }
}
