package org.hortus.app.ui;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.DemoParkBindings;
import org.hortus.app.security.Role;
import org.hortus.app.ui.devices.CertificateTrust;
import org.hortus.app.ui.devices.DeviceProtocol;
import org.hortus.app.ui.devices.DeviceRow;
import org.hortus.app.ui.devices.DevicesModel;
import org.hortus.app.ui.devices.DevicesPage;
import org.hortus.app.ui.devices.LiveRow;
import org.hortus.app.ui.devices.PointRow;
import org.hortus.app.ui.devices.RawValue;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.Quality;
import org.hortus.devices.opcua.OpcUaPointServer;
import org.hortus.devices.opcua.OpcUaPointServer.ServedPoint;
import org.hortus.devices.opcua.OpcUaSecurity;
import org.hortus.devices.opcua.OpcUaServerConfig;
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
 * The Devices page on the demo park, as an administrator sees it: both devices connected, the
 * climate PLC's points GOOD with raw and engineering values, certificate trust in words, and, in
 * the last test, the devices losing their servers.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DevicesPageTest {

  private static final String CLIMATE = DemoParkBindings.CLIMATE_DEVICE;
  private static final String IRRIGATION = DemoParkBindings.IRRIGATION_DEVICE;
  private static final String AIR_TEMPERATURE = ClimatePoint.AIR_TEMPERATURE.pointId("GH-01");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir static Path folder;
  private static ConsoleHarness harness;

  @BeforeAll
  static void startPark() throws Exception {
    harness = new ConsoleHarness(folder);
  }

  @AfterAll
  static void stopPark() {
    harness.close(); // closing the simulated park a second time is harmless
  }

  @Start
  void start(Stage stage) {
    ConsoleContext admin = harness.context("ada", Role.ADMINISTRATOR);
    DevicesPage page =
        new DevicesPage(
            admin,
            DevicesModel.of(harness.park, DemoParkBindings.of(harness.simulated).bindings()),
            folder.resolve("console-data"));
    Scene scene = new Scene(new StackPane(page.root()), 1280, 800);
    Theme.apply(scene);
    stage.setScene(scene);
    stage.show();
  }

  @Test
  @Order(1)
  void bothDemoDevicesAreListedConnected(FxRobot robot) {
    TableView<LiveRow<DeviceRow>> devices = deviceTable(robot);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<DeviceRow> rows =
                  onFx(() -> devices.getItems().stream().map(LiveRow::value).toList());
              assertEquals(List.of(CLIMATE, IRRIGATION), rows.stream().map(DeviceRow::id).toList());
              for (DeviceRow row : rows) {
                assertEquals(ConnectionState.CONNECTED, row.health().state(), row.toString());
              }
            });
    assertEquals("Connected", onFx(() -> column(devices, "devices-state").getCellData(0)));
    assertTrue(
        onFx(() -> column(devices, "devices-endpoint").getCellData(0)).startsWith("opc.tcp://"));
  }

  @Test
  @Order(2)
  void climatePlcShowsAirTemperatureOfGh01Good(FxRobot robot) {
    robot.clickOn(CLIMATE);
    TableView<LiveRow<PointRow>> points = pointTable(robot);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              int row = rowOf(points, AIR_TEMPERATURE);
              assertEquals("Good", onFx(() -> column(points, "points-quality").getCellData(row)));
              PointRow air = onFx(() -> points.getItems().get(row).value());
              double value = air.latest().orElseThrow().value();
              assertEquals(value, air.raw().orElseThrow(), 0.0, "OPC UA: raw is engineering");
              assertEquals("°C", onFx(() -> column(points, "points-unit").getCellData(row)));
              assertFalse(onFx(() -> column(points, "points-value").getCellData(row)).equals("—"));
              assertTrue(
                  onFx(() -> column(points, "points-age").getCellData(row)).endsWith(" s ago"));
            });
    assertEquals(
        "Points of " + CLIMATE,
        robot.lookup("#devices-points-title").queryAs(Label.class).getText());
  }

  @Test
  @Order(3)
  void modbusPointsShowTheRawRegisterBehindTheScaledValue(FxRobot robot) {
    robot.clickOn(IRRIGATION);
    TableView<LiveRow<PointRow>> points = pointTable(robot);
    String waterContent = harness.simulated.zones().getFirst().id() + ".water-content";
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              PointRow row = onFx(() -> points.getItems().get(rowOf(points, waterContent)).value());
              assertEquals(Optional.of(Quality.GOOD), row.quality());
              double percent = row.latest().orElseThrow().value();
              assertEquals(Math.round(percent * 10), row.raw().orElseThrow(), 1e-9);
            });
    assertTrue(robot.lookup("#devices-trust").queryAs(Button.class).isDisabled(), "no certificate");
  }

  @Test
  @Order(4)
  void trustingTheDemoServerSaysInWordsWhyThereIsNoCertificate(FxRobot robot) {
    robot.clickOn(CLIMATE);
    Button trust = robot.lookup("#devices-trust").queryAs(Button.class);
    await().atMost(WAIT).until(() -> !trust.isDisabled());
    robot.clickOn(trust);
    Label status = robot.lookup("#devices-trust-status").queryAs(Label.class);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              String text = onFx(status::getText);
              assertTrue(text.startsWith("Could not trust the certificate of opc.tcp://"), text);
              assertTrue(text.contains("offers no secured endpoint"), text);
            });
  }

  @Test
  @Order(5)
  void aViewerMayNotTrustACertificate(FxRobot robot) {
    DevicesPage viewerPage =
        onFx(
            () ->
                new DevicesPage(
                    harness.context("vic", Role.VIEWER),
                    DevicesModel.of(
                        harness.park, DemoParkBindings.of(harness.simulated).bindings()),
                    folder.resolve("console-data")));
    onFxDo(() -> robot.targetWindow().getScene().setRoot(new StackPane(viewerPage.root())));
    await().atMost(WAIT).until(() -> robot.lookup(CLIMATE).tryQuery().isPresent());
    robot.clickOn(CLIMATE);
    assertTrue(robot.lookup("#devices-trust").queryAs(Button.class).isDisabled());
    assertEquals(
        "Only an administrator may trust a server certificate.",
        robot.lookup("#devices-trust-status").queryAs(Label.class).getText());
  }

  @Test
  @Order(6)
  void trustingASecuredServerShowsItsSubjectAndThumbprint() throws Exception {
    OpcUaServerConfig config =
        OpcUaServerConfig.builder("127.0.0.1", 0)
            .endpoints(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT)
            .pkiFolder(folder.resolve("server-pki"))
            .build();
    try (OpcUaPointServer server =
        OpcUaPointServer.start(config, List.of(new ServedPoint("Park/Test/Value", "", false, 1)))) {
      BlockingQueue<String> outcome = new ArrayBlockingQueue<>(1);
      new CertificateTrust(
              folder.resolve("console-data"),
              harness.background,
              Runnable::run,
              new Messages(Locale.ENGLISH))
          .trust(server.endpointUrl(), outcome::add);
      String text = outcome.poll(30, TimeUnit.SECONDS);
      assertTrue(text != null && text.startsWith("Trusted "), text);
      assertTrue(text.contains("CN=Hortus field devices"), text);
      assertTrue(text.matches("(?s).*SHA-1 thumbprint [0-9a-f]{40}:.*"), text);
    }
  }

  @Test
  @Order(7)
  void rawValuesFollowTheAddressScaleAndOffset() {
    RawValue scaled =
        RawValue.of(DeviceProtocol.MODBUS, "holding-register:20:INT16{scale:0.1,offset:-40}");
    assertEquals(OptionalDouble.of(653), scaled.fromEngineering(25.3));
    assertEquals(
        OptionalDouble.of(25.3),
        RawValue.of(DeviceProtocol.OPC_UA, "ns=2;s=X").fromEngineering(25.3));
    assertEquals(OptionalDouble.empty(), scaled.fromEngineering(Double.NaN));
  }

  /** Runs last: the simulated park's servers stop, as a PLC's would when it loses power. */
  @Test
  @Order(100)
  void devicesGoDownAndPointsBadWhenTheirServersStop(FxRobot robot) {
    TableView<LiveRow<DeviceRow>> devices = deviceTable(robot);
    await()
        .atMost(WAIT)
        .until(() -> onFx(() -> devices.getItems().stream().allMatch(r -> r.value().connected())));
    harness.simulated.close();

    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<DeviceRow> rows =
                  onFx(() -> devices.getItems().stream().map(LiveRow::value).toList());
              assertEquals(2, rows.size());
              for (DeviceRow row : rows) {
                assertFalse(row.connected(), row.toString());
              }
            });
    assertFalse(robot.lookup(".devices-table .table-row-cell:not-connected").queryAll().isEmpty());
    robot.clickOn(CLIMATE);
    TableView<LiveRow<PointRow>> points = pointTable(robot);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              List<PointRow> rows =
                  onFx(() -> points.getItems().stream().map(LiveRow::value).toList());
              assertFalse(rows.isEmpty());
              for (PointRow row : rows) {
                assertEquals(Optional.of(Quality.BAD), row.quality(), row.point().id());
              }
              assertEquals(
                  "Bad",
                  onFx(
                      () ->
                          column(points, "points-quality")
                              .getCellData(rowOf(points, AIR_TEMPERATURE))));
            });
  }

  @SuppressWarnings("unchecked")
  private static TableView<LiveRow<DeviceRow>> deviceTable(FxRobot robot) {
    return robot.lookup("#devices-table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private static TableView<LiveRow<PointRow>> pointTable(FxRobot robot) {
    return robot.lookup("#device-points-table").queryAs(TableView.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> TableColumn<LiveRow<T>, String> column(
      TableView<LiveRow<T>> table, String id) {
    return (TableColumn<LiveRow<T>, String>)
        table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
  }

  private static int rowOf(TableView<LiveRow<PointRow>> points, String pointId) {
    int row =
        onFx(
            () -> {
              for (int i = 0; i < points.getItems().size(); i++) {
                if (points.getItems().get(i).key().equals(pointId)) {
                  return i;
                }
              }
              return -1;
            });
    assertTrue(row >= 0, pointId + " not listed");
    return row;
  }

  private static <T> T onFx(java.util.concurrent.Callable<T> read) {
    try {
      return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void onFxDo(Runnable action) {
    onFx(
        () -> {
          action.run();
          return null;
        });
  }
}
