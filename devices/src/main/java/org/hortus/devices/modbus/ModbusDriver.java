package org.hortus.devices.modbus;

import com.digitalpetri.modbus.client.ModbusTcpClient;
import com.digitalpetri.modbus.tcp.client.NettyTcpClientTransport;
import com.digitalpetri.netty.fsm.Event;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.DeviceException;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.HealthListener;
import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.WriteResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link DeviceDriver} for one Modbus TCP device (digitalpetri modbus client). Point addresses
 * are {@link ModbusAddress}es, e.g. {@code input-register:5:UINT16{unit-id:1,scale:0.1}}.
 *
 * <p>Polling: every poll interval the driver reads the subscribed points, neighbouring ones grouped
 * into requests of at most 125 registers or 2000 bits, one poll request in flight at a time (a
 * write goes out beside it). Requests are sent only on a live connection: one made while it is down
 * fails at once instead of going out after a reconnect, when its caller has long given up
 * (TECHNOTES). Listeners get a value the first time, then only when the number, quality or reason
 * changes. A timeout ({@code timeout}), an exception response (its code name, e.g. {@code
 * ILLEGAL_DATA_ADDRESS}) or a garbage value (NaN, infinity, outside {@code min..max}) makes the
 * point BAD; polling goes on.
 *
 * <p>Life cycle: the constructor does no I/O. {@link #connect()} starts connecting and returns at
 * once; if the first attempt fails the stage fails, health turns RECONNECTING and the library keeps
 * trying in the background (backoff 1, 2, 4, 4 … s), as it does after a lost connection. Losing the
 * connection marks every point BAD at once; coming back polls at once and restores them. {@link
 * #close()} stops polling, disconnects, turns health DOWN "closed" and ends the driver's thread.
 *
 * <p>Threads: one daemon thread per driver ({@code hortus-modbus-driver host:port}) runs the poll
 * loop, calls point and health listeners (return quickly; never block there) and completes the
 * returned stages. The library's Netty threads only do I/O.
 */
public final class ModbusDriver implements DeviceDriver {

  /** The longest wait between reconnect attempts (the library's default is 32 s). */
  static final int MAX_RECONNECT_DELAY_SECONDS = 4;

  private static final Logger LOG = LoggerFactory.getLogger(ModbusDriver.class);

  private final String endpoint;
  private final FailFastTcpTransport transport;
  private final ScheduledThreadPoolExecutor driverThread;
  private final Executor onDriverThread;
  private final PollLoop pollLoop;
  private final PointWriter writer;
  private final HealthTracker health;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * A driver for the device at {@code host:port}.
   *
   * @param pollInterval the pause between the end of one poll cycle and the start of the next
   * @param requestTimeout how long one request may wait for its answer (also the connect timeout,
   *     at least one second)
   */
  public ModbusDriver(String host, int port, Duration pollInterval, Duration requestTimeout) {
    Objects.requireNonNull(host, "host");
    if (host.isBlank() || port < 1 || port > 65535) {
      throw new IllegalArgumentException("Modbus device needs a host and a port 1..65535");
    }
    if (!pollInterval.isPositive() || !requestTimeout.isPositive()) {
      throw new IllegalArgumentException("poll interval and request timeout must be positive");
    }
    this.endpoint = host + ":" + port;
    this.health = new HealthTracker(endpoint);
    this.driverThread =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("hortus-modbus-driver " + endpoint).daemon().factory());
    driverThread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    driverThread.setRemoveOnCancelPolicy(true);
    this.onDriverThread = this::runOnDriverThread;
    Duration connectTimeout =
        requestTimeout.compareTo(Duration.ofSeconds(1)) < 0
            ? Duration.ofSeconds(1)
            : requestTimeout;
    this.transport =
        FailFastTcpTransport.create(host, port, connectTimeout, MAX_RECONNECT_DELAY_SECONDS);
    ModbusTcpClient client =
        ModbusTcpClient.create(transport, config -> config.setRequestTimeout(requestTimeout));
    this.pollLoop = new PollLoop(client, driverThread, onDriverThread, pollInterval);
    this.writer = new PointWriter(client, onDriverThread);
    transport.addConnectionListener(
        new NettyTcpClientTransport.ConnectionListener() {
          @Override
          public void onConnection() {
            onDriverThread.execute(ModbusDriver.this::markConnected);
          }

          @Override
          public void onConnectionLost() {
            onDriverThread.execute(() -> markConnectionLost("connection lost"));
          }
        });
    transport
        .getChannelFsm()
        .addTransitionListener(
            (from, to, via) -> {
              if (via instanceof Event.ConnectFailure failure) {
                String reason = ModbusRequests.reason(failure.failure);
                onDriverThread.execute(() -> onConnectFailed(reason));
              }
            });
  }

  /**
   * Starts connecting; completes when connected, or fails with a {@link DeviceException} if the
   * first attempt fails (the driver keeps trying in the background until closed).
   */
  @Override
  public CompletionStage<Void> connect() {
    if (closed.get()) {
      return CompletableFuture.failedFuture(closedException());
    }
    var result = new CompletableFuture<Void>();
    transport
        .connect()
        .whenCompleteAsync(
            (ignored, failure) -> {
              if (failure == null) {
                if (transport.isConnected()) {
                  markConnected();
                }
                result.complete(null);
              } else {
                String reason = ModbusRequests.reason(failure);
                onConnectFailed(reason);
                result.completeExceptionally(
                    new DeviceException(
                        "cannot connect to Modbus device "
                            + endpoint
                            + ": "
                            + reason
                            + " (retrying in the background)",
                        failure));
              }
            },
            onDriverThread);
    return result;
  }

  /**
   * Adds the points to the poll loop. Completes once they are registered; their first values follow
   * from the next poll (or BAD at once while not connected). Fails with a {@link DeviceException}
   * naming the point if an address does not parse; then none is added.
   */
  @Override
  public CompletionStage<Void> subscribe(List<Point> points, PointListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<PolledPoint> polled = new ArrayList<>();
    for (Point point : List.copyOf(points)) {
      try {
        polled.add(new PolledPoint(point, ModbusAddress.parse(point.address()), listener));
      } catch (IllegalArgumentException e) {
        return CompletableFuture.failedFuture(
            new DeviceException("point " + point.id() + ": " + e.getMessage(), e));
      }
    }
    if (closed.get()) {
      return CompletableFuture.failedFuture(closedException());
    }
    return CompletableFuture.runAsync(() -> pollLoop.add(polled), onDriverThread);
  }

  /**
   * Writes the value once (one coil, one register, or two registers for 32-bit types) and reads the
   * point back. Completes with {@code accepted == false} and the device's status when the device
   * refuses (e.g. {@code ILLEGAL_DATA_VALUE; device holds 20}) or does not answer ({@code timeout;
   * device holds 42}): a timed-out write is never repeated. Fails with a {@link DeviceException}
   * naming the point, without sending anything, when the point is not writable, lies in a read-only
   * table, the value does not fit the address, or the driver is not connected.
   */
  @Override
  public CompletionStage<WriteResult> write(Point point, double value) {
    try {
      ModbusAddress address = writableAddress(point);
      int[] words = PointCodec.encode(point, address, value);
      if (closed.get()) {
        throw closedException();
      }
      if (health.state() != ConnectionState.CONNECTED) {
        throw new DeviceException(
            "not connected to Modbus device "
                + endpoint
                + ": write to point "
                + point.id()
                + " not sent");
      }
      return writer.write(point, address, words);
    } catch (DeviceException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public void addHealthListener(HealthListener listener) {
    health.addListener(listener);
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  /** The read plan, for tests. */
  List<ReadBlock> plan() {
    return CompletableFuture.supplyAsync(pollLoop::plan, onDriverThread).join();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    onDriverThread.execute(
        () -> {
          pollLoop.close();
          health.set(ConnectionState.DOWN, "closed");
        });
    try {
      transport.disconnect().get(2, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.debug("Disconnecting from {} did not finish cleanly", endpoint, e);
    }
    driverThread.shutdown();
    try {
      if (!driverThread.awaitTermination(2, TimeUnit.SECONDS)) {
        driverThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      driverThread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private ModbusAddress writableAddress(Point point) {
    String named = "point " + point.id() + " (" + point.name() + ")";
    if (!point.writable()) {
      throw new DeviceException(named + " is not writable");
    }
    ModbusAddress address;
    try {
      address = ModbusAddress.parse(point.address());
    } catch (IllegalArgumentException e) {
      throw new DeviceException(named + ": " + e.getMessage(), e);
    }
    if (!address.table().isWritable()) {
      throw new DeviceException(
          named + " is in the read-only " + address.table().text() + " table: " + address);
    }
    return address;
  }

  private void markConnected() {
    if (!closed.get() && health.state() != ConnectionState.CONNECTED) {
      LOG.info("Modbus device {} connected", endpoint);
      health.set(ConnectionState.CONNECTED, "");
      pollLoop.connected();
    }
  }

  private void markConnectionLost(String reason) {
    if (!closed.get() && health.state() == ConnectionState.CONNECTED) {
      LOG.warn("Modbus device {}: {}", endpoint, reason);
      health.set(ConnectionState.RECONNECTING, reason);
      pollLoop.disconnected(reason);
    }
  }

  private void onConnectFailed(String reason) {
    if (!closed.get() && health.state() != ConnectionState.CONNECTED) {
      health.set(ConnectionState.RECONNECTING, "connect failed: " + reason);
    }
  }

  /** Runs on the driver thread; once it has ended (closed), on the calling thread. */
  private void runOnDriverThread(Runnable task) {
    try {
      driverThread.execute(task);
    } catch (RejectedExecutionException closing) {
      task.run();
    }
  }

  private DeviceException closedException() {
    return new DeviceException("Modbus driver for " + endpoint + " is closed");
  }
}
