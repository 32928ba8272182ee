package org.hortus.app.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.WriteResult;

/**
 * The state behind one greenhouse's live view: the latest value of each point, the connection
 * state and the outcome of the last vent command. All properties change on the FX executor only;
 * device I/O runs on the driver's threads and reports back through that executor.
 */
public final class GreenhouseViewModel {

  private final DeviceDriver driver;
  private final String endpointUrl;
  private final List<Point> points;
  private final Point ventPoint;
  private final Executor fxExecutor;
  private final Map<String, DoubleProperty> values = new HashMap<>();
  private final Map<String, ReadOnlyStringWrapper> qualities = new HashMap<>();
  private final ReadOnlyStringWrapper connectionStatus = new ReadOnlyStringWrapper("Not connected");
  private final ReadOnlyStringWrapper ventCommandStatus = new ReadOnlyStringWrapper("");
  private final FxPointValueCoalescer coalescer;

  /**
   * @param driver the driver to the greenhouse's PLC, not yet connected
   * @param endpointUrl where it connects, for the status line
   * @param points the points shown; {@code ventPoint} must be among them
   * @param fxExecutor runs property changes: {@code Platform::runLater} in the console
   */
  public GreenhouseViewModel(
      DeviceDriver driver,
      String endpointUrl,
      List<Point> points,
      Point ventPoint,
      Executor fxExecutor) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.endpointUrl = Objects.requireNonNull(endpointUrl, "endpointUrl");
    this.points = List.copyOf(points);
    this.ventPoint = Objects.requireNonNull(ventPoint, "ventPoint");
    this.fxExecutor = Objects.requireNonNull(fxExecutor, "fxExecutor");
    if (!this.points.contains(ventPoint)) {
      throw new IllegalArgumentException("vent point " + ventPoint.id() + " is not among points");
    }
    for (Point point : this.points) {
      values.put(point.id(), new SimpleDoubleProperty(Double.NaN));
      qualities.put(point.id(), new ReadOnlyStringWrapper("BAD"));
    }
    this.coalescer = new FxPointValueCoalescer(fxExecutor, this::show);
  }

  /** Connects and subscribes in the background; the status property tells how it went. */
  public void start() {
    connectionStatus.set("Connecting to " + endpointUrl + " …");
    driver
        .connect()
        .thenCompose(ignored -> driver.subscribe(points, coalescer::offer))
        .whenComplete(
            (ignored, failure) ->
                fxExecutor.execute(
                    () ->
                        connectionStatus.set(
                            failure == null
                                ? "Connected to " + endpointUrl
                                : "Connection failed: " + rootMessage(failure))));
  }

  /**
   * Parses what the technician typed and, if it is a valid opening, sends it to the PLC. Returns
   * the problem with the input, if any; nothing is sent then.
   */
  public Optional<String> commandVentOpening(String typed) {
    double percent;
    try {
      percent = Double.parseDouble(typed.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      return reject("Vent opening: \"" + typed.trim() + "\" is not a number (0–100 %).");
    }
    if (!(percent >= 0 && percent <= 100)) {
      return reject("Vent opening must be 0–100 %, not " + typed.trim() + ".");
    }
    String shown = formatPercent(percent);
    ventCommandStatus.set("Sending vent opening " + shown + " …");
    driver
        .write(ventPoint, percent)
        .whenComplete(
            (result, failure) -> fxExecutor.execute(() -> reportWrite(shown, result, failure)));
    return Optional.empty();
  }

  private Optional<String> reject(String problem) {
    ventCommandStatus.set(problem);
    return Optional.of(problem);
  }

  private void reportWrite(String shown, WriteResult result, Throwable failure) {
    if (failure != null) {
      ventCommandStatus.set("Vent opening " + shown + " not sent: " + rootMessage(failure));
    } else if (!result.accepted()) {
      ventCommandStatus.set(
          "Vent opening " + shown + " refused by the PLC (" + result.deviceStatus() + ")");
    } else {
      ventCommandStatus.set(
          "Vent opening " + formatPercent(result.readBack().value()) + " confirmed by the PLC");
    }
  }

  private void show(PointValue value) {
    DoubleProperty property = values.get(value.pointId());
    if (property == null) {
      return;
    }
    property.set(value.isGood() ? value.value() : Double.NaN);
    qualities.get(value.pointId()).set(value.quality().name());
  }

  /** The latest value of a point (NaN until one arrives, or while it is BAD). */
  public DoubleProperty valueProperty(String pointId) {
    DoubleProperty property = values.get(pointId);
    if (property == null) {
      throw new IllegalArgumentException("no point " + pointId + " in this view");
    }
    return property;
  }

  public ReadOnlyStringProperty qualityProperty(String pointId) {
    return qualities.get(pointId).getReadOnlyProperty();
  }

  public ReadOnlyStringProperty connectionStatusProperty() {
    return connectionStatus.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty ventCommandStatusProperty() {
    return ventCommandStatus.getReadOnlyProperty();
  }

  private static String formatPercent(double percent) {
    return String.format(java.util.Locale.ROOT, "%.0f %%", percent);
  }

  private static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
  }
}
