package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.hansolo.tilesfx.Tile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.security.Role;
import org.hortus.app.ui.greenhouse.ActuatorRow;
import org.hortus.app.ui.greenhouse.GreenhousePage;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** One greenhouse live, and its manual override, driven as technicians and viewers would. */
@ExtendWith(ApplicationExtension.class)
class GreenhousePageTest {

  private static final String GH = "GH-01";
  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private Stage stage;
  private GreenhousePage page;

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
    this.stage = stage;
  }

  @AfterEach
  void stopPage() {
    if (page != null) {
      page.stop();
    }
  }

  private void open(FxRobot robot, String user, Role role) {
    robot.interact(
        () -> {
          page = GreenhousePage.create(harness.context(user, role));
          page.select(GH);
          Scene scene = new Scene(page.root(), 1280, 800);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
        });
  }

  @SuppressWarnings("unchecked")
  private static TableView<ActuatorRow> table(FxRobot robot) {
    return robot.lookup("#actuator-table").queryAs(TableView.class);
  }

  private static ActuatorRow row(FxRobot robot, Actuator actuator) {
    return table(robot).getItems().stream()
        .filter(r -> r.actuator() == actuator)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + actuator));
  }

  private static String status(FxRobot robot) {
    return robot.lookup("#override-status").queryAs(Label.class).getText();
  }

  /** Fills the form for the lee vent, presses Override… and confirms in the dialog. */
  @SuppressWarnings("unchecked")
  private static void overrideLeeVent(FxRobot robot, String percent, String reason) {
    robot.interact(
        () -> {
          robot.lookup("#override-actuator").queryAs(ComboBox.class).setValue(Actuator.LEE_VENT);
          robot.lookup("#override-duration").queryAs(ComboBox.class).setValue(30);
        });
    robot.clickOn("#override-value").write(percent);
    robot.clickOn("#override-reason").write(reason);
    robot.clickOn("#override-apply");
    WaitForAsyncUtils.waitForFxEvents();
    DialogPane confirm = robot.lookup("#override-confirm").queryAs(DialogPane.class);
    assertTrue(confirm.getContentText().contains(reason), confirm.getContentText());
    robot.clickOn(confirm.lookupButton(ButtonType.OK));
  }

  @Test
  void overrideAVentAsATechnicianAndSeeItReachTheServer(FxRobot robot) {
    open(robot, "tom", Role.TECHNICIAN);
    overrideLeeVent(robot, "37", "drying the crop after spraying");

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () ->
                assertEquals(
                    37.0, harness.simulated.servedValue(ClimatePoint.LEE_VENT.path(GH)), 1e-9));
    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(
            () -> {
              assertEquals("manual override", row(robot, Actuator.LEE_VENT).decidedBy());
              assertEquals("37", row(robot, Actuator.LEE_VENT).command());
              assertTrue(row(robot, Actuator.LEE_VENT).reason().contains("drying the crop"));
            });
    assertTrue(status(robot).startsWith("Override set: Lee vent of GH-01 at 37"), status(robot));
  }

  @Test
  void seeAViewerRefused(FxRobot robot) {
    open(robot, "vic", Role.VIEWER);
    overrideLeeVent(robot, "63", "curious what happens");

    await()
        .atMost(Duration.ofSeconds(15))
        .untilAsserted(() -> assertTrue(status(robot).contains("vic (viewer)"), status(robot)));
    assertTrue(
        status(robot).startsWith("Not allowed: vic (viewer) may not override actuators"),
        status(robot));
    await()
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> harness.simulated.servedValue(ClimatePoint.LEE_VENT.path(GH)) != 63.0);
  }

  @Test
  void theActuatorTableListsEveryActuatorWithItsReason(FxRobot robot) {
    open(robot, "tom", Role.TECHNICIAN);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<ActuatorRow> rows = List.copyOf(table(robot).getItems());
              assertEquals(
                  List.of(Actuator.values()), rows.stream().map(ActuatorRow::actuator).toList());
              for (ActuatorRow row : rows) {
                assertFalse(row.reason().isBlank(), row.toString());
                assertFalse(row.decidedBy().isBlank(), row.toString());
                assertFalse(row.name().startsWith("!"), row.toString());
              }
            });
    String recipe = robot.lookup("#greenhouse-recipe").queryAs(Label.class).getText();
    assertTrue(recipe.startsWith("Recipe stage: "), recipe);
    String next = robot.lookup("#greenhouse-next-period").queryAs(Label.class).getText();
    assertTrue(next.startsWith("Next period: "), next);
    String interlocks = robot.lookup("#greenhouse-interlocks").queryAs(Label.class).getText();
    assertTrue(
        interlocks.startsWith("No interlock") || interlocks.startsWith("Interlock holding"),
        interlocks);
  }

  @Test
  void theAirGaugeShowsTheServedAirTemperature(FxRobot robot) {
    open(robot, "vic", Role.VIEWER);
    Tile air = robot.lookup("#greenhouse-gauge-air").queryAs(Tile.class);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertEquals(
                    harness.simulated.servedValue(ClimatePoint.AIR_TEMPERATURE.path(GH)),
                    WaitForAsyncUtils.asyncFx(air::getValue).get(),
                    0.1));
  }

  @Test
  void aVentOpeningOutOfRangeIsRefusedInTheFormWithoutAsking(FxRobot robot) {
    open(robot, "tom", Role.TECHNICIAN);
    robot.clickOn("#override-value").write("140");
    robot.clickOn("#override-reason").write("test");
    robot.clickOn("#override-apply");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("Lee vent takes 0 to 100 %, not 140.", status(robot));
    assertTrue(robot.lookup("#override-confirm").tryQuery().isEmpty());
  }
}
