package org.hortus.app.ui;

import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Parent;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.SimulatedPark;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.Point;
import org.hortus.devices.opcua.OpcUaDriver;

/**
 * The console's content for a park reached over OPC UA: builds the device points, the driver,
 * the view model and the view. {@link #open} returns at once (connecting runs in the
 * background); {@link #close} disconnects.
 */
public final class ConsoleWindow implements AutoCloseable {

  /** The greenhouse the console shows until the park overview comes. */
  public static final String GREENHOUSE_ID = "GH-01";

  private final DeviceDriver driver;
  private final GreenhouseViewModel viewModel;
  private final GreenhouseView view;

  private ConsoleWindow(DeviceDriver driver, GreenhouseViewModel viewModel, GreenhouseView view) {
    this.driver = driver;
    this.viewModel = viewModel;
    this.view = view;
  }

  /** Opens the simulated park's first greenhouse; must be called on the FX thread. */
  public static ConsoleWindow open(SimulatedPark park, Executor fxExecutor) {
    String id = GREENHOUSE_ID;
    List<Point> points = List.of(
        point(park, ClimatePoint.AIR_TEMPERATURE, "Air temperature"),
        point(park, ClimatePoint.RELATIVE_HUMIDITY, "Relative humidity"),
        point(park, ClimatePoint.CO2, "CO2"),
        point(park, ClimatePoint.LEE_VENT, "Vent opening"));
    DeviceDriver driver = new OpcUaDriver(park.opcUaEndpoint());
    GreenhouseViewModel viewModel =
        new GreenhouseViewModel(driver, park.opcUaEndpoint(), points, points.get(3), fxExecutor);
    String name = park.greenhouse(id).map(g -> g.name()).orElse("");
    GreenhouseView view = new GreenhouseView(id + " · " + name, viewModel, List.of(
        gauge(points.get(0), 0, 40, 1),
        gauge(points.get(1), 0, 100, 0),
        gauge(points.get(2), 0, 2000, 0),
        gauge(points.get(3), 0, 100, 0)));
    viewModel.start();
    return new ConsoleWindow(driver, viewModel, view);
  }

  private static Point point(SimulatedPark park, ClimatePoint point, String label) {
    return new Point(point.pointId(GREENHOUSE_ID), label, park.address(point.path(GREENHOUSE_ID)), point.unit(), point.writable());
  }

  private static GreenhouseView.Gauge gauge(Point point, double min, double max, int decimals) {
    return new GreenhouseView.Gauge(point.id(), point.name(), point.unit(), min, max, decimals);
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
