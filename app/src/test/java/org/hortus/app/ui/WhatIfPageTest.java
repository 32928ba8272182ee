package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.security.Role;
import org.hortus.app.ui.whatif.WhatIfPage;
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

/**
 * The what-if page as amy (agronomist) uses it: a few simulated days of another recipe against
 * GH-01's own, with KPIs and curves of both; then a year, cancelled.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfPageTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private ConsolePage page;

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
    page = WhatIfPage.build(harness.context("amy", Role.AGRONOMIST));
    Scene scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    scene.setRoot((Parent) page.root());
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stopPage() throws Exception {
    fx(() -> {
      page.stop();
      return null;
    });
  }

  @Test
  void runAShortWhatIfThenCancelAYear(FxRobot robot) throws Exception {
    ComboBox<?> recipe = robot.lookup("#whatif-recipe").queryAs(ComboBox.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> !recipe.getItems().isEmpty() && recipe.getValue() != null));
    assertEquals("tomato-truss v1 (shipped sample)", fx(() -> recipe.getConverter().toString(cast(recipe.getValue()))),
        "GH-01's own recipe is offered first");
    robot.clickOn("#whatif-recipe");
    robot.clickOn("cucumber-long v1 (shipped sample)");
    await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertTrue(
        fx(() -> recipe.getConverter().toString(cast(recipe.getValue()))).startsWith("cucumber-long v1")));
    Label active = robot.lookup("#whatif-active").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
        fx(active::getText).contains("tomato-truss v1, the park's starting recipe"), fx(active::getText)));

    Button run = robot.lookup("#whatif-run").queryAs(Button.class);
    TextField from = fx(() -> robot.lookup("#whatif-from").queryAs(DatePicker.class).getEditor());
    TextField days = fx(() -> robot.lookup("#whatif-days").queryAs(Spinner.class).getEditor());
    Label fromMessage = robot.lookup("#whatif-from-message").queryAs(Label.class);
    Label daysMessage = robot.lookup("#whatif-days-message").queryAs(Label.class);

    retype(robot, from, "2026-13-01");
    assertEquals("Enter the first day as YYYY-MM-DD, for example 2026-03-01.", fx(fromMessage::getText));
    assertTrue(fx(run::isDisabled), "Run with a bad date");
    retype(robot, from, "2026-03-01");
    assertEquals("", fx(fromMessage::getText));
    retype(robot, days, "400");
    assertEquals("Enter whole days from 1 to 366.", fx(daysMessage::getText));
    assertTrue(fx(run::isDisabled), "Run with 400 days");
    retype(robot, days, "2");
    assertEquals("", fx(daysMessage::getText));
    assertEquals("Mar 1, 2026 to Mar 2, 2026 (2 days)", fx(robot.lookup("#whatif-period").queryAs(Label.class)::getText));
    assertFalse(fx(run::isDisabled));

    robot.clickOn("#whatif-run");
    Node results = robot.lookup("#whatif-results").query();
    Label status = robot.lookup("#whatif-status").queryAs(Label.class);
    await().atMost(Duration.ofSeconds(90)).until(() -> fx(results::isVisible));
    assertTrue(fx(status::getText).startsWith("What-if of GH-01 done"), fx(status::getText));
    ProgressBar progress = robot.lookup("#whatif-progress").queryAs(ProgressBar.class);
    assertEquals(1.0, fx(progress::getProgress));
    assertTrue(fx(robot.lookup("#whatif-heading").queryAs(Label.class)::getText)
        .contains("candidate cucumber-long v1 against active tomato-truss v1"));

    TableView<?> kpis = robot.lookup("#whatif-kpis").queryAs(TableView.class);
    List<String> indicators = fx(() -> kpis.getItems().stream().map(r -> cell(kpis, r, 0)).toList());
    assertEquals(List.of("Heating energy", "Irrigation water", "CO₂ dosed",
        "Air more than 1 K below the heating setpoint", "Air more than 2 K above the ventilation setpoint",
        "Air above the humidity limit", "CO₂ more than 50 ppm under target, vents shut", "Interlock events",
        "Interlock events: storm", "Interlock events: frost", "Interlock events: rain", "Interlock events: other"),
        indicators);
    Object heating = fx(() -> kpis.getItems().getFirst());
    assertEquals("MJ/m²", fx(() -> cell(kpis, heating, 1)));
    String candidateHeat = fx(() -> cell(kpis, heating, 2));
    String activeHeat = fx(() -> cell(kpis, heating, 3));
    assertTrue(candidateHeat.matches("[0-9,]+\\.[0-9]"), candidateHeat);
    assertTrue(activeHeat.matches("[0-9,]+\\.[0-9]"), activeHeat);

    for (String chart : List.of("air", "rh", "co2", "vent")) {
      LineChart<?, ?> lines = robot.lookup("#whatif-chart-" + chart).queryAs(LineChart.class);
      List<String> names = fx(() -> lines.getData().stream().map(s -> s.getName()).toList());
      assertEquals(List.of("Candidate cucumber-long v1", "Active tomato-truss v1"), names, chart);
      assertEquals(2 * 96, (int) fx(() -> lines.getData().getFirst().getData().size()), chart + ": a point every 15 min");
      assertEquals(2 * 96, (int) fx(() -> lines.getData().getLast().getData().size()), chart);
    }

    saveScreenshot(robot, "whatif.png");

    // A year, cancelled once it is under way.
    retype(robot, days, "366");
    robot.clickOn("#whatif-run");
    assertFalse(fx(results::isVisible), "the last results stay up as if they were the new ones");
    assertTrue(fx(run::isDisabled), "Run twice at once");
    await().atMost(Duration.ofSeconds(60)).until(() -> fx(progress::getProgress) > 0);
    robot.clickOn("#whatif-cancel");
    await().atMost(Duration.ofSeconds(10)).until(() -> fx(status::getText).equals("What-if cancelled: no results."));
    double stopped = fx(progress::getProgress);
    assertTrue(stopped > 0 && stopped < 0.5, "progress at " + stopped);
    await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
        .until(() -> fx(progress::getProgress) == stopped);
    assertFalse(fx(results::isVisible));
    assertEquals(0, (int) fx(() -> kpis.getItems().size()), "stale KPIs kept");
    assertTrue(fx(robot.lookup("#whatif-cancel").queryAs(Button.class)::isDisabled));

    // And Run works again.
    assertFalse(fx(run::isDisabled));
    retype(robot, days, "1");
    robot.clickOn("#whatif-run");
    await().atMost(Duration.ofSeconds(90)).until(() -> fx(results::isVisible));
    LineChart<?, ?> air = robot.lookup("#whatif-chart-air").queryAs(LineChart.class);
    assertEquals(96, (int) fx(() -> air.getData().getFirst().getData().size()));
  }

  /** With {@code -Dhortus.screenshots=DIR} (e.g. docs/screenshots), saves the page as DIR/name. */
  private static void saveScreenshot(FxRobot robot, String name) throws Exception {
    String target = System.getProperty("hortus.screenshots");
    if (target == null) {
      return;
    }
    WaitForAsyncUtils.waitForFxEvents();
    Node root = robot.lookup(".whatif-page").query();
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

  private static void retype(FxRobot robot, TextField field, String text) {
    robot.interact(field::clear);
    robot.clickOn(field).write(text);
    WaitForAsyncUtils.waitForFxEvents();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static String cell(TableView table, Object row, int column) {
    return String.valueOf(((javafx.scene.control.TableColumn) table.getColumns().get(column)).getCellData(row));
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
