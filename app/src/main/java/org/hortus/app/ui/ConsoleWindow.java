package org.hortus.app.ui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import org.hortus.app.demo.DemoPark;
import org.hortus.app.demo.DemoParkPoints;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.Point;
import org.hortus.devices.opcua.OpcUaDriver;

/**
 * The console's content for a park reached over OPC UA: builds the device points, the driver,
 * the view model and the view. {@link #open} returns at once (connecting runs in the
 * background); {@link #close} disconnects.
 */
public final class ConsoleWindow implements AutoCloseable {

  private final DeviceDriver driver;
  private final GreenhouseViewModel viewModel;
  private final GreenhouseView view;

  private ConsoleWindow(DeviceDriver driver, GreenhouseViewModel viewModel, GreenhouseView view) {
    this.driver = driver;
    this.viewModel = viewModel;
    this.view = view;
  }

  /** Opens the demo park's greenhouse; must be called on the FX thread. */
  public static ConsoleWindow open(DemoPark park, Executor fxExecutor) {
    String greenhouseId = DemoPark.GREENHOUSE_ID;
    List<Point> points =
        DemoParkPoints.all().stream()
            .map(
                p ->
                    new Point(
                        p.pointId(greenhouseId), p.label(), park.address(p), p.unit(), p.writable()))
            .toList();
    Point vent =
        points.stream()
            .filter(p -> p.id().equals(DemoParkPoints.VENT_OPENING.pointId(greenhouseId)))
            .findFirst()
            .orElseThrow();
    DeviceDriver driver = new OpcUaDriver(park.endpointUrl());
    GreenhouseViewModel viewModel =
        new GreenhouseViewModel(driver, park.endpointUrl(), points, vent, fxExecutor);
    GreenhouseView view =
        new GreenhouseView(
            greenhouseId + " · Tomato house",
            viewModel,
            List.of(
                gauge(DemoParkPoints.AIR_TEMPERATURE, greenhouseId, 0, 40, 1),
                gauge(DemoParkPoints.RELATIVE_HUMIDITY, greenhouseId, 0, 100, 0),
                gauge(DemoParkPoints.CO2, greenhouseId, 0, 2000, 0),
                gauge(DemoParkPoints.VENT_OPENING, greenhouseId, 0, 100, 0)));
    viewModel.start();
    return new ConsoleWindow(driver, viewModel, view);
  }

  private static GreenhouseView.Gauge gauge(
      DemoParkPoints point, String greenhouseId, double min, double max, int decimals) {
    return new GreenhouseView.Gauge(
        point.pointId(greenhouseId), point.label(), point.unit(), min, max, decimals);
  }

  public Parent root() {
    return view.root();
  }

  public GreenhouseViewModel viewModel() {
    return viewModel;
  }

  @Override
  public void close() {
    driver.close();
  }
}
