package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hortus.app.security.Role;
import org.hortus.app.ui.alarms.AlarmsPage;
import org.hortus.model.alarm.AlarmSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In Chinese, a built-in alarm's title and message on the alarms page are in Chinese. */
@ExtendWith(ApplicationExtension.class)
class AlarmsReasonsZhTest {

  private static final String FLOOD = "park.flood";

  @TempDir static Path folder;
  private static ConsoleHarness harness;
  private AlarmsPage page;

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
    page =
        new AlarmsPage(
            harness
                .context("tom", Role.TECHNICIAN)
                .withMessages(new Messages(Locale.SIMPLIFIED_CHINESE)));
    Scene scene = new Scene(page.root(), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  /** The texts the active table shows in the flood's row, column by column. */
  private static List<String> floodRow(TableView<?> table) throws Exception {
    return WaitForAsyncUtils.asyncFx(
            () -> {
              int row = -1;
              for (int i = 0; i < table.getItems().size(); i++) {
                if (((AlarmSnapshot) table.getItems().get(i)).alarmId().equals(FLOOD)) {
                  row = i;
                }
              }
              int index = row;
              return index < 0
                  ? List.<String>of()
                  : table.getColumns().stream()
                      .map(c -> String.valueOf(c.getCellData(index)))
                      .toList();
            })
        .get();
  }

  @Test
  void theFloodWarningIsTitledAndWordedInChinese(FxRobot robot) {
    harness.simulated.setDrainLevelMillimetres(1000); // above the 900-mm warning level
    TableView<?> table = robot.lookup("#alarms-active").queryAs(TableView.class);
    await()
        .atMost(Duration.ofSeconds(60))
        .untilAsserted(
            () -> {
              List<String> row = floodRow(table);
              assertEquals(5, row.size(), "no flood alarm yet");
              assertEquals("洪水预警：排水池", row.get(2));
              assertTrue(row.get(3).startsWith("洪水预警：排水池：排水水位 "), row.get(3));
              assertTrue(row.get(3).contains("已超过 900 mm 警戒水位"), row.get(3));
            });
  }
}
