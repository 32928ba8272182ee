package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Role;
import org.hortus.app.ui.audit.AuditPage;
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

/** The users and audit pages in Chinese: every text from the Chinese bundles, none missing. */
@ExtendWith(ApplicationExtension.class)
class AdminPagesChineseTest {

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
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void usersPageSpeaksChinese(FxRobot robot) throws Exception {
    ConsolePage page = fx(() -> UsersPage.build(chinese(), new PasswordHasher(1_000)));
    robot.interact(() -> scene.setRoot((Parent) page.root()));
    TableView<?> table = robot.lookup("#users-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> table.getItems().size()) == 4);
    robot.clickOn("#users-new-name").write("Tess");
    assertNoEnglish(robot, "users");
  }

  @Test
  void auditPageSpeaksChinese(FxRobot robot) throws Exception {
    ConsolePage page = fx(() -> AuditPage.build(chinese(), window -> Optional.empty()));
    robot.interact(() -> scene.setRoot((Parent) page.root()));
    TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> table.getItems().size()) == 4);
    await().atMost(Duration.ofSeconds(20)).until(() ->
        fx(() -> robot.lookup("#audit-verification").queryLabeled().getText()).startsWith("审计链完整"));
    assertNoEnglish(robot, "audit");
  }

  private static ConsoleContext chinese() {
    return harness.context("ada", Role.ADMINISTRATOR).withMessages(new Messages(Locale.SIMPLIFIED_CHINESE));
  }

  /** No missing key, and no text that is an English text of the page's bundle. */
  private void assertNoEnglish(FxRobot robot, String bundle) throws Exception {
    WaitForAsyncUtils.waitForFxEvents();
    ResourceBundle english = ResourceBundle.getBundle("org.hortus.assets.i18n." + bundle, Locale.ROOT,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Set<String> englishTexts = new TreeSet<>();
    for (String key : english.keySet()) {
      String value = english.getString(key);
      if (!value.contains("{") && value.chars().anyMatch(Character::isLetter)) {
        englishTexts.add(value);
      }
    }
    List<String> texts = fx(() -> {
      List<String> found = new ArrayList<>();
      collect(scene.getRoot(), found);
      return found;
    });
    assertFalse(texts.isEmpty());
    for (String text : texts) {
      assertFalse(text.matches("(?s).*![\\w.]+!.*"), "missing key: " + text);
      assertFalse(englishTexts.contains(text), "English on the Chinese page: " + text);
    }
    assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff)));
    assertEquals(List.of(), texts.stream().filter(t -> t.startsWith("!")).toList());
  }

  private static void collect(Node node, List<String> found) {
    if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
      found.add(labeled.getText());
    }
    if (node instanceof TextInputControl input && input.getPromptText() != null && !input.getPromptText().isBlank()) {
      found.add(input.getPromptText());
    }
    if (node instanceof TableView<?> table) {
      table.getColumns().forEach(c -> found.add(c.getText()));
    }
    if (node instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(child -> collect(child, found));
    }
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
