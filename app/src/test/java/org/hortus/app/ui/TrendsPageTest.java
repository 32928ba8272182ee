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
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.history.TrendQuery;
import org.hortus.app.security.Role;
import org.hortus.app.ui.trends.TrendsPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trends page driven as a technician would: chart a point, zoom, write a note, export. */
@ExtendWith(ApplicationExtension.class)
class TrendsPageTest {

  private static final String AIR = ClimatePoint.AIR_TEMPERATURE.pointId("GH-01");

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private TrendsPage page;

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
    page = new TrendsPage(harness.context("tom", Role.TECHNICIAN));
    Scene scene = new Scene(page.root(), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void zoomATrendAndAddANote(FxRobot robot) throws Exception {
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      harness.park.historian().flush();
      Instant now = Instant.now();
      assertFalse(new TrendQuery(harness.park.database()).query(AIR, now.minusSeconds(3600), now, 500).points().isEmpty(),
          "no history of " + AIR + " yet");
    });
    robot.clickOn("#trends-preset-hour");
    robot.clickOn("#trends-point-filter").write("GH-01.climate.Air");
    robot.clickOn(robot.lookup((Node n) -> n instanceof CheckBox box && AIR.equals(box.getText())).queryAs(CheckBox.class));

    LineChart<?, ?> chart = robot.lookup("#trends-chart").queryAs(LineChart.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> chart.getData().size() == 1
        && !chart.getData().getFirst().getData().isEmpty()));
    ValueAxis<?> time = (ValueAxis<?>) chart.getXAxis();
    double spanBefore = fx(() -> time.getUpperBound() - time.getLowerBound());
    assertEquals(Duration.ofHours(1).toMillis(), spanBefore, 1);

    robot.clickOn("#trends-zoom-in");
    double spanAfter = fx(() -> time.getUpperBound() - time.getLowerBound());
    assertTrue(spanAfter < spanBefore, spanAfter + " ms is not less than " + spanBefore + " ms");
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> chart.getData().size() == 1
        && !chart.getData().getFirst().getData().isEmpty()));
    assertTrue(fx(() -> chart.getData().getFirst().getData().size()) <= fx(() -> (int) time.getWidth()) + 1,
        "more values than pixels");

    robot.clickOn("#trends-note-text").write("sprayed fungicide");
    robot.clickOn("#trends-note-add");
    ListView<?> notes = robot.lookup("#trends-notes").queryAs(ListView.class);
    await().atMost(Duration.ofSeconds(20)).until(() -> fx(() -> notes.getItems().stream()
        .anyMatch(n -> n.toString().contains("sprayed fungicide"))));
    try (Connection c = harness.park.database().connection();
        ResultSet rs = c.createStatement().executeQuery("SELECT text, user_name, at, created_at FROM trend_note")) {
      assertTrue(rs.next(), "no note stored");
      assertEquals("sprayed fungicide", rs.getString(1));
      assertEquals("tom", rs.getString(2));
      assertTrue(Math.abs(rs.getLong(3) - System.currentTimeMillis()) < 60_000, "note not at about now");
      assertFalse(rs.next(), "more than one note stored");
    }

    Path csv = folder.resolve("trend.csv");
    long rows = fx(() -> page.exportCsv(csv)).get(30, TimeUnit.SECONDS);
    List<String> lines = Files.readAllLines(csv);
    assertEquals("time_utc,epoch_ms,point,value,min,max,resolution", lines.getFirst());
    assertTrue(rows > 0, "no rows exported");
    assertEquals(rows + 1, lines.size());
    assertTrue(lines.get(1).contains("," + AIR + ","), lines.get(1));

    Path png = folder.resolve("trend.png");
    fx(() -> page.exportPng(png)).get(30, TimeUnit.SECONDS);
    assertTrue(ImageIO.read(png.toFile()).getWidth() > 100, "no picture written");
    saveScreenshot(page.root(), "trends.png");
  }

  /** With {@code -Dhortus.screenshots=DIR} (e.g. docs/screenshots), saves the page as DIR/name. */
  private static void saveScreenshot(Parent root, String name) throws Exception {
    String folder = System.getProperty("hortus.screenshots");
    if (folder == null) {
      return;
    }
    WritableImage shot = fx(() -> root.snapshot(null, null));
    int width = (int) shot.getWidth();
    int height = (int) shot.getHeight();
    int[] argb = new int[width * height];
    shot.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    Files.createDirectories(Path.of(folder));
    ImageIO.write(image, "png", Path.of(folder, name).toFile());
  }

  private static <T> T fx(Callable<T> work) throws Exception {
    return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
  }
}
