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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.security.Role;
import org.hortus.app.ui.recipes.RecipesPage;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
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
 * The recipe page driven by amy (agronomist) on the demo park: an invalid value is refused at its
 * field, the fixed draft is saved as a new version, compared with what a greenhouse runs, activated
 * for it and rolled back, each act leaving its audit row; the day curve marks sunrise and sunset.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RecipesPageTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private ConsoleContext amy;

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
    amy = harness.context("amy", Role.AGRONOMIST);
    Scene scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot((Parent) RecipesPage.build(amy).root());
    stage.setScene(scene);
    stage.show();
  }

  @Test
  @Order(1)
  void anInvalidValueIsShownAtItsFieldThenTheFixedVersionIsSavedComparedActivatedAndRolledBack(FxRobot robot)
      throws Exception {
    openTomatoDayPeriodOfProduction(robot);
    TextField heating = robot.lookup("#recipes-period-heatingTemperature").queryAs(TextField.class);
    Label heatingError = robot.lookup("#recipes-period-heatingTemperature-error").queryAs(Label.class);
    assertEquals("19.5", fx(heating::getText));

    type(robot, heating, "55");
    assertEquals("Must be within -10…50 °C; was 55.", fx(heatingError::getText));
    assertTrue(fx(() -> heatingError.isVisible()), "the message is not shown");
    assertTrue(fx(() -> heating.getStyleClass().contains("error")), "the field is not decorated");
    assertTrue(fx(() -> robot.lookup("#recipes-save").queryButton().isDisabled()), "an invalid draft can be saved");
    assertEquals(Optional.empty(), fx(() -> amy.draft().current().get()));
    saveScreenshot(heating.getScene().getRoot(), "recipes-invalid.png");

    type(robot, heating, "21");
    assertEquals("", fx(heatingError::getText));
    assertFalse(fx(() -> heating.getStyleClass().contains("error")));
    assertEquals("tomato-truss", fx(() -> amy.draft().current().get().orElseThrow().recipeId()));

    // The diff against what GH-01 runs (the shipped v1): one readable change.
    TableView<?> diff = robot.lookup("#recipes-diff").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(
        List.of("production › day › Heating temperature (°C): 19.5 → 21"), fx(() -> diffLines(robot))));
    assertTrue(fx(() -> robot.lookup("#recipes-diff-title").queryAs(Label.class).getText())
        .contains("what GH-01 runs (tomato-truss v1)"));
    assertEquals(1, fx(() -> diff.getItems().size()));
    saveScreenshot(robot.lookup("#recipes-save").query().getScene().getRoot(), "recipes.png");

    click(robot, "#recipes-save");
    awaitStatus(robot, "Saved tomato-truss v2.");
    assertEquals(1, count("SELECT COUNT(*) FROM recipe_version WHERE recipe_id = 'tomato-truss' AND version = 2"));
    assertEquals("amy", lastAudit("recipe.save")[0]);

    // Activate v2 for GH-01 now, confirmed.
    ComboBox<?> version = robot.lookup("#recipes-activate-version").queryAs(ComboBox.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(2).equals(fx(version::getValue)));
    click(robot, "#recipes-activate");
    assertTrue(fx(() -> robot.lookup("#recipes-confirm-text").queryAs(Label.class).getText())
        .equals("Activate tomato-truss v2 for GH-01 now?"));
    click(robot, "#recipes-confirm-yes");
    awaitStatus(robot, "GH-01 now runs tomato-truss v2.");
    String[] activation = lastAudit("recipe.activate");
    assertEquals("amy", activation[0]);
    assertEquals("greenhouse:GH-01", activation[1]);
    assertTrue(activation[2].contains("\"version\":2"), activation[2]);
    assertEquals(2, harness.park.runtime().recipeOf("GH-01").orElseThrow().version());
    assertEquals(1, harness.park.runtime().recipeOf("GH-06").orElseThrow().version());
    // The draft now compares with v2, which GH-01 runs: nothing changed.
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertEquals(List.of(), fx(() -> diffLines(robot))));

    // Roll GH-01 back to v1.
    ComboBox<?> earlier = robot.lookup("#recipes-rollback-version").queryAs(ComboBox.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(1).equals(fx(earlier::getValue)));
    click(robot, "#recipes-rollback");
    click(robot, "#recipes-confirm-yes");
    awaitStatus(robot, "GH-01 rolled back to tomato-truss v1.");
    String[] rollback = lastAudit("recipe.rollback");
    assertEquals("amy", rollback[0]);
    assertTrue(rollback[2].contains("\"version\":1"), rollback[2]);
    assertEquals(1, harness.park.runtime().recipeOf("GH-01").orElseThrow().version());
  }

  @Test
  @Order(2)
  void theDayCurveMarksSunriseAndSunsetOfTheChosenDate(FxRobot robot) throws Exception {
    openTomatoDayPeriodOfProduction(robot);
    DatePicker date = robot.lookup("#recipes-curve-date").queryAs(DatePicker.class);
    DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Locale.ENGLISH);
    var site = harness.park.runtime().park().site();
    for (LocalDate day : List.of(LocalDate.of(2026, 6, 21), LocalDate.of(2026, 12, 21))) {
      robot.interact(() -> date.setValue(day));
      var sunrise = new SolarCalculator().sunrise(site, day).orElseThrow().toLocalTime();
      var sunset = new SolarCalculator().sunset(site, day).orElseThrow().toLocalTime();
      assertEquals("Sunrise " + time.format(sunrise), fx(() -> label(robot, "#recipes-curve-sunrise-label")));
      assertEquals("Sunset " + time.format(sunset), fx(() -> label(robot, "#recipes-curve-sunset-label")));
      Line marker = robot.lookup("#recipes-curve-sunrise").queryAs(Line.class);
      assertEquals(sunrise.toSecondOfDay() / 3600.0, (double) fx(marker::getUserData), 1e-9);
      assertTrue(fx(() -> marker.getEndY() > marker.getStartY()), "the sunrise line has no height");
    }
    // An edit redraws the curve: heating of the day period at 25 °C shows at noon.
    TextField heating = robot.lookup("#recipes-period-heatingTemperature").queryAs(TextField.class);
    TextField ventilation = robot.lookup("#recipes-period-ventilationTemperature").queryAs(TextField.class);
    type(robot, ventilation, "26");
    type(robot, heating, "25");
    double noon = fx(() -> {
      var chart = robot.lookup("#recipes-curve-temperature").queryAs(javafx.scene.chart.LineChart.class);
      @SuppressWarnings("unchecked")
      var heatingSeries = (javafx.scene.chart.XYChart.Series<Number, Number>) chart.getData().get(0);
      return heatingSeries.getData().get(72).getYValue().doubleValue();
    });
    assertEquals(25, noon, 1e-9);
  }

  @Test
  @Order(3)
  void inChineseEveryTextComesFromTheBundleAndTheUnsavedDraftIsKept(FxRobot robot) throws Exception {
    openTomatoDayPeriodOfProduction(robot);
    type(robot, robot.lookup("#recipes-period-heatingTemperature").queryAs(TextField.class), "23");
    ConsoleContext chinese = amy.withMessages(new Messages(Locale.SIMPLIFIED_CHINESE));
    robot.interact(() -> robot.lookup("#recipes-save").query().getScene()
        .setRoot((Parent) RecipesPage.build(chinese).root()));
    Label heading = robot.lookup("#recipes-editor-heading").queryAs(Label.class);
    // The unsaved draft survives the rebuild in another language.
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(heading::getText).equals("tomato-truss v3 未保存的草稿"));
    robot.clickOn(cell(robot, "#recipes-stages", "production"));
    robot.clickOn(cell(robot, "#recipes-periods", "day"));
    assertEquals("23", fx(() -> robot.lookup("#recipes-period-heatingTemperature").queryAs(TextField.class).getText()));
    type(robot, robot.lookup("#recipes-period-heatingTemperature").queryAs(TextField.class), "55");
    List<String> texts = fx(() -> robot.lookup((Node n) -> n instanceof javafx.scene.control.Labeled).queryAll()
        .stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList());
    saveScreenshot(heading.getScene().getRoot(), "recipes-zh.png");
    assertTrue(texts.contains("气候配方"), texts.toString());
    assertTrue(texts.stream().anyMatch(t -> t.startsWith("必须在 -10…50 °C 之间")), texts.toString());
    assertTrue(texts.stream().noneMatch(t -> t.contains("!recipes.") || t.contains("Must ") || t.contains("Stage ")),
        texts.toString());
  }

  private void openTomatoDayPeriodOfProduction(FxRobot robot) throws Exception {
    TableView<?> list = robot.lookup("#recipes-list").queryAs(TableView.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> list.getItems().size()) == 5);
    robot.clickOn(cell(robot, "#recipes-list", "tomato-truss"));
    Label heading = robot.lookup("#recipes-editor-heading").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(heading::getText).startsWith("Draft of tomato-truss"));
    robot.clickOn(cell(robot, "#recipes-stages", "production"));
    robot.clickOn(cell(robot, "#recipes-periods", "day"));
    WaitForAsyncUtils.waitForFxEvents();
    TextField name = robot.lookup("#recipes-period-name").queryAs(TextField.class);
    assertEquals("day", fx(name::getText));
  }

  private static List<String> diffLines(FxRobot robot) {
    TableView<?> diff = robot.lookup("#recipes-diff").queryAs(TableView.class);
    @SuppressWarnings("unchecked")
    List<javafx.scene.control.TableColumn<Object, ?>> columns =
        (List<javafx.scene.control.TableColumn<Object, ?>>) (List<?>) diff.getColumns();
    return diff.getItems().stream().map(change -> columns.stream()
        .map(col -> String.valueOf(col.getCellData(change))).toList()).map(cols -> cols.get(0) + " › " + cols.get(1) + " › " + cols.get(2) + ": " + cols.get(3) + " → " + cols.get(4))
        .toList();
  }

  private static String label(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  /** Replaces a field's text by typing, as a user does. */
  private static void type(FxRobot robot, TextField field, String text) {
    robot.interact(() -> {
      reveal(field);
      field.requestFocus();
      field.selectAll();
    });
    robot.write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static void click(FxRobot robot, String id) {
    Node node = robot.lookup(id).query();
    robot.interact(() -> reveal(node));
    robot.clickOn(node);
    WaitForAsyncUtils.waitForFxEvents();
  }

  private static Node cell(FxRobot robot, String tableId, String text) {
    Node table = robot.lookup(tableId).query();
    robot.interact(() -> reveal(table));
    return robot.from(table).lookup((Node n) -> n instanceof TableCell<?, ?> c && text.equals(c.getText())).query();
  }

  /** Scrolls the page's scroll pane so that {@code node} is in sight. */
  private static void reveal(Node node) {
    for (Node n = node.getParent(); n != null; n = n.getParent()) {
      if (n instanceof ScrollPane scroll) {
        Bounds content = scroll.getContent().localToScene(scroll.getContent().getBoundsInLocal());
        Bounds target = node.localToScene(node.getBoundsInLocal());
        double hidden = content.getHeight() - scroll.getViewportBounds().getHeight();
        if (hidden > 0) {
          scroll.setVvalue(Math.clamp((target.getMinY() - content.getMinY() - 40) / hidden, 0, 1));
          scroll.layout();
        }
        return;
      }
    }
  }

  private static void awaitStatus(FxRobot robot, String text) {
    Label status = robot.lookup("#recipes-status").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertEquals(text, fx(status::getText)));
  }

  private static long count(String query) throws Exception {
    try (Connection c = harness.park.database().connection(); ResultSet rs = c.createStatement().executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Actor, subject and after-state of the newest audit row of {@code action}. */
  private static String[] lastAudit(String action) throws Exception {
    try (Connection c = harness.park.database().connection();
        ResultSet rs = c.createStatement().executeQuery(
            "SELECT actor, subject, after_json FROM audit WHERE action = '" + action + "' ORDER BY seq DESC LIMIT 1")) {
      assertTrue(rs.next(), "no audit row " + action);
      return new String[] {rs.getString(1), rs.getString(2), rs.getString(3)};
    }
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
