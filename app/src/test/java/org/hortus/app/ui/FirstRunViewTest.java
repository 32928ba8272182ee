package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.park.ShippedFiles;
import org.hortus.app.park.SiteParkFiles;
import org.hortus.app.park.SitePark;
import org.hortus.app.security.PasswordHasher;
import org.hortus.app.security.Role;
import org.hortus.app.security.UserAccount;
import org.hortus.app.security.UserStore;
import org.hortus.app.service.ConsolePark;
import org.hortus.app.store.Database;
import org.hortus.app.ui.i18n.SceneTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first run, driven as a site's administrator would: the park choice (demo, or the site's own
 * file through a chooser seam that hands the test's file), the administrator's fields, and what
 * lands in the data folder (a temporary folder, never the user's own). Parks really start.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunViewTest {

  private static final String PASSWORD = "greenhouse password 1";
  private static final Duration PARK_START = Duration.ofSeconds(60);

  @TempDir Path folder;
  private Stage stage;
  private Path nextChoice;
  private final ExecutorService background = Executors.newFixedThreadPool(2);
  private final List<ConsolePark.Source> starts = new CopyOnWriteArrayList<>();
  private final List<ConsolePark> parks = new CopyOnWriteArrayList<>();
  private final AtomicReference<ConsolePark> ready = new AtomicReference<>();

  @Start
  void start(Stage stage) {
    this.stage = stage;
    Scene scene = new Scene(new StackPane(), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void stopParks() {
    background.shutdownNow();
    parks.forEach(ConsolePark::close);
  }

  private Path data() {
    return folder.resolve("data");
  }

  private void show(FxRobot robot, Messages messages) throws Exception {
    FirstRunViewModel model = new FirstRunViewModel(messages, Platform::runLater, background, new SitePark(data()),
        ShippedFiles.sampleRecipes().keySet(), Optional.empty(), this::startPark, new PasswordHasher(1_000), park -> {
          ready.set(park);
          stage.getScene().setRoot(new LoginView(park.park().database(), messages, Platform::runLater, background, s -> {}).root());
        });
    robot.interact(() -> stage.getScene().setRoot(
        new FirstRunView(model, messages, window -> Optional.ofNullable(nextChoice)).root()));
  }

  private ConsolePark startPark(ConsolePark.Source source) throws Exception {
    starts.add(source);
    ConsolePark park = ConsolePark.start(source,
        new ConsolePark.Settings(0, 60, Database.fileUrl(data().resolve("hortus")), data(), Duration.ofMillis(500)));
    parks.add(park);
    return park;
  }

  private static void fillAdministrator(FxRobot robot, String name) {
    robot.clickOn("#firstrun-user").write(name);
    robot.clickOn("#firstrun-password").write(PASSWORD);
    robot.clickOn("#firstrun-repeat").write(PASSWORD);
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private List<String> parkFilesInData() throws Exception {
    if (!Files.isDirectory(data())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(data())) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("park")).sorted().toList();
    }
  }

  private static void assertAdministrator(ConsolePark park, String name) throws Exception {
    UserAccount admin = new UserStore(park.park().database()).find(name).orElseThrow();
    assertEquals(Role.ADMINISTRATOR, admin.role());
  }

  @Test
  void anInvalidParkFileShowsItsProblemsWithTheirPlacesAndNothingIsCopied(FxRobot robot) throws Exception {
    nextChoice = SiteParkFiles.write(folder.resolve("usb"), "bad-park.json", SiteParkFiles.BAD_GUTTER);
    show(robot, new Messages(Locale.ENGLISH));
    fillAdministrator(robot, "root");

    robot.clickOn("#firstrun-park-import"); // no file yet: the chooser opens at once
    int line = SiteParkFiles.lineOf(SiteParkFiles.BAD_GUTTER, "\"gutterHeight\": 60");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertTrue(
        text(robot, "#firstrun-park-problems").matches(
            "(?s)bad-park\\.json has one problem; nothing was imported:\nbad-park\\.json:" + line
                + ":\\d+: greenhouses\\[0]\\.gutterHeight: .*"),
        text(robot, "#firstrun-park-problems")));
    assertEquals("", text(robot, "#firstrun-park-summary"));

    robot.clickOn("#firstrun-submit");
    assertEquals(new Messages(Locale.ENGLISH).text("firstrun.error.badfile"), text(robot, "#firstrun-status"));
    assertEquals(List.of(), parkFilesInData(), "a bad file is never copied");
    assertEquals(List.of(), starts, "no park starts");
  }

  @Test
  void aValidParkFileIsSummarisedThenCopiedIntoTheDataFolderAndRun(FxRobot robot) throws Exception {
    nextChoice = SiteParkFiles.write(folder.resolve("usb"), "polder.json", SiteParkFiles.VALID);
    show(robot, new Messages(Locale.ENGLISH));
    fillAdministrator(robot, "root");

    robot.clickOn("#firstrun-park-import");
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#firstrun-park-summary").equals(
        "Polder Site: one greenhouse, one device, 2 points. It will be copied into the data folder."));
    assertEquals(nextChoice.toString(), text(robot, "#firstrun-park-file"));
    assertEquals(List.of(), parkFilesInData(), "not copied before the form is submitted");

    robot.clickOn("#firstrun-submit");
    await().atMost(PARK_START).until(() -> ready.get() != null);

    Path copy = data().resolve(SitePark.FILE_NAME);
    assertArrayEquals(Files.readAllBytes(nextChoice), Files.readAllBytes(copy));
    assertEquals(List.of(new ConsolePark.Source.File(copy)), starts, "the park runs from the copy");
    assertEquals("Polder Site", ready.get().name());
    assertTrue(ready.get().simulated().isEmpty(), "no simulator for a site's own park");
    assertAdministrator(ready.get(), "root");
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#login-user").tryQuery().isPresent());
  }

  @Test
  void theDemoParkIsTheDefaultAndLeavesNoParkFileInTheDataFolder(FxRobot robot) throws Exception {
    nextChoice = null;
    show(robot, new Messages(Locale.ENGLISH));
    fillAdministrator(robot, "ada");

    robot.clickOn("#firstrun-submit");
    await().atMost(PARK_START).until(() -> ready.get() != null);

    assertEquals(List.of(new ConsolePark.Source.Demo()), starts);
    assertEquals(List.of(), parkFilesInData());
    assertTrue(ready.get().simulated().isPresent(), "the demo park runs with its simulator");
    assertAdministrator(ready.get(), "ada");
    await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup("#login-user").tryQuery().isPresent());
  }

  @Test
  void choosingImportWithoutAFileIsRefusedAndStartsNothing(FxRobot robot) throws Exception {
    nextChoice = null; // the chooser is cancelled
    show(robot, new Messages(Locale.ENGLISH));
    fillAdministrator(robot, "root");

    robot.clickOn("#firstrun-park-import");
    assertEquals("No file chosen.", text(robot, "#firstrun-park-file"));
    robot.clickOn("#firstrun-submit");

    assertEquals("Choose your park file, or start with the demo park.", text(robot, "#firstrun-status"));
    assertEquals(List.of(), starts);
  }

  @Test
  void inChineseBadNamesAndPasswordsAreSaidInChineseAndNothingStarts(FxRobot robot) throws Exception {
    Messages chinese = new Messages(Locale.SIMPLIFIED_CHINESE);
    nextChoice = SiteParkFiles.write(folder.resolve("usb"), "bad-park.json", SiteParkFiles.BAD_GUTTER);
    show(robot, chinese);

    robot.clickOn("#firstrun-user").write("Root!");
    robot.clickOn("#firstrun-password").write("kurz");
    robot.clickOn("#firstrun-repeat").write("other");
    assertEquals(chinese.text("firstrun.error.name.format"), text(robot, "#firstrun-user-problem"));
    assertEquals("密码须为 12 至 1,024 个字符，当前为 4 个。", text(robot, "#firstrun-password-problem"));
    assertEquals("两次输入的密码不一致。", text(robot, "#firstrun-repeat-problem"));
    robot.clickOn("#firstrun-submit");
    assertEquals("请先更正标出的字段。", text(robot, "#firstrun-status"));
    assertEquals(List.of(), starts);

    List<String> english = new ArrayList<>();
    robot.interact(() -> SceneTexts.collect(stage.getScene().getRoot()).forEach(found -> SceneTexts
        .englishIn(found.text(), Set.of(data().toString()), Set.of("Hortus", "JSON"))
        .forEach(word -> english.add(found.where() + ": " + word))));
    assertEquals(List.of(), english);

    // A park file's problems: the reader's lines, under a header in Chinese.
    robot.clickOn("#firstrun-park-import");
    await().atMost(Duration.ofSeconds(10)).until(() -> text(robot, "#firstrun-park-problems")
        .startsWith("bad-park.json 有 1 个问题，未导入任何内容：\nbad-park.json:"));
  }
}
