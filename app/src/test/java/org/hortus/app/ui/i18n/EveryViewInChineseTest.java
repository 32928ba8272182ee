package org.hortus.app.ui.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javafx.scene.Scene;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.security.Role;
import org.hortus.app.ui.ConsoleHarness;
import org.hortus.app.ui.ConsolePages;
import org.hortus.app.ui.ConsoleShell;
import org.hortus.app.ui.Messages;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.recipe.ClimateRecipe;
import org.hortus.model.recipe.GrowthStage;
import org.hortus.model.recipe.RecipePeriod;
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
 * Switched to Chinese, no view shows an English text: signed in as each role that opens pages of
 * its own (administrator, technician, agronomist), every page of the main window is shown and
 * its scene graph walked ({@link SceneTexts}). What the site wrote itself (names of the park,
 * houses, zones, supplies, recipes, points; user names) is data and taken out first; unit
 * symbols and protocol names are allowed. A missing key ({@code !key!}) fails too.
 *
 * <p>With {@code -Dhortus.screenshots=DIR}, it also saves every page in English and in Chinese as
 * {@code DIR/<page>-en.png} and {@code DIR/<page>-zh.png} (the README's pictures).
 */
@ExtendWith(ApplicationExtension.class)
class EveryViewInChineseTest {

  /** Words that are not English prose: units, protocols, formats, product names. */
  static final Set<String> ALLOWED = Set.of(
      "Hortus", "OPC", "Modbus", "CSV", "PNG", "JSON", "ppm", "kPa", "SHA", "UTC", "TCP", "PLC", "NFT", "VPD",
      "mol", "kWh", "Basic256Sha256", "None", "Sign", "SignAndEncrypt", "LED");

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
    stage.setScene(scene);
    stage.show();
  }

  @Test
  void noViewShowsEnglishInChinese(FxRobot robot) throws Exception {
    Set<String> data = siteData();
    String screenshots = System.getProperty("hortus.screenshots");
    List<Locale> languages = screenshots == null
        ? List.of(Locale.SIMPLIFIED_CHINESE)
        : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    List<String> problems = new ArrayList<>();
    Set<String> walked = new LinkedHashSet<>();
    Preferences preferences = Preferences.userRoot().node("org/hortus/test/walk-" + System.nanoTime());
    for (Locale language : languages) {
      for (String[] user : new String[][] {{"ada", "ADMINISTRATOR"}, {"tom", "TECHNICIAN"}, {"amy", "AGRONOMIST"}}) {
        AtomicReference<ConsoleShell> shell = new AtomicReference<>();
        robot.interact(() -> {
          shell.set(new ConsoleShell(scene,
              harness.context(user[0], Role.valueOf(user[1])).withMessages(new Messages(language)),
              ConsolePages.all(), preferences));
          shell.get().show();
        });
        for (String page : shell.get().main().pageKeys()) {
          String tag = language.getLanguage();
          if (!walked.add(tag + "/" + page)) {
            continue; // seen as another role
          }
          robot.interact(() -> shell.get().main().show(page));
          WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS); // background loads land
          WaitForAsyncUtils.waitForFxEvents();
          if (language.equals(Locale.SIMPLIFIED_CHINESE)) {
            List<SceneTexts.Found> texts = new ArrayList<>();
            robot.interact(() -> texts.addAll(SceneTexts.collect(scene.getRoot())));
            for (SceneTexts.Found found : texts) {
              List<String> english = SceneTexts.englishIn(found.text(), data, ALLOWED);
              if (!english.isEmpty() || found.text().matches("(?s).*![a-z][\\w.-]*!.*")) {
                problems.add(user[0] + " " + page + " " + found.where() + ": \"" + found.text() + "\" " + english);
              }
            }
          }
          if (screenshots != null) {
            save(robot, Path.of(screenshots).resolve(page + "-" + tag + ".png"));
          }
        }
        robot.interact(() -> shell.get().stop());
      }
    }
    if (screenshots != null) {
      saveThemes(robot, Path.of(screenshots), preferences);
    }
    preferences.removeNode();
    assertTrue(walked.size() >= 5, "pages walked: " + walked);
    assertEquals(List.of(), problems, String.join("\n", problems));
  }

  /** The overview and greenhouse pages in the light and high-contrast themes. */
  private void saveThemes(FxRobot robot, Path folder, Preferences preferences) throws Exception {
    AtomicReference<ConsoleShell> shell = new AtomicReference<>();
    robot.interact(() -> {
      shell.set(new ConsoleShell(scene, harness.context("tom", Role.TECHNICIAN), ConsolePages.all(), preferences));
      shell.get().show();
    });
    for (org.hortus.app.ui.Theme theme : List.of(org.hortus.app.ui.Theme.LIGHT, org.hortus.app.ui.Theme.HIGH_CONTRAST)) {
      robot.interact(() -> shell.get().switchTheme(theme));
      for (String page : List.of("overview", "greenhouse", "alarms")) {
        robot.interact(() -> shell.get().main().show(page));
        WaitForAsyncUtils.sleep(2, java.util.concurrent.TimeUnit.SECONDS);
        save(robot, folder.resolve(page + "-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-') + ".png"));
      }
    }
    robot.interact(() -> shell.get().stop());
  }

  /** Names and ids the site wrote: the park file, the recipes, the point map, the user names. */
  private static Set<String> siteData() throws Exception {
    Set<String> data = new LinkedHashSet<>(List.of("ada", "tom", "amy", "vic", "tess")); // tess: the example name
    Park park = harness.simulated.park();
    data.add(park.name());
    for (WaterSupply supply : park.waterSupplies()) {
      data.add(supply.id());
      data.add(supply.name());
    }
    for (Greenhouse house : park.greenhouses()) {
      data.add(house.id());
      data.add(house.name());
      data.add(house.crop().species());
      data.add(house.crop().cultivar());
      data.add(house.crop().recipeId());
      for (Zone zone : house.zones()) {
        data.add(zone.id());
        data.add(zone.name());
      }
    }
    for (ClimateRecipe recipe : ShippedFiles.sampleRecipes().values()) {
      data.add(recipe.id());
      data.add(recipe.crop());
      data.add(recipe.source());
      for (GrowthStage stage : recipe.stages()) {
        data.add(stage.name());
        for (RecipePeriod period : stage.periods()) {
          data.add(period.name());
        }
      }
    }
    for (PointBinding binding : harness.park.runtime().bindings()) {
      data.add(binding.point().id());
      data.add(binding.point().name());
      data.add(binding.deviceId());
      data.add(binding.point().address());
    }
    return data;
  }

  private void save(FxRobot robot, Path file) throws Exception {
    AtomicReference<WritableImage> shot = new AtomicReference<>();
    robot.interact(() -> shot.set(scene.getRoot().snapshot(null, null)));
    int width = (int) shot.get().getWidth();
    int height = (int) shot.get().getHeight();
    int[] argb = new int[width * height];
    shot.get().getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    image.setRGB(0, 0, width, height, argb, 0, width);
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }
}
