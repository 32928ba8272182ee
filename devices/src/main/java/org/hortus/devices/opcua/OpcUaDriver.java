package org.hortus.devices.opcua;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointListener;
import org.hortus.devices.PointValue;
import org.hortus.devices.WriteResult;

/**
 * A {@link DeviceDriver} for one OPC UA server (Eclipse Milo client). Point addresses are NodeIds
 * in their string form, e.g. {@code ns=2;s=Park/GH-01/Climate/AirTemperature}; values are Doubles.
 *
 * <p>Life cycle: {@link #connect()} discovers the endpoints, picks the one with security policy
 * None and anonymous login (skeleton: no security yet) and opens a session; afterwards Milo keeps
 * the session up and reconnects by itself. {@link #close()} deletes the subscriptions, disconnects
 * and stops the driver's thread.
 *
 * <p>Threads: every call returns at once. Connecting and creating subscriptions block a thread the
 * driver owns ({@code hortus-opcua-driver <endpoint>}), and every returned stage completes on that
 * thread. Point listeners run on Milo's subscription delivery queue, one call at a time per
 * subscription: they must return quickly (a blocked listener stalls publishing).
 */
public final class OpcUaDriver implements DeviceDriver {

  static final double PUBLISHING_INTERVAL_MS = 200;
  static final double SAMPLING_INTERVAL_MS = 100;

  private final String endpointUrl;
  private final ExecutorService driverThread;
  private final List<PointSubscription> subscriptions = new CopyOnWriteArrayList<>();
  private volatile OpcUaClient client;
  private final AtomicBoolean closed = new AtomicBoolean();

  /** A driver for the server at {@code endpointUrl}, e.g. {@code opc.tcp://10.0.0.5:4840/}. */
  public OpcUaDriver(String endpointUrl) {
    this.endpointUrl = Objects.requireNonNull(endpointUrl, "endpointUrl");
    this.driverThread =
        Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("hortus-opcua-driver " + endpointUrl).daemon().factory());
  }

  /**
   * Connects; completes when the session is open. If the first attempt fails the stage fails with a
   * {@link DeviceException} and nothing keeps trying: call again to retry.
   */
  @Override
  public CompletionStage<Void> connect() {
    return onDriverThread(
        "connect to " + endpointUrl,
        () -> {
          if (client == null) {
            client = openClient();
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
    return onDriverThread(
        "subscribe at " + endpointUrl,
        () -> {
          Map<Point, NodeId> nodes = new LinkedHashMap<>();
          for (Point point : subscribed) {
            nodes.put(point, nodeId(point));
          }
          subscriptions.add(
              PointSubscription.open(connectedClient(), driverThread, nodes, listener));
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
    return relay("write " + point.id(), written);
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    driverThread.execute(this::disconnect);
    driverThread.shutdown();
    try {
      if (!driverThread.awaitTermination(5, TimeUnit.SECONDS)) {
        driverThread.shutdownNow();
      }
    } catch (InterruptedException e) {
      driverThread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private OpcUaClient openClient() throws UaException {
    OpcUaClient created =
        OpcUaClient.create(
            endpointUrl,
            this::selectEndpoint,
            transport -> {},
            config ->
                config
                    .setApplicationName(LocalizedText.english("Hortus console"))
                    .setApplicationUri("urn:hortus:console"));
    try {
      return created.connect();
    } catch (UaException e) {
      created.disconnectAsync(); // stop Milo from retrying in the background
      throw e;
    }
  }

  /** The None-security, anonymous endpoint, at the host and port this driver was given. */
  private Optional<EndpointDescription> selectEndpoint(List<EndpointDescription> endpoints) {
    return endpoints.stream()
        .filter(e -> SecurityPolicy.None.getUri().equals(e.getSecurityPolicyUri()))
        .filter(OpcUaDriver::allowsAnonymous)
        .findFirst()
        .map(
            e ->
                EndpointUtil.updateUrl(
                    e, EndpointUtil.getHost(endpointUrl), EndpointUtil.getPort(endpointUrl)));
  }

  private static boolean allowsAnonymous(EndpointDescription endpoint) {
    UserTokenPolicy[] tokens = endpoint.getUserIdentityTokens();
    return tokens != null
        && Stream.of(tokens).anyMatch(t -> t.getTokenType() == UserTokenType.Anonymous);
  }

  private CompletableFuture<PointValue> readBack(OpcUaClient current, Point point, NodeId nodeId) {
    return current
        .readValuesAsync(0.0, TimestampsToReturn.Both, List.of(nodeId))
        .handle(
            (values, failure) ->
                failure == null
                    ? OpcUaValues.toPointValue(point.id(), values.get(0), Instant.now())
                    : PointValue.bad(
                        point.id(), "read back failed: " + reason(failure), Instant.now()));
  }

  private void disconnect() {
    subscriptions.forEach(PointSubscription::close);
    subscriptions.clear();
    OpcUaClient current = client;
    client = null;
    if (current != null) {
      try {
        current.disconnectAsync().get(2, TimeUnit.SECONDS);
      } catch (Exception e) {
        // Closing never fails for expected faults: the server may be gone already.
      }
    }
  }

  private OpcUaClient connectedClient() {
    OpcUaClient current = client;
    if (closed.get()) {
      throw closedException();
    }
    if (current == null) {
      throw new DeviceException("not connected to " + endpointUrl + ": call connect() first");
    }
    return current;
  }

  private DeviceException closedException() {
    return new DeviceException("OPC UA driver for " + endpointUrl + " is closed");
  }

  private static NodeId nodeId(Point point) {
    return NodeId.parseSafe(point.address())
        .orElseThrow(
            () ->
                new DeviceException(
                    "point " + point.id() + " has no OPC UA NodeId address: " + point.address()));
  }

  /** Runs a blocking task on the driver's thread; its failure becomes a DeviceException. */
  private <T> CompletableFuture<T> onDriverThread(String action, Callable<T> task) {
    var result = new CompletableFuture<T>();
    try {
      driverThread.execute(
          () -> {
            try {
              result.complete(task.call());
            } catch (Exception e) {
              result.completeExceptionally(asDeviceException(action, e));
            }
          });
    } catch (RejectedExecutionException e) {
      result.completeExceptionally(closedException());
    }
    return result;
  }

  /** Completes on the driver's thread with Milo's result, or with a DeviceException. */
  private <T> CompletableFuture<T> relay(String action, CompletableFuture<T> milo) {
    var result = new CompletableFuture<T>();
    milo.whenComplete(
        (value, failure) -> {
          Runnable complete =
              failure == null
                  ? () -> result.complete(value)
                  : () -> result.completeExceptionally(asDeviceException(action, failure));
          try {
            driverThread.execute(complete);
          } catch (RejectedExecutionException closing) {
            complete.run();
          }
        });
    return result;
  }

  private DeviceException asDeviceException(String action, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof DeviceException deviceException) {
      return deviceException;
    }
    return new DeviceException(action + " failed: " + reason(cause), cause);
  }

  private static String reason(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof UaException ua) {
      return OpcUaValues.statusName(ua.getStatusCode()) + " (" + ua.getMessage() + ")";
    }
    return cause.toString();
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
