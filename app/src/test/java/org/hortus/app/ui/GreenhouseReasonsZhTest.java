package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hortus.app.security.Role;
import org.hortus.app.ui.greenhouse.ActuatorRow;
import org.hortus.app.ui.greenhouse.GreenhousePage;
import org.hortus.model.control.Actuator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** In Chinese, the actuator table says what decided and why in Chinese, numbers and units aside. */
@ExtendWith(ApplicationExtension.class)
class GreenhouseReasonsZhTest {

  private static final String GH = "GH-01";
  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final Pattern UNITS =
      Pattern.compile(
          "(?<![A-Za-z])(°C|m/s|ppm|kg/h|kg|g/m³|kPa|W/m²|mol/m²|min|s|h|K|CO₂)(?![A-Za-z])");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]{2,}|(?<![A-Za-z])[A-Za-z](?![A-Za-z])");

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private Stage stage;
  private GreenhousePage page;

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
  }

  @AfterEach
  void stopPage() {
    if (page != null) {
      page.stop();
    }
  }

  private ConsoleContext chinese() {
    return harness
        .context("tom", Role.TECHNICIAN)
        .withMessages(new Messages(Locale.SIMPLIFIED_CHINESE));
  }

  private void open(FxRobot robot, ConsoleContext context) {
    robot.interact(
        () -> {
          page = GreenhousePage.create(context);
          page.select(GH);
          Scene scene = new Scene(page.root(), 1280, 800);
          Theme.apply(scene);
          stage.setScene(scene);
          stage.show();
        });
  }

  @SuppressWarnings("unchecked")
  private static List<ActuatorRow> rows(FxRobot robot) {
    return List.copyOf(robot.lookup("#actuator-table").queryAs(TableView.class).getItems());
  }

  /** Chinese words, with nothing in Latin letters left but units, symbols and the user's name. */
  private static void assertChinese(String text, String context) {
    assertTrue(CJK.matcher(text).find(), context);
    String rest = UNITS.matcher(text.replace("tom", "")).replaceAll("");
    assertFalse(LATIN.matcher(rest).find(), context);
    assertFalse(text.contains("!"), context);
  }

  @Test
  void everyReasonAndDeciderIsInChinese(FxRobot robot) {
    open(robot, chinese());
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              List<ActuatorRow> rows = rows(robot);
              assertEquals(
                  List.of(Actuator.values()), rows.stream().map(ActuatorRow::actuator).toList());
              for (ActuatorRow row : rows) {
                assertChinese(row.reason(), row.toString());
                assertChinese(row.decidedBy(), row.toString());
              }
            });
    ActuatorRow lamps =
        rows(robot).stream().filter(r -> r.actuator() == Actuator.LAMPS).findFirst().orElseThrow();
    assertEquals("开/关", lamps.unit());
  }

  @Test
  void aManualOverrideIsWordedInChineseWithTheTechniciansOwnReason(FxRobot robot)
      throws Exception {
    ConsoleContext context = chinese();
    Instant now = Instant.now();
    context
        .overrides()
        .set(
            context.session(), GH, Actuator.LEE_VENT, 37, now.plus(Duration.ofMinutes(30)),
            "喷药后通风", now);
    open(robot, context);
    await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () -> {
              ActuatorRow lee =
                  rows(robot).stream()
                      .filter(r -> r.actuator() == Actuator.LEE_VENT)
                      .findFirst()
                      .orElseThrow(() -> new AssertionError("no lee vent row yet"));
              assertEquals("手动干预", lee.decidedBy());
              assertTrue(lee.reason().startsWith("由 tom 设定，持续至 "), lee.reason());
              assertTrue(lee.reason().endsWith("：喷药后通风"), lee.reason());
            });
  }
}
