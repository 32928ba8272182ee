package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.audit.AuditCsv;
import org.hortus.app.audit.AuditEntry;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserService;
import org.hortus.app.ui.audit.AuditPage;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit page as ada, the administrator: rows from acts done in the test, filters, the CSV
 * export, and the chain's verdict before and after a row is changed with plain SQL (last, since it
 * breaks the chain for good).
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(OrderAnnotation.class)
class AuditPageTest {

  private static final Session ADA = new Session("ada", Role.ADMINISTRATOR);
  private static final Session TOM = new Session("tom", Role.TECHNICIAN);

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private static Path exportFile;
  private static ZoneId zone;

  @BeforeAll
  static void startParkAndAct() throws Exception {
    harness = new ConsoleHarness(folder);
    exportFile = folder.resolve("exports").resolve("audit.csv");
    Files.createDirectories(exportFile.getParent());
    zone = harness.park.runtime().park().site().zone();
    // Beside the harness's user.init and three user.add by ada: two overrides by tom, a role change.
    var overrides = harness.context("tom", Role.TECHNICIAN).overrides();
    Instant now = Instant.now();
    overrides.set(TOM, "GH-01", Actuator.LEE_VENT, 40, now.plus(Duration.ofHours(1)), "leak test", now);
    overrides.set(TOM, "GH-02", Actuator.LEE_VENT, 20, now.plus(Duration.ofHours(1)), "cooling", now);
    new UserService(harness.park.database(), new AuditLog(harness.park.database()), new PasswordHasher(1_000))
        .changeRole(ADA, "vic", Role.TECHNICIAN, now);
  }

  @AfterAll
  static void stopPark() {
    harness.close();
  }

  @Start
  void start(Stage stage) {
    ConsolePage page = AuditPage.build(harness.context("ada", Role.ADMINISTRATOR), window -> Optional.of(exportFile));
    Scene scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot((Parent) page.root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  @Order(1)
  void rowsAppearNewestFirstWithTheChainVerifiedIntact(FxRobot robot) throws Exception {
    long total = count("SELECT COUNT(*) FROM audit");
    assertTrue(total >= 7, "user.init, 3 user.add, 2 override.set, user.role: " + total);
    awaitBanner(robot, "Chain intact: " + total + " rows verified");
    assertTrue(fx(() -> robot.lookup("#audit-verification").query().getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("intact"))));
    List<AuditEntry> rows = awaitRows(robot, r -> r.size() == total);
    assertEquals("user.role", rows.getFirst().record().action(), "newest first");
    assertTrue(cellShown(robot, "Role changed"), "a known action shows its label");
    assertTrue(cellShown(robot, harness.messages.dateTime(rows.getFirst().record().at(), zone)));
    assertTrue(cellShown(robot, "role: viewer \u2192 technician"), "the change in one line");
  }

  @Test
  @Order(2)
  void filtersByUserAndKindNarrowTheRowsAndTheExportWritesThem(FxRobot robot) throws Exception {
    awaitRows(robot, r -> r.size() >= 7);
    choose(robot, "#audit-user", "tom");
    robot.clickOn("#audit-apply");
    List<AuditEntry> toms = awaitRows(robot, r -> !r.isEmpty() && r.stream().allMatch(e -> e.record().actor().equals("tom")));
    assertEquals(2, toms.size());
    assertTrue(toms.stream().allMatch(e -> e.record().action().equals("override.set")));

    choose(robot, "#audit-user", "ada");
    choose(robot, "#audit-kind", "Users (all)");
    robot.clickOn("#audit-apply");
    List<AuditEntry> adas = awaitRows(robot, r -> !r.isEmpty()
        && r.stream().allMatch(e -> e.record().actor().equals("ada") && e.record().action().startsWith("user.")));
    assertEquals(4, adas.size(), "three user.add and the role change");

    choose(robot, "#audit-kind", "\u2003User added");
    robot.clickOn("#audit-apply");
    assertEquals(3, awaitRows(robot, r -> r.size() == 3).size());

    robot.clickOn("#audit-export");
    awaitStatus(robot, "3 rows written to");
    List<String> lines = Files.readAllLines(exportFile, StandardCharsets.UTF_8);
    assertEquals(String.join(",", AuditCsv.COLUMNS), lines.getFirst());
    assertEquals(4, lines.size(), String.join("\n", lines));
    assertTrue(lines.stream().skip(1).allMatch(l -> l.contains(",ada,user.add,user:")), String.join("\n", lines));
    assertTrue(Files.readString(exportFile).contains("\r\n"), "RFC 4180 line ends");

    robot.interact(() -> robot.lookup("#audit-from-date").queryAs(DatePicker.class)
        .setValue(LocalDate.now(zone).plusDays(1)));
    robot.clickOn("#audit-apply");
    awaitRows(robot, List::isEmpty);
    robot.clickOn("#audit-from-time").write("25:99");
    Label problem = robot.lookup("#audit-from-error").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(5)).until(() -> fx(problem::getText).equals("Use hours:minutes, e.g. 06:30."));
    assertTrue(fx(() -> robot.lookup("#audit-from-time").query().getStyleClass().contains("error")));
  }

  @Test
  @Order(3)
  void aRowChangedWithSqlBreaksTheChainAtThatRowAfterRefresh(FxRobot robot) throws Exception {
    long total = count("SELECT COUNT(*) FROM audit");
    awaitBanner(robot, "Chain intact: " + total + " rows verified");
    try (Connection c = harness.park.database().connection()) {
      c.createStatement().executeUpdate("UPDATE audit SET actor = 'nobody' WHERE seq = 2");
    }
    robot.clickOn("#audit-apply");
    awaitBanner(robot, "Chain BROKEN at row 2: the row was altered");
    assertTrue(fx(() -> robot.lookup("#audit-verification").query().getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("broken"))));
    assertFalse(fx(() -> robot.lookup("#audit-verification").query().getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("intact"))));
  }

  private static List<AuditEntry> awaitRows(FxRobot robot, java.util.function.Predicate<List<AuditEntry>> ready) {
    TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
    return await().atMost(Duration.ofSeconds(20)).until(
        () -> fx(() -> table.getItems().stream().map(AuditEntry.class::cast).toList()), ready);
  }

  private static void awaitBanner(FxRobot robot, String start) {
    Label banner = robot.lookup("#audit-verification").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String text = fx(banner::getText);
      assertTrue(text.startsWith(start), text);
    });
  }

  private static void awaitStatus(FxRobot robot, String part) {
    Label status = robot.lookup("#audit-status").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String text = fx(status::getText);
      assertTrue(text.contains(part), text);
    });
  }

  private static void choose(FxRobot robot, String comboId, String item) {
    robot.clickOn(comboId);
    robot.clickOn(robot.lookup((Node n) -> n instanceof ListCell<?> cell && item.equals(cell.getText())
        && shown(n)).<Node>query());
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static boolean cellShown(FxRobot robot, String text) throws Exception {
    return fx(() -> robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())
        && shown(n)).tryQuery().isPresent());
  }

  private static boolean shown(Node node) {
    for (Node n = node; n != null; n = n.getParent()) {
      if (!n.isVisible()) {
        return false;
      }
    }
    return true;
  }

  private static long count(String sql) throws Exception {
    try (Connection c = harness.park.database().connection();
        ResultSet rs = c.createStatement().executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
