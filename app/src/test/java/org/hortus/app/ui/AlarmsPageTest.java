package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.security.Role;
import org.hortus.app.ui.alarms.AlarmsPage;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.alarm.AlarmTransition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The alarms page driven by a technician and a viewer through a flood in the drainage basin. */
@ExtendWith(ApplicationExtension.class)
class AlarmsPageTest {

  private static final String FLOOD = "park.flood";
  private static final String FLOOD_TEXT = "Flood warning: drainage basin";

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private Scene scene;
  private AlarmsPage tomsPage;

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
    tomsPage = new AlarmsPage(harness.context("tom", Role.TECHNICIAN));
    scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot(tomsPage.root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void acknowledgeAndShelveAnAlarm(FxRobot robot) throws Exception {
    harness.simulated.setDrainLevelMillimetres(1000); // above the 900-mm warning level
    awaitFloodIn(robot, AlarmState.UNACKNOWLEDGED);
    await().atMost(Duration.ofSeconds(5)).until(tomsPage::flashing);
    saveScreenshot(tomsPage.root(), "alarms.png");

    selectFlood(robot);
    robot.clickOn("#alarms-comment").write("second pump started");
    robot.clickOn("#alarms-acknowledge");
    awaitStatus(robot, "park.flood acknowledged.");
    awaitFloodIn(robot, AlarmState.ACKNOWLEDGED);
    assertTrue(fx(() -> robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && "Acknowledged".equals(cell.getText())
        && shown(n)).tryQuery().isPresent()), "the state is not shown as Acknowledged");
    try (Connection c = harness.park.database().connection();
        ResultSet rs = c.createStatement().executeQuery("SELECT actor FROM audit WHERE action = 'alarm.ack'")) {
      assertTrue(rs.next(), "no audit row");
      assertEquals("tom", rs.getString(1));
    }

    AlarmsPage vicsPage = fx(() -> new AlarmsPage(harness.context("vic", Role.VIEWER)));
    robot.interact(() -> scene.setRoot(vicsPage.root()));
    awaitFloodIn(robot, AlarmState.ACKNOWLEDGED);
    selectFlood(robot);
    robot.clickOn("#alarms-comment").write("looked at it");
    robot.clickOn("#alarms-shelve");
    awaitStatus(robot, "vic (viewer)");
    awaitFloodIn(robot, AlarmState.ACKNOWLEDGED);

    robot.interact(() -> scene.setRoot(tomsPage.root()));
    selectFlood(robot);
    robot.clickOn("#alarms-comment").write("pump service booked");
    robot.clickOn("#alarms-shelve");
    awaitStatus(robot, "park.flood shelved.");
    awaitFloodIn(robot, AlarmState.SHELVED);

    robot.clickOn("History");
    robot.clickOn("#alarms-history-text").write("second pump");
    robot.clickOn("#alarms-history-search");
    TableView<?> history = robot.lookup("#alarms-history-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      var rows = fx(() -> history.getItems().stream().map(AlarmTransition.class::cast).toList());
      assertEquals(1, rows.size(), rows.toString());
      assertEquals(AlarmState.ACKNOWLEDGED, rows.getFirst().to());
      assertEquals(Optional.of("tom"), rows.getFirst().user());
    });
  }

  private static void awaitFloodIn(FxRobot robot, AlarmState state) {
    TableView<?> table = robot.lookup("#alarms-active").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertEquals(Optional.of(state), fx(() ->
        table.getItems().stream().map(AlarmSnapshot.class::cast).filter(a -> a.alarmId().equals(FLOOD))
            .map(AlarmSnapshot::state).findFirst())));
  }

  /** Clicks the flood's row until it is selected: a row may move while the table lays out. */
  private static void selectFlood(FxRobot robot) {
    TableView<?> table = robot.lookup("#alarms-active").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      WaitForAsyncUtils.waitForFxEvents();
      robot.clickOn(floodCell(robot));
      Object selected = fx(() -> table.getSelectionModel().getSelectedItem());
      assertTrue(selected instanceof AlarmSnapshot alarm && alarm.alarmId().equals(FLOOD), String.valueOf(selected));
    });
  }

  private static Node floodCell(FxRobot robot) {
    return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && FLOOD_TEXT.equals(cell.getText()) && shown(n))
        .query();
  }

  /** Whether a node and all its parents are visible (a table keeps an invisible cell for sizing). */
  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static void awaitStatus(FxRobot robot, String part) {
    Label status = robot.lookup("#alarms-status").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      String text = fx(status::getText);
      assertTrue(text.contains(part), text);
    });
  }

  /** With {@code -Dhortus.screenshots=DIR} (e.g. docs/screenshots), saves the page as DIR/name. */
  private static void saveScreenshot(Parent root, String name) throws Exception {
    String target = System.getProperty("hortus.screenshots");
    if (target == null) {
      return;
    }
    WritableImage shot = fx(() -> root.snapshot(null, null));
    int width = (int) shot.getWidth();
    int height = (int) shot.getHeight();
    int[] argb = new int[width * height];
    shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    Files.createDirectories(Path.of(target));
    ImageIO.write(image, "png", Path.of(target, name).toFile());
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
