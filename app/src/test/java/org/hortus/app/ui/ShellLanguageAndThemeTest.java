package org.hortus.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The language and theme choosers of the main window: switched at run time, remembered. */
@ExtendWith(ApplicationExtension.class)
class ShellLanguageAndThemeTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private final Preferences preferences =
      Preferences.userRoot().node("org/hortus/test/shell-" + System.nanoTime());
  private ConsoleShell shell;
  private Scene scene;

  @BeforeAll
  static void startPark() throws Exception {
    harness = new ConsoleHarness(folder);
  }

  @AfterAll
  static void stopPark() {
    harness.close();
  }

  @AfterEach
  void forget() throws Exception {
    org.testfx.api.FxToolkit.setupFixture(() -> shell.stop());
    preferences.removeNode();
  }

  @Start
  void start(Stage stage) {
    scene = new Scene(new StackPane(), 1280, 800);
    shell = new ConsoleShell(scene, harness.context("tom", Role.TECHNICIAN), ConsolePages.all(), preferences);
    shell.show();
    stage.setScene(scene);
    stage.show();
  }

  @SuppressWarnings("unchecked")
  static <T> ComboBox<T> combo(FxRobot robot, String query) {
    return (ComboBox<T>) robot.lookup(query).queryAs(ComboBox.class);
  }

  @Test
  void switchingToChineseRelabelsTheWindowAndKeepsThePage(FxRobot robot) {
    robot.clickOn("#nav-alarms");
    assertEquals("Alarms", robot.lookup("#nav-alarms").queryAs(ToggleButton.class).getText());
    robot.interact(() -> ShellLanguageAndThemeTest.<Locale>combo(robot, "#language-choice").setValue(Locale.SIMPLIFIED_CHINESE));

    String alarms = robot.lookup("#nav-alarms").queryAs(ToggleButton.class).getText();
    assertTrue(alarms.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), alarms);
    assertTrue(robot.lookup("#nav-alarms").queryAs(ToggleButton.class).isSelected(), "the open page stays open");
    assertEquals(Locale.SIMPLIFIED_CHINESE, shell.language());
    String user = robot.lookup("#status-user").queryAs(Label.class).getText();
    assertFalse(user.contains("technician"), user);
    assertEquals(Locale.SIMPLIFIED_CHINESE, ConsoleShell.savedLanguage(preferences), "remembered for the next start");

    robot.interact(() -> ShellLanguageAndThemeTest.<Locale>combo(robot, "#language-choice").setValue(Locale.ENGLISH));
    assertEquals("Alarms", robot.lookup("#nav-alarms").queryAs(ToggleButton.class).getText());
  }

  @Test
  void switchingTheThemeRestylesInPlace(FxRobot robot) {
    assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("palette-dark.css")));
    robot.interact(() -> ShellLanguageAndThemeTest.<Theme>combo(robot, "#theme-choice").setValue(Theme.HIGH_CONTRAST));
    assertTrue(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("palette-high-contrast.css")),
        scene.getStylesheets().toString());
    assertFalse(scene.getStylesheets().stream().anyMatch(s -> s.endsWith("palette-dark.css")));
    assertEquals(Theme.HIGH_CONTRAST, ConsoleShell.savedTheme(preferences));
    // The base sheet's text colour comes from the palette: black in high contrast.
    Label status = robot.lookup("#status-user").queryAs(Label.class);
    assertEquals(javafx.scene.paint.Color.BLACK, status.getTextFill());

    // The TilesFX gauges, coloured in code, follow the palette too.
    robot.clickOn("#nav-greenhouse");
    eu.hansolo.tilesfx.Tile air = robot.lookup("#greenhouse-gauge-air").queryAs(eu.hansolo.tilesfx.Tile.class);
    assertEquals(javafx.scene.paint.Color.WHITE, air.getBackgroundColor());
    assertEquals(javafx.scene.paint.Color.BLACK, air.getValueColor());
    robot.interact(() -> ShellLanguageAndThemeTest.<Theme>combo(robot, "#theme-choice").setValue(Theme.DARK));
    org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    assertEquals(javafx.scene.paint.Color.web("#2a2a2a"), air.getBackgroundColor());
  }
}
