package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.SimulatedPark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console against the embedded demo park, driven through the UI as a technician would. */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {

  private static final String GH = ConsoleWindow.GREENHOUSE_ID;
  private static SimulatedPark park;
  private ConsoleWindow window;

  @BeforeAll
  static void startPark() {
    // Fast simulation, so the served values move visibly within the test.
    park = SimulatedPark.start("127.0.0.1", 0, 0, 60);
  }

  @AfterAll
  static void stopPark() {
    park.close();
  }

  @Start
  void start(Stage stage) {
    window = ConsoleWindow.open(park, Platform::runLater);
    Scene scene = new Scene(window.root(), 1000, 380);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeWindow() {
    window.close();
  }

  private Tile gauge(FxRobot robot, ClimatePoint point) {
    return robot.lookup("#" + GreenhouseView.gaugeId(point.pointId(GH))).queryAs(Tile.class);
  }

  @Test
  void gaugeShowsTheServersCurrentAirTemperature(FxRobot robot) {
    Tile airTemperature = gauge(robot, ClimatePoint.AIR_TEMPERATURE);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertEquals(
                    park.servedValue(ClimatePoint.AIR_TEMPERATURE.path(GH)),
                    WaitForAsyncUtils.asyncFx(airTemperature::getValue).get(),
                    0.05));
    String connection = robot.lookup("#connection-status").queryAs(Label.class).getText();
    assertTrue(connection.startsWith("Connected to opc.tcp://"), connection);
  }

  @Test
  void ventSetFromTheUiReachesTheServerAndComesBack(FxRobot robot) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> !Double.isNaN(gauge(robot, ClimatePoint.LEE_VENT).getValue()));
    robot.clickOn("#vent-opening-input").eraseText(10).write("42");
    robot.clickOn("#vent-opening-apply");

    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> assertEquals(42.0, park.servedValue(ClimatePoint.LEE_VENT.path(GH)), 1e-9));
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              assertEquals(42.0, gauge(robot, ClimatePoint.LEE_VENT).getValue(), 1e-9);
              assertEquals(
                  "Vent opening 42 % confirmed by the PLC",
                  robot.lookup("#vent-command-status").queryAs(Label.class).getText());
            });
  }

  @Test
  void aVentOpeningOutOfRangeIsRefusedInTheFormAndNothingIsSent(FxRobot robot) {
    double before = park.servedValue(ClimatePoint.LEE_VENT.path(GH));
    robot.clickOn("#vent-opening-input").eraseText(10).write("140");
    robot.clickOn("#vent-opening-apply");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(
        "Vent opening must be 0–100 %, not 140.",
        robot.lookup("#vent-command-status").queryAs(Label.class).getText());
    assertEquals(before, park.servedValue(ClimatePoint.LEE_VENT.path(GH)), 1e-9);
  }
}
