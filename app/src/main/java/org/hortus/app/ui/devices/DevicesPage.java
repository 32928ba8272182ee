package org.hortus.app.ui.devices;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.security.Permission;
import org.hortus.app.store.DataFolder;
import org.hortus.app.ui.ConsoleContext;

/**
 * The console's Devices page: every field device's connection (endpoint, state, reason, since when)
 * and, for the selected device, its points with quality, engineering and raw value, last update and
 * age. An administrator can trust the selected OPC UA server's certificate.
 *
 * <p>Code-only, on a {@link DevicesModel}. While the page is in a scene, a {@link Timeline}
 * refreshes both tables every {@link #REFRESH} on the FX thread from in-memory state (driver
 * health, the point registry); it stops when the page leaves the scene. Trusting runs on the
 * context's background executor ({@link CertificateTrust}); nothing here waits on I/O.
 */
public final class DevicesPage {

  /** How often the tables are refreshed: at most twice a second. */
  public static final Duration REFRESH = Duration.millis(500);

  private final BorderPane root = new BorderPane();
  private final DevicesModel model;
  private final DeviceTexts texts;
  private final TableView<LiveRow<DeviceRow>> devices;
  private final TableView<LiveRow<PointRow>> points;
  private final Label pointsTitle = new Label();
  private final Button trust = new Button();
  private final Label trustStatus = new Label();
  private final CertificateTrust certificateTrust;
  private final boolean mayTrust;
  private final Timeline refresh;
  private String shownDeviceId;
  private boolean trusting;

  /**
   * The page for the console's park: its devices and the points the runtime binds to them,
   * certificates in the user's data folder.
   */
  public static Node build(ConsoleContext context) {
    List<PointBinding> bindings = context.runtime().bindings();
    return new DevicesPage(
            context, DevicesModel.of(context.park(), bindings), DataFolder.forThisUser())
        .root();
  }

  /** Builds the page; call on the FX thread. */
  public DevicesPage(ConsoleContext context, DevicesModel model, Path dataFolder) {
    this.model = Objects.requireNonNull(model, "model");
    this.texts = new DeviceTexts(context.messages(), Clock.systemDefaultZone());
    this.devices = DeviceTable.create(texts);
    this.points = PointTable.create(texts);
    this.certificateTrust =
        new CertificateTrust(dataFolder, context.background(), context.fx(), context.messages());
    this.mayTrust = context.session().role().permits(Permission.MANAGE_DEVICES);
    layOut();
    devices.getSelectionModel().selectedItemProperty().subscribe(row -> showPoints());
    refresh = new Timeline(new KeyFrame(REFRESH, event -> refresh()));
    refresh.setCycleCount(Timeline.INDEFINITE);
    root.sceneProperty()
        .subscribe(
            scene -> {
              if (scene == null) {
                refresh.stop();
              } else {
                refresh();
                refresh.play();
              }
            });
  }

  private void layOut() {
    Label title = new Label(texts.text("title"));
    title.getStyleClass().add("page-title");
    pointsTitle.setId("devices-points-title");
    pointsTitle.getStyleClass().add("devices-points-title");
    trust.setId("devices-trust");
    trust.setText(texts.text("trust"));
    trust.setOnAction(event -> trustSelected());
    trustStatus.setId("devices-trust-status");
    trustStatus.getStyleClass().add("devices-trust-status");
    trustStatus.setWrapText(true);
    trustStatus.managedProperty().bind(trustStatus.textProperty().isNotEmpty());
    trustStatus.visibleProperty().bind(trustStatus.managedProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox pointsHeader = new HBox(12, pointsTitle, spacer, trust);
    pointsHeader.setAlignment(Pos.CENTER_LEFT);
    devices.setPrefHeight(170);
    VBox.setVgrow(points, Priority.ALWAYS);
    VBox content = new VBox(8, title, devices, pointsHeader, trustStatus, points);
    content.setPadding(new Insets(12, 16, 12, 16));
    root.setCenter(content);
    root.setId("devices-page");
    root.getStyleClass().add("devices-page");
  }

  private void refresh() {
    LiveRow.show(model.devices(), DeviceRow::id, devices.getItems());
    if (devices.getSelectionModel().isEmpty() && !devices.getItems().isEmpty()) {
      devices.getSelectionModel().selectFirst(); // shows its points through the listener
    } else {
      showPoints();
    }
  }

  private void showPoints() {
    Optional<DeviceRow> selected = selected();
    String deviceId = selected.map(DeviceRow::id).orElse(null);
    if (!Objects.equals(deviceId, shownDeviceId)) {
      shownDeviceId = deviceId;
      trustStatus.setText(
          selected.filter(DeviceRow::hasServerCertificate).isPresent() && !mayTrust
              ? texts.text("trust.notAllowed")
              : "");
    }
    LiveRow.show(
        selected.map(device -> model.points(device.id())).orElse(List.of()),
        row -> row.point().id(),
        points.getItems());
    pointsTitle.setText(
        selected
            .map(device -> texts.text("points.title", device.id()))
            .orElse(texts.text("points.noDevice")));
    trust.setDisable(
        trusting || !mayTrust || selected.filter(DeviceRow::hasServerCertificate).isEmpty());
  }

  private void trustSelected() {
    selected()
        .filter(DeviceRow::hasServerCertificate)
        .ifPresent(
            device -> {
              String endpoint = device.health().endpoint();
              trusting = true;
              trust.setDisable(true);
              trustStatus.setText(texts.text("trust.asking", endpoint));
              certificateTrust.trust(
                  endpoint,
                  words -> {
                    trusting = false;
                    trustStatus.setText(words);
                    showPoints();
                  });
            });
  }

  private Optional<DeviceRow> selected() {
    return Optional.ofNullable(devices.getSelectionModel().getSelectedItem()).map(LiveRow::value);
  }

  public Parent root() {
    return root;
  }
}
