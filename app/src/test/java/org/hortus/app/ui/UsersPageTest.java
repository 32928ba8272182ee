package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.audit.AuditLog;
import org.hortus.app.security.AuthService;
import org.hortus.app.security.LockoutPolicy;
import org.hortus.app.security.LoginFailedException;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Role;
import org.hortus.app.security.Session;
import org.hortus.app.security.UserAccount;
import org.hortus.app.security.UserService;
import org.hortus.app.ui.users.UsersPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The users page driven by ada, the administrator, on the demo park's database. */
@ExtendWith(ApplicationExtension.class)
class UsersPageTest {

  static final String TESS_PASSWORD = "tess greenhouse 1";

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private static final PasswordHasher QUICK = new PasswordHasher(1_000);

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
    ConsolePage page = UsersPage.build(harness.context("ada", Role.ADMINISTRATOR), QUICK);
    Scene scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot((javafx.scene.Parent) page.root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void adaCreatesATechnicianWhoCanSignInWithThePasswordTyped(FxRobot robot) throws Exception {
    awaitUser(robot, "vic");
    robot.clickOn("#users-new-name").write("tess");
    choose(robot, "#users-new-role", "Technician");
    robot.clickOn("#users-new-password").write(TESS_PASSWORD);
    robot.clickOn("#users-new-repeat").write(TESS_PASSWORD);
    robot.clickOn("#users-create");
    awaitStatus(robot, "User tess created as Technician.");
    UserAccount tess = awaitUser(robot, "tess");
    assertEquals(Role.TECHNICIAN, tess.role());
    assertFalse(tess.disabled());
    assertEquals("", fx(() -> robot.lookup("#users-new-name").queryAs(TextField.class).getText()));

    Session session = login("tess", TESS_PASSWORD);
    assertEquals(new Session("tess", Role.TECHNICIAN), session);

    // Signed in, tess has no recipe editor: not in her navigation, and refused if asked for by
    // key; the agronomist amy has it. The recipe service refuses tess as well.
    java.util.List<String> tessPages = fx(() -> {
      MainView main = new MainView(harness.context("tess", Role.TECHNICIAN), ConsolePages.all());
      try {
        assertFalse(main.show("recipes"), "tess opened the recipe editor");
        assertTrue(main.root().lookup("#nav-recipes") == null, "tess sees the recipe editor in her navigation");
        return main.pageKeys();
      } finally {
        main.stop();
      }
    });
    java.util.List<String> amyPages = fx(() -> {
      MainView main = new MainView(harness.context("amy", Role.AGRONOMIST), ConsolePages.all());
      try {
        assertTrue(main.show("recipes"), "amy cannot open the recipe editor");
        return main.pageKeys();
      } finally {
        main.stop();
      }
    });
    assertFalse(tessPages.contains("recipes"), tessPages.toString());
    assertTrue(tessPages.contains("schedules"), tessPages.toString());
    assertTrue(amyPages.contains("recipes"), amyPages.toString());
    org.junit.jupiter.api.Assertions.assertThrows(org.hortus.app.security.AccessDeniedException.class,
        () -> new org.hortus.app.security.RecipeActivationService(harness.park.database(), new AuditLog(harness.park.database()))
            .saveVersion(session, "{}", java.time.Instant.now()));
    try (Connection c = harness.park.database().connection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT actor FROM audit WHERE action = 'user.add' AND subject = 'user:tess'")) {
      assertTrue(rs.next(), "no audit row");
      assertEquals("ada", rs.getString(1));
    }
  }

  @Test
  void invalidNamesAndPasswordsAreNamedAtTheirFields(FxRobot robot) throws Exception {
    awaitUser(robot, "vic");
    robot.clickOn("#users-new-name").write("Tess Smith");
    assertProblem(robot, "#users-new-name-error", "Use 1 to 64 lower-case letters");
    assertTrue(fx(() -> robot.lookup("#users-new-name").query().getStyleClass().contains("error")),
        "ControlsFX marks the field");
    robot.interact(() -> robot.lookup("#users-new-name").queryAs(TextField.class).setText(""));
    robot.clickOn("#users-new-name").write("tom");
    assertProblem(robot, "#users-new-name-error", "The name tom is taken.");
    robot.interact(() -> robot.lookup("#users-new-name").queryAs(TextField.class).setText(""));
    robot.clickOn("#users-new-name").write("nina");
    assertProblem(robot, "#users-new-name-error", "");
    assertFalse(fx(() -> robot.lookup("#users-new-name").query().getStyleClass().contains("error")));
    robot.clickOn("#users-new-password").write("short");
    assertProblem(robot, "#users-new-password-error", "Use 12 to 1024 characters (5 now).");
    robot.clickOn("#users-new-repeat").write("shorter");
    assertProblem(robot, "#users-new-repeat-error", "The two passwords differ.");
    assertTrue(fx(() -> robot.lookup("#users-create").queryAs(Button.class).isDisabled()));
  }

  @Test
  void aUserIsDisabledAfterConfirmationAndEnabledAgain(FxRobot robot) throws Exception {
    addUser("dora", Role.VIEWER, "dora greenhouse 1");
    robot.clickOn("#users-refresh");
    select(robot, "dora");
    robot.clickOn("#users-disable");
    assertTrue(fx(() -> robot.lookup("#users-confirm").query().isVisible()), "asks first");
    assertTrue(fx(() -> robot.lookup("#users-confirm-text").queryAs(Label.class).getText().startsWith("Disable dora?")));
    robot.clickOn("#users-confirm-no");
    assertFalse(fx(() -> robot.lookup("#users-confirm").query().isVisible()));
    assertFalse(awaitUser(robot, "dora").disabled(), "cancel changes nothing");

    robot.clickOn("#users-disable");
    robot.clickOn("#users-confirm-yes");
    awaitStatus(robot, "dora is disabled.");
    assertTrue(awaitUser(robot, "dora").disabled());
    assertTrue(cellShown(robot, "Disabled"));
    assertThrows(LoginFailedException.class, () -> login("dora", "dora greenhouse 1"));

    robot.clickOn("#users-enable");
    awaitStatus(robot, "dora is enabled again.");
    assertFalse(awaitUser(robot, "dora").disabled());
    assertEquals(Role.VIEWER, login("dora", "dora greenhouse 1").role());
  }

  @Test
  void aNewPasswordIsSetForTheSelectedUser(FxRobot robot) throws Exception {
    addUser("rita", Role.TECHNICIAN, "rita greenhouse 1");
    robot.clickOn("#users-refresh");
    select(robot, "rita");
    robot.clickOn("#users-reset-password").write("rita");
    assertProblem(robot, "#users-reset-password-error", "Use 12 to 1024 characters (4 now).");
    robot.write(" greenhouse 2");
    assertProblem(robot, "#users-reset-password-error", "");
    robot.clickOn("#users-reset-repeat").write("rita greenhouse 2");
    robot.clickOn("#users-reset");
    awaitStatus(robot, "New password set for rita; any lockout is lifted.");
    assertEquals("rita", login("rita", "rita greenhouse 2").username());
    assertThrows(LoginFailedException.class, () -> login("rita", "rita greenhouse 1"));
  }

  @Test
  void aRoleIsChanged(FxRobot robot) throws Exception {
    addUser("otto", Role.VIEWER, "otto greenhouse 1");
    robot.clickOn("#users-refresh");
    select(robot, "otto");
    choose(robot, "#users-role", "Agronomist");
    robot.clickOn("#users-change-role");
    awaitStatus(robot, "otto is now Agronomist");
    assertEquals(Role.AGRONOMIST, awaitUser(robot, "otto").role());
    assertEquals(Role.AGRONOMIST, login("otto", "otto greenhouse 1").role());
  }

  @Test
  void theLastAdministratorCannotBeDisabled(FxRobot robot) throws Exception {
    select(robot, "ada");
    robot.clickOn("#users-disable");
    robot.clickOn("#users-confirm-yes");
    awaitStatus(robot, "ada is the last enabled administrator: add another administrator first.");
    assertTrue(fx(() -> robot.lookup("#users-status").query().getPseudoClassStates().stream()
        .anyMatch(p -> p.getPseudoClassName().equals("error"))));
    assertFalse(awaitUser(robot, "ada").disabled());
  }

  private static void addUser(String name, Role role, String password) throws Exception {
    new UserService(harness.park.database(), new AuditLog(harness.park.database()), QUICK)
        .addUser(new Session("ada", Role.ADMINISTRATOR), name, role, password.toCharArray(), Instant.now());
  }

  private static Session login(String name, String password) throws Exception {
    return new AuthService(harness.park.database(), new AuditLog(harness.park.database()), QUICK,
        LockoutPolicy.DEFAULT).login(name, password.toCharArray(), Instant.now());
  }

  /** Waits until the table shows {@code name}; returns the account as shown. */
  private static UserAccount awaitUser(FxRobot robot, String name) {
    TableView<?> table = robot.lookup("#users-table").queryAs(TableView.class);
    return await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> table.getItems().stream()
        .map(UserAccount.class::cast).filter(u -> u.username().equals(name)).findFirst()), Optional::isPresent)
        .orElseThrow();
  }

  /** Clicks the user's row until it is selected and the page has taken it. */
  private static void select(FxRobot robot, String name) {
    awaitUser(robot, name);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      WaitForAsyncUtils.waitForFxEvents();
      robot.clickOn(robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && name.equals(cell.getText())
          && shown(n)).<Node>query());
      assertEquals("User " + name, fx(() -> robot.lookup("#users-selected").queryAs(Label.class).getText()));
    });
  }

  private static void choose(FxRobot robot, String comboId, String item) {
    robot.clickOn(comboId);
    robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
        && item.equals(cell.getText()) && shown(n)).<Node>query());
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

  private static void assertProblem(FxRobot robot, String labelId, String start) {
    Label label = robot.lookup(labelId).queryAs(Label.class);
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
      String text = fx(label::getText);
      if (start.isEmpty()) {
        assertEquals("", text);
        assertFalse(fx(label::isVisible));
      } else {
        assertTrue(text.startsWith(start), text);
        assertTrue(fx(label::isVisible));
      }
    });
  }

  private static void awaitStatus(FxRobot robot, String part) {
    Label status = robot.lookup("#users-status").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
      String text = fx(status::getText);
      assertTrue(text.contains(part), text);
    });
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
