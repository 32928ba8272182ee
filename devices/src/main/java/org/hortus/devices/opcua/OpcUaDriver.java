package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.UaSession;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.hortus.devices.ConnectionState;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.DeviceException;
import org.hortus.devices.DeviceHealth;
import org.hortus.devices.HealthListener;
import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;
import org.hortus.devices.WriteResult;

/**
 * A {@link DeviceDriver} for one OPC UA server (Eclipse Milo client). Point addresses are NodeIds
 * in their string form, e.g. {@code ns=2;s=Park/GH-01/Climate/AirTemperature}; values are Doubles.
 *
 * <p>Life cycle: {@link #connect()} discovers the endpoints, picks the one the {@link
 * OpcUaDriverConfig} asks for, checks the server's certificate and opens a session; afterwards Milo
 * keeps the session up and reconnects by itself. {@link #close()} deletes the subscriptions,
 * disconnects and stops the driver's thread.
 *
 * <p>Health: DOWN until the first connect succeeds (or with the reason it failed), CONNECTED while
 * the session is active, RECONNECTING when it is lost (every subscribed point goes BAD at once with
 * {@code Bad_NotConnected}); back to CONNECTED when Milo has reconnected, and the points get
 * current GOOD values again. DOWN "closed" after {@link #close()}.
 *
 * <p>Threads: every call returns at once. Connecting and creating subscriptions block a thread the
 * driver owns ({@code hortus-opcua-driver <endpoint>}); every returned stage completes on that
 * thread, and {@link HealthListener}s are called there. Point listeners run on Milo's subscription
 * delivery queue, one call at a time per subscription: they must return quickly (a blocked listener
 * stalls publishing).
 */
public final class OpcUaDriver implements DeviceDriver {

  private final OpcUaDriverConfig config;
  private final DriverThread driverThread;
  private final ClientConnector connector;
  private final DriverHealth health;
  private final List<PointSubscription> subscriptions = new CopyOnWriteArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();
  private final SessionActivityListener sessionWatch = new SessionWatch();
  private volatile OpcUaClient client;

  /**
   * A driver for the server at {@code endpointUrl}, e.g. {@code opc.tcp://127.0.0.1:4840/}, with
   * security NONE and no user: for loopback endpoints only.
   *
   * @throws IllegalArgumentException if the endpoint is not loopback (see {@link
   *     OpcUaDriverConfig})
   */
  public OpcUaDriver(String endpointUrl) {
    this(OpcUaDriverConfig.builder(endpointUrl).build());
  }

  /** A driver as {@code config} says; nothing is connected or written until {@link #connect()}. */
  public OpcUaDriver(OpcUaDriverConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.driverThread = new DriverThread(config.endpointUrl());
    this.connector = new ClientConnector(config);
    this.health = new DriverHealth(config.endpointUrl(), driverThread);
  }

  public OpcUaDriverConfig config() {
    return config;
  }

  /**
   * Connects; completes when the session is open. If the attempt fails the stage fails with a
   * {@link DeviceException} saying why (health DOWN with the same reason) and nothing keeps trying:
   * call again to retry.
   */
  @Override
  public CompletionStage<Void> connect() {
    return driverThread.call(
        "connect to " + config.endpointUrl(),
        () -> {
          if (client == null) {
            try {
              client = connector.connect(sessionWatch);
            } catch (DeviceException e) {
              health.set(ConnectionState.DOWN, e.getMessage());
              throw e;
            }
            health.set(ConnectionState.CONNECTED, "");
          }
          return null;
        });
  }

  /**
   * Subscribes (one subscription for these points, one monitored item each). A point the server
   * does not know gets a BAD value with the reason instead of failing the others; an address that
   * is not a NodeId fails the stage.
   */
  @Override
  public CompletionStage<Void> subscribe(List<Point> points, PointListener listener) {
    List<Point> subscribed = List.copyOf(points);
    Objects.requireNonNull(listener, "listener");
    return driverThread.call(
        "subscribe at " + config.endpointUrl(),
        () -> {
          Map<Point, NodeId> nodes = new LinkedHashMap<>();
          for (Point point : subscribed) {
            nodes.put(point, nodeId(point));
          }
          subscriptions.add(
              PointSubscription.open(connectedClient(), driverThread, config, nodes, listener));
          return null;
        });
  }

  /**
   * Writes a Double and reads it back. A write the server refuses completes normally with {@code
   * accepted == false}; a point that is not writable fails the stage at once.
   */
  @Override
  public CompletionStage<WriteResult> write(Point point, double value) {
    if (!point.writable()) {
      return CompletableFuture.failedFuture(
          new DeviceException("point " + point.id() + " (" + point.name() + ") is not writable"));
    }
    OpcUaClient current;
    NodeId nodeId;
    try {
      current = connectedClient();
      nodeId = nodeId(point);
    } catch (DeviceException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<WriteResult> written =
        current
            .writeValuesAsync(
                List.of(nodeId), List.of(DataValue.valueOnly(Variant.ofDouble(value))))
            .thenCompose(
                statuses ->
                    readBack(current, point, nodeId)
                        .thenApply(
                            readBack ->
                                new WriteResult(
                                    point.id(),
                                    statuses.get(0).isGood(),
                                    OpcUaValues.statusName(statuses.get(0)),
                                    readBack)));
    return driverThread.relay("write " + point.id(), written);
  }

  @Override
  public void addHealthListener(HealthListener listener) {
    health.addListener(listener);
  }

  @Override
  public DeviceHealth health() {
    return health.current();
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    driverThread.stop(this::disconnect);
  }

  private CompletableFuture<PointValue> readBack(OpcUaClient current, Point point, NodeId nodeId) {
    return current
        .readValuesAsync(0.0, TimestampsToReturn.Both, List.of(nodeId))
        .handle(
            (values, failure) ->
                failure == null
                    ? OpcUaValues.toPointValue(point.id(), values.get(0), Instant.now())
                    : PointValue.bad(
                        point.id(),
                        "read back failed: " + Failures.reason(failure),
                        Instant.now()));
  }

  private void disconnect() {
    subscriptions.forEach(PointSubscription::close);
    subscriptions.clear();
    OpcUaClient current = client;
    client = null;
    if (current != null) {
      current.removeSessionActivityListener(sessionWatch);
      try {
        current.disconnectAsync().get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Closing never fails for expected faults: the server may be gone already.
      }
    }
    connector.close();
    health.set(ConnectionState.DOWN, "closed");
  }

  private OpcUaClient connectedClient() {
    OpcUaClient current = client;
    if (closed.get()) {
      throw driverThread.closedException();
    }
    if (current == null) {
      throw new DeviceException(
          "not connected to " + config.endpointUrl() + ": call connect() first");
    }
    return current;
  }

  private static NodeId nodeId(Point point) {
    return NodeId.parseSafe(point.address())
        .orElseThrow(
            () ->
                new DeviceException(
                    "point " + point.id() + " has no OPC UA NodeId address: " + point.address()));
  }

  /** Follows Milo's session: active → CONNECTED, lost → RECONNECTING (Milo retries by itself). */
  private final class SessionWatch implements SessionActivityListener {
    @Override
    public void onSessionActive(UaSession session) {
      if (!closed.get() && client != null) {
        health.set(ConnectionState.CONNECTED, "");
      }
    }

    @Override
    public void onSessionInactive(UaSession session) {
      if (!closed.get() && client != null) {
        health.set(ConnectionState.RECONNECTING, "session lost (Bad_NotConnected); reconnecting");
      }
    }
  }
}
