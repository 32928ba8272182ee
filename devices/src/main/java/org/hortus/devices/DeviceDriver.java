package org.hortus.devices;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One connection to one field device (a PLC's OPC UA server, a Modbus TCP device). All calls
 * return at once; the work happens on the driver's I/O threads.
 *
 * <p>Life cycle: {@link #connect()} once, then {@link #subscribe} and {@link #write} any number of
 * times, then {@link #close()}. Listeners are called on the driver's delivery thread.
 */
public interface DeviceDriver extends AutoCloseable {

  /** Connects; completes when the session is up, or exceptionally with a {@link DeviceException}. */
  CompletionStage<Void> connect();

  /**
   * Subscribes to the points; the listener gets every change, starting with the current value.
   * Completes when the device has accepted the subscription.
   */
  CompletionStage<Void> subscribe(List<Point> points, PointListener listener);

  /** Writes a value and reads it back; completes with the device's answer. */
  CompletionStage<WriteResult> write(Point point, double value);

  /**
   * Registers a listener for connection-state changes (CONNECTED, RECONNECTING, DOWN with the
   * reason). Losing the connection also marks every subscribed point BAD at once, through the
   * point listeners; coming back restores them.
   */
  void addHealthListener(HealthListener listener);

  /** The current connection state. */
  DeviceHealth health();

  /** Disconnects and releases the driver's threads. Does not throw for expected faults. */
  @Override
  void close();
}
