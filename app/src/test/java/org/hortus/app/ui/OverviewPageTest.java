package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.security.Permission;
import org.hortus.app.security.Role;
import org.hortus.app.ui.overview.HouseSummary;
import org.hortus.app.ui.overview.OverviewPage;
import org.hortus.app.ui.overview.OverviewSnapshot;
import org.hortus.app.ui.overview.OverviewView;
import org.hortus.model.park.Greenhouse;
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

/** The park overview against the running demo park, as a technician sees it. */
@ExtendWith(ApplicationExtension.class)
class OverviewPageTest {

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private final List<String> opened = new CopyOnWriteArrayList<>();
  private Stage stage;
  private OverviewPage page;

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
    page = OverviewPage.create(harness.context("tom", Role.TECHNICIAN), opened::add);
    Scene scene = new Scene(page.root(), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stopPage() {
    page.stop();
  }

  private static String text(FxRobot robot, String query) {
    return robot.lookup(query).queryAs(Label.class).getText();
  }

  @Test
  void aTileForEveryGreenhouseShowsTheServedAirTemperature(FxRobot robot) {
    for (Greenhouse house : harness.simulated.park().greenhouses()) {
      assertTrue(robot.lookup("#overview-tile-" + house.id()).tryQuery().isPresent(), house.id());
    }
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              String shown = text(robot, "#overview-tile-GH-01 .house-tile-air");
              double served =
                  harness.simulated.servedValue(ClimatePoint.AIR_TEMPERATURE.path("GH-01"));
              assertTrue(shown.endsWith(" °C"), shown);
              assertEquals(served, Double.parseDouble(shown.replace(" °C", "")), 0.1, shown);
            });
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertTrue(
                    text(robot, "#overview-weather").startsWith("Outside "),
                    text(robot, "#overview-weather")));
  }

  @Test
  void aRisingDrainBasinShowsTheFloodWarning(FxRobot robot) {
    Node flood = robot.lookup("#overview-flood").query();
    try {
      harness.simulated.setDrainLevelMillimetres(1000);
      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(
              () -> {
                assertTrue(
                    text(robot, "#overview-flood").startsWith("Flood warning: "),
                    text(robot, "#overview-flood"));
                assertTrue(
                    flood.getPseudoClassStates().contains(PseudoClass.getPseudoClass("warning")));
              });
      assertTrue(
          text(robot, "#overview-drain").startsWith("Drain basin "),
          text(robot, "#overview-drain"));
    } finally {
      harness.simulated.setDrainLevelMillimetres(200);
    }
  }

  @Test
  void clickingATileOpensItsGreenhouse(FxRobot robot) {
    robot.clickOn("#overview-tile-GH-03");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("GH-03"), opened);
  }

  @Test
  void fortyGreenhousesFitWithoutScrollingOnA1920By1080Screen(FxRobot robot) {
    List<HouseSummary> houses = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      String id = String.format("GH-%02d", i);
      houses.add(
          new HouseSummary(
              id,
              "Venlo " + i + " – truss tomato",
              21.3,
              18.0,
              22.0,
              78,
              0.65,
              1012,
              12.3,
              100,
              100,
              65.2,
              2.1,
              i % 7 == 0 ? 2 : 0));
    }
    OverviewView view = new OverviewView(harness.messages, "Binhai demo park", houses, id -> {});
    List<MainView> main = new ArrayList<>();
    robot.interact(
        () -> {
          List<ConsoleView> pages = new ArrayList<>();
          pages.add(new ConsoleView("overview", Permission.VIEW, context -> ConsolePage.of(view.root())));
          for (String key : List.of("greenhouse", "trends", "alarms", "devices")) {
            pages.add(new ConsoleView(key, Permission.VIEW, context -> ConsolePage.of(new StackPane())));
          }
          main.add(new MainView(harness.context("tom", Role.TECHNICIAN), pages));
          view.show(
              new OverviewSnapshot(
                  houses,
                  new OverviewSnapshot.Weather(12.3, 65, 230, 3.2, 0),
                  new OverviewSnapshot.Flood(450, 0, OverviewSnapshot.FloodState.CLEAR, "")));
          // 1080 less a window title bar and a task bar. The headless screen is smaller than that,
          // so the scene is laid out (and drawn) off-screen by a snapshot instead of shown.
          Scene scene = new Scene(main.getFirst().root(), 1920, 1000);
          Theme.apply(scene);
          scene.snapshot(null);
        });
    try {
      Node scroll = view.root().lookup("#overview-scroll");
      Bounds visible = sceneBounds(scroll);
      Bounds last = sceneBounds(view.root().lookup("#overview-tile-GH-40"));
      assertTrue(last.getMaxY() <= visible.getMaxY(), "last tile " + last + " beyond " + visible);
      assertTrue(last.getMaxX() <= visible.getMaxX(), "last tile " + last + " beyond " + visible);
      Region tile = (Region) view.root().lookup("#overview-tile-GH-40");
      double contentBottom =
          tile.getChildrenUnmodifiable().stream()
              .mapToDouble(n -> n.getBoundsInParent().getMaxY())
              .max()
              .orElseThrow();
      assertTrue(
          contentBottom <= tile.getHeight() - tile.getInsets().getBottom() + 0.5,
          "tile content " + contentBottom + " overflows " + tile.getHeight());
      for (Node value : view.root().lookupAll("#overview-tile-GH-40 .house-tile-value")) {
        Label label = (Label) value;
        assertTrue(
            label.getWidth() >= label.prefWidth(-1) - 0.5,
            label.getText() + " cut short: " + label.getWidth() + " < " + label.prefWidth(-1));
      }
    } finally {
      robot.interact(() -> main.getFirst().stop());
    }
  }

  private static Bounds sceneBounds(Node node) {
    return node.localToScene(node.getBoundsInLocal());
  }
}
