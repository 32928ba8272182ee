package org.hortus.devices.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.hortus.devices.DeviceException;

/**
 * A generic OPC UA server (Eclipse Milo) serving a tree of Double points. It knows nothing of
 * greenhouses: each point is a slash-separated path; every segment but the last becomes a folder
 * under Objects, the last a variable with NodeId {@code ns=<index of urn:hortus:field-devices>;
 * s=<path>} and an EngineeringUnits property.
 *
 * <p>Life cycle: {@link #start} binds the port and returns once the server listens (it blocks the
 * caller); {@link #close()} unbinds it. One endpoint, security policy None, anonymous users.
 *
 * <p>Threads: {@link #update} and {@link #currentValue} may be called from any thread. Subscribed
 * clients see new values at their sampling interval, sampled on Milo's server executor. The {@link
 * WriteListener} is called on a Milo server thread while the client waits for its answer: it must
 * return quickly.
 */
public final class OpcUaPointServer implements AutoCloseable {

  /** The server's application URI (the namespace at index 1); points live in index 2. */
  public static final String APPLICATION_URI = PointNamespace.URI + ":server";

  private static final String PATH = "/hortus";

  /**
   * One point to serve.
   *
   * @param path slash-separated, e.g. {@code Park/GH-01/Climate/AirTemperature}
   * @param unit the engineering unit as people read it, e.g. {@code °C}
   * @param writable whether OPC UA clients may write it
   * @param initialValue the value served until the first {@link #update}
   */
  public record ServedPoint(String path, String unit, boolean writable, double initialValue) {
    public ServedPoint {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(unit, "unit");
      for (String segment : path.split("/", -1)) {
        if (segment.isBlank()) {
          throw new IllegalArgumentException("path has an empty segment: '" + path + "'");
        }
      }
    }
  }

  /** Decides on a client's write to a writable point. */
  @FunctionalInterface
  public interface WriteListener {
    /**
     * Returns true to accept the value (the node takes it), false to reject it (Bad_OutOfRange).
     */
    boolean accept(String path, double value);
  }

  private final OpcUaServer server;
  private final PointNamespace namespace;
  private final String endpointUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OpcUaPointServer(OpcUaServer server, PointNamespace namespace, String endpointUrl) {
    this.server = server;
    this.namespace = namespace;
    this.endpointUrl = endpointUrl;
  }

  /**
   * Starts a server and waits until it listens.
   *
   * @param bindAddress the local address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the TCP port, or 0 for a free one
   * @param points the points to serve; paths must be unique and no point may be another's folder
   * @throws DeviceException if the server cannot listen
   */
  public static OpcUaPointServer start(String bindAddress, int port, List<ServedPoint> points) {
    checkTree(points);
    int boundPort = port == 0 ? freePort(bindAddress) : port;
    String hostname = isWildcard(bindAddress) ? HostnameUtil.getHostname() : bindAddress;
    EndpointConfig endpoint =
        EndpointConfig.newBuilder()
            .setBindAddress(bindAddress)
            .setBindPort(boundPort)
            .setHostname(hostname)
            .setPath(PATH)
            .setSecurityPolicy(SecurityPolicy.None)
            .setSecurityMode(MessageSecurityMode.None)
            .addTokenPolicies(OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS)
            .build();
    OpcUaServer server = new OpcUaServer(config(endpoint), profile -> newTransport());
    var namespace = new PointNamespace(server, points);
    namespace.startup();
    try {
      server.startup().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      stop(server, namespace);
      throw new DeviceException(
          "OPC UA server cannot listen on " + bindAddress + ":" + boundPort, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(server, namespace);
      throw new DeviceException("interrupted while starting the OPC UA server", e);
    }
    return new OpcUaPointServer(server, namespace, endpoint.getEndpointUrl());
  }

  /** The endpoint clients connect to, e.g. {@code opc.tcp://127.0.0.1:4840/hortus}. */
  public String endpointUrl() {
    return endpointUrl;
  }

  /** The point address a client uses, e.g. {@code ns=2;s=Park/GH-01/Climate/AirTemperature}. */
  public String address(String path) {
    return namespace.nodeId(path).toParseableString();
  }

  /** Sets the point's value with GOOD status; subscribed clients get it at their next sample. */
  public void update(String path, double value, Instant sourceTime) {
    namespace.variable(path).setValue(PointNamespace.goodValue(value, sourceTime));
  }

  /** The point's value as the server holds it now. */
  public double currentValue(String path) {
    Object value = namespace.variable(path).getValue().value().value();
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    throw new IllegalStateException(path + " holds no number: " + value);
  }

  /** Sets the one listener that decides on client writes (replacing any earlier one). */
  public void onWrite(WriteListener listener) {
    namespace.setWriteListener(Objects.requireNonNull(listener, "listener"));
  }

  /** Stops listening and releases the port. Safe to call twice. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      stop(server, namespace);
    }
  }

  private static void stop(OpcUaServer server, PointNamespace namespace) {
    server.shutdown().join();
    namespace.shutdown();
  }

  private static OpcUaServerConfig config(EndpointConfig endpoint) {
    return OpcUaServerConfig.builder()
        .setApplicationUri(APPLICATION_URI)
        .setApplicationName(LocalizedText.english("Hortus field devices"))
        .setProductUri(PointNamespace.URI)
        .setBuildInfo(
            new BuildInfo(
                PointNamespace.URI,
                "Hortus",
                "Hortus field devices",
                OpcUaServer.SDK_VERSION,
                "",
                DateTime.now()))
        .setEndpoints(Set.of(endpoint))
        .setIdentityValidator(AnonymousIdentityValidator.INSTANCE)
        .build();
  }

  private static OpcTcpServerTransport newTransport() {
    return new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build());
  }

  private static void checkTree(List<ServedPoint> points) {
    Set<String> paths = new HashSet<>();
    Set<String> folders = new HashSet<>();
    for (ServedPoint point : points) {
      if (!paths.add(point.path())) {
        throw new IllegalArgumentException("point path served twice: " + point.path());
      }
      String path = point.path();
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        folders.add(path.substring(0, slash));
      }
    }
    for (String path : paths) {
      if (folders.contains(path)) {
        throw new IllegalArgumentException("point path is also a folder: " + path);
      }
    }
  }

  private static int freePort(String bindAddress) {
    try (var socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new DeviceException("no free port on " + bindAddress, e);
    }
  }

  private static boolean isWildcard(String bindAddress) {
    return bindAddress.equals("0.0.0.0") || bindAddress.equals("::");
  }
}
