package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.schedule.SavedSchedule;
import org.hortus.app.schedule.ScheduleService;
import org.hortus.app.schedule.ScheduleStore;
import org.hortus.app.schedule.Schedules;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.ui.schedules.SchedulesPage;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The schedules page on the demo park: GH-01.Z1 and GH-01.Z2 hang on one water supply (WS-1), so
 * a technician's new dawn shot on Z1 overlapping Z2's is a conflict he sees before saving.
 */
@ExtendWith(ApplicationExtension.class)
class SchedulesPageTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private static SavedSchedule z2Dawn;
  private Scene scene;
  private ConsolePage tomsPage;

  @BeforeAll
  static void startPark() throws Exception {
    harness = new ConsoleHarness(folder);
    ScheduleService service = new ScheduleService(new ScheduleStore(harness.park.database()),
        new AuditLog(harness.park.database()), harness.park.runtime().park());
    // 400 mL/m² on 4,600 m² at 25,000 L/h: 05:30 to about 05:34.
    z2Dawn = service.create(new Session("tom", Role.TECHNICIAN), new IrrigationSchedule(Schedules.NEW_ID, "dawn Z2",
        "GH-01.Z2", ScheduleTiming.daily(LocalTime.of(5, 30)), IrrigationDose.millilitresPerM2(400), true), Instant.now());
  }

  @AfterAll
  static void stopPark() {
    harness.close();
  }

  @Start
  void start(Stage stage) {
    tomsPage = SchedulesPage.build(harness.context("tom", Role.TECHNICIAN));
    scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot((javafx.scene.Parent) tomsPage.root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void aTechnicianSeesTheConflictBeforeSavingThenSavesAndDisablesAndAViewerCannotEdit(FxRobot robot) throws Exception {
    TableView<?> table = robot.lookup("#schedules-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table.getItems().size()) == 1);

    robot.clickOn("#schedules-new-irrigation");
    robot.clickOn("#schedule-name").write("dawn Z1");
    ComboBox<?> target = robot.lookup("#schedule-target").queryAs(ComboBox.class);
    robot.interact(() -> target.getEditor().setText("GH-01.Z1"));
    robot.clickOn("#schedule-dose").write("350");

    // An invalid field shows its message at the field, and the form cannot be saved.
    robot.clickOn("#schedule-time").write("5:7");
    assertEquals("Enter the start time as HH:mm, 00:00 to 23:59", text(robot, "#schedule-time-error"));
    assertTrue(fx(() -> robot.lookup("#schedule-save").queryAs(Button.class).isDisabled()));
    robot.clickOn("#schedule-dose").eraseText(3).write("0");
    assertEquals("The dose must be more than 0", text(robot, "#schedule-dose-error"));
    robot.clickOn("#schedule-dose").eraseText(1).write("350");
    assertEquals("", text(robot, "#schedule-dose-error"));

    // A valid time overlapping Z2's run on WS-1: the conflict shows before anything is saved.
    robot.clickOn("#schedule-time").eraseText(3).write("05:32");
    assertEquals("", text(robot, "#schedule-time-error"));
    List<String> conflicts = conflictLines(robot);
    assertFalse(conflicts.isEmpty(), "no conflict shown; target error '" + text(robot, "#schedule-target-error")
        + "', name error '" + text(robot, "#schedule-name-error") + "', save disabled "
        + fx(() -> robot.lookup("#schedule-save").queryAs(Button.class).isDisabled()));
    assertTrue(conflicts.getFirst().contains("“dawn Z1” (GH-01.Z1") && conflicts.getFirst().contains("“dawn Z2” (GH-01.Z2")
        && conflicts.getFirst().contains("water supply WS-1"), conflicts.getFirst());
    assertEquals(1, count("SELECT COUNT(*) FROM schedule"));

    // Saving asks first; the technician accepts the conflict knowingly.
    robot.clickOn("#schedule-save");
    DialogPane confirm = robot.lookup("#schedule-confirm").queryAs(DialogPane.class);
    assertTrue(confirm.getContentText().contains("WS-1"), confirm.getContentText());
    robot.clickOn(confirm.lookupButton(javafx.scene.control.ButtonType.OK));
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table.getItems().size()) == 2);
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#schedules-status").equals("Schedule “dawn Z1” saved."));
    long newId = fx(() -> table.getItems().stream().map(SavedSchedule.class::cast)
        .filter(s -> s.schedule().name().equals("dawn Z1")).findFirst().orElseThrow().id());
    assertEquals("tom", auditActor("schedule.save", "schedule:" + newId));

    // The timeline shows both runs, marked as conflicting.
    Node bar = robot.lookup("#timeline-bar-" + newId).query();
    Node other = robot.lookup("#timeline-bar-" + z2Dawn.id()).query();
    assertTrue(bar.getStyleClass().contains("conflict"), bar.getStyleClass().toString());
    assertTrue(other.getStyleClass().contains("conflict"), other.getStyleClass().toString());
    assertTrue(robot.lookup("#schedules-lane-GH-01-Z1").tryQuery().isPresent());
    saveScreenshot(robot, "schedules.png");

    // Disable it: the table says so and the audit has it.
    robot.interact(() -> fx_select(table, newId));
    robot.clickOn("#schedules-disable");
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> table.getItems().stream().map(SavedSchedule.class::cast)
        .anyMatch(s -> s.id() == newId && !s.schedule().enabled())));
    assertEquals("tom", auditActor("schedule.disable", "schedule:" + newId));
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#timeline-bar-" + newId).tryQuery().isEmpty());

    // A viewer sees the schedules but every editing control is off.
    ConsolePage vicsPage = fx(() -> SchedulesPage.build(harness.context("vic", Role.VIEWER)));
    robot.interact(() -> scene.setRoot((javafx.scene.Parent) vicsPage.root()));
    TableView<?> vicsTable = robot.lookup("#schedules-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(() -> vicsTable.getItems().size()) == 2);
    robot.interact(() -> fx_select(vicsTable, z2Dawn.id()));
    assertEquals("dawn Z2", fx(() -> robot.lookup("#schedule-name").queryAs(TextField.class).getText()));
    for (String id : List.of("#schedules-new-irrigation", "#schedules-new-ventilation", "#schedules-enable",
        "#schedules-disable", "#schedules-delete", "#schedule-save")) {
      assertTrue(fx(() -> robot.lookup(id).query().isDisabled()), id + " is enabled for a viewer");
    }
    assertTrue(fx(() -> robot.lookup("#schedule-name").query().isDisabled()), "the form is editable for a viewer");
    assertTrue(robot.lookup("#schedules-read-only").tryQuery().isPresent());
    robot.interact(vicsPage::stop);
    robot.interact(tomsPage::stop);
  }

  @SuppressWarnings("unchecked")
  private static void fx_select(TableView<?> table, long id) {
    TableView<SavedSchedule> rows = (TableView<SavedSchedule>) table;
    rows.getItems().stream().filter(s -> s.id() == id).findFirst().ifPresent(s -> rows.getSelectionModel().select(s));
  }

  private static List<String> conflictLines(FxRobot robot) throws Exception {
    Pane list = robot.lookup("#schedule-conflicts").queryAs(Pane.class);
    return fx(() -> list.getChildren().stream().filter(n -> n.getStyleClass().contains("schedule-conflict"))
        .map(n -> ((Label) n).getText()).toList());
  }

  private static String text(FxRobot robot, String id) throws Exception {
    Label label = robot.lookup(id).queryAs(Label.class);
    return fx(label::getText);
  }

  private static long count(String query) throws Exception {
    try (Connection c = harness.park.database().connection(); ResultSet rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String auditActor(String action, String subject) throws Exception {
    try (Connection c = harness.park.database().connection();
        var select = c.prepareStatement("SELECT actor FROM audit WHERE action = ? AND subject = ? ORDER BY seq DESC")) {
      select.setString(1, action);
      select.setString(2, subject);
      try (ResultSet rs = select.executeQuery()) {
        return rs.next() ? rs.getString(1) : "none";
      }
    }
  }

  /** With {@code -Dhortus.screenshots=DIR} (e.g. docs/screenshots), saves the page as DIR/name. */
  private void saveScreenshot(FxRobot robot, String name) throws Exception {
    String target = System.getProperty("hortus.screenshots");
    if (target == null) {
      return;
    }
    WritableImage shot = fx(() -> scene.getRoot().snapshot(null, null));
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
    WaitForAsyncUtils.waitForFxEvents();
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
