package org.hortus.devices.opcua;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.hortus.devices.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A generic OPC UA server (Eclipse Milo) serving a tree of Double points. It knows nothing of
 * greenhouses: each point is a slash-separated path; every segment but the last becomes a folder or
 * object under Objects (see {@link PointTree}), the last an analog variable with NodeId {@code
 * ns=<index of urn:hortus:field-devices>;s=<path>}, EngineeringUnits and, if given, EURange.
 *
 * <p>Life cycle: {@link #start} binds the port and returns once the server listens (it blocks the
 * caller, on first start also while the server's certificate is created); {@link #close()} unbinds
 * it. Security and users as the {@link OpcUaServerConfig} says.
 *
 * <p>Threads: {@link #update} and {@link #currentValue} may be called from any thread. Subscribed
 * clients see new values at their sampling interval, sampled on Milo's server executor. The {@link
 * WriteListener} is called on a Milo server thread while the client waits for its answer: it must
 * return quickly.
 */
public final class OpcUaPointServer implements AutoCloseable {

  /** The server's application URI (the namespace at index 1); points live in index 2. */
  public static final String APPLICATION_URI = PointNamespace.URI + ":server";

  private static final Logger LOG = LoggerFactory.getLogger(OpcUaPointServer.class);

  /**
   * One point to serve.
   *
   * @param path slash-separated, e.g. {@code Park/GH-01/Climate/AirTemperature}
   * @param unit the engineering unit as people read it, e.g. {@code °C}
   * @param writable whether OPC UA clients may write it
   * @param initialValue the value served until the first {@link #update}
   * @param euRange the range of normal values (OPC UA EURange), if known; writes outside it fail
   */
  public record ServedPoint(
      String path, String unit, boolean writable, double initialValue, Optional<EuRange> euRange) {
    public ServedPoint {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(unit, "unit");
      Objects.requireNonNull(euRange, "euRange");
      for (String segment : path.split("/", -1)) {
        if (segment.isBlank()) {
          throw new IllegalArgumentException("path has an empty segment: '" + path + "'");
        }
      }
    }

    /** A point without EURange. */
    public ServedPoint(String path, String unit, boolean writable, double initialValue) {
      this(path, unit, writable, initialValue, Optional.empty());
    }

    /** This point with the EURange {@code low..high}. */
    public ServedPoint withEuRange(double low, double high) {
      return new ServedPoint(
          path, unit, writable, initialValue, Optional.of(new EuRange(low, high)));
    }
  }

  /**
   * The range of a point's normal values, OPC UA's EURange.
   *
   * @param low the lowest normal value
   * @param high the highest normal value, above {@code low}
   */
  public record EuRange(double low, double high) {
    public EuRange {
      if (!Double.isFinite(low) || !Double.isFinite(high) || low >= high) {
        throw new IllegalArgumentException("EURange needs finite low < high: " + low + ".." + high);
      }
    }

    public boolean contains(double value) {
      return value >= low && value <= high;
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
  private final ServerSecurity security;
  private final String endpointUrl;
  private final AtomicBoolean closed = new AtomicBoolean();

  private OpcUaPointServer(
      OpcUaServer server, PointNamespace namespace, ServerSecurity security, String endpointUrl) {
    this.server = server;
    this.namespace = namespace;
    this.security = security;
    this.endpointUrl = endpointUrl;
  }

  /**
   * Starts a server with security NONE and anonymous users, and waits until it listens.
   *
   * @param bindAddress the local address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
   * @param port the TCP port, or 0 for a free one
   * @param points the points to serve; paths must be unique and no point may be another's folder
   * @throws DeviceException if the server cannot listen
   */
  public static OpcUaPointServer start(String bindAddress, int port, List<ServedPoint> points) {
    return start(OpcUaServerConfig.builder(bindAddress, port).build(), points);
  }

  /**
   * Starts a server as {@code config} says and waits until it listens. On first start with a PKI
   * folder this creates the server's certificate there.
   *
   * @param points the points to serve; paths must be unique and no point may be another's folder
   * @throws DeviceException if the server cannot listen or its certificates cannot be used
   */
  public static OpcUaPointServer start(OpcUaServerConfig config, List<ServedPoint> points) {
    PointTree.of(points); // fails before anything is bound
    String bindAddress = config.bindAddress();
    int boundPort = config.port() == 0 ? freePort(bindAddress) : config.port();
    String hostname = isWildcard(bindAddress) ? HostnameUtil.getHostname() : bindAddress;
    ServerSecurity security = ServerSecurity.create(config, () -> certificateHosts(bindAddress));
    OpcUaServer server;
    PointNamespace namespace;
    try {
      server = MiloServerFactory.create(config, security, boundPort, hostname);
      namespace = new PointNamespace(server, points);
      namespace.startup();
    } catch (RuntimeException e) {
      security.close();
      throw e;
    }
    try {
      server.startup().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      stop(server, namespace, security);
      throw new DeviceException(
          "OPC UA server cannot listen on " + bindAddress + ":" + boundPort, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(server, namespace, security);
      throw new DeviceException("interrupted while starting the OPC UA server", e);
    }
    String url = server.getConfig().getEndpoints().iterator().next().getEndpointUrl();
    warnAboutWeakSecurity(config, url, boundPort);
    LOG.info("OPC UA server listening at {} with {}", url, config.endpoints());
    return new OpcUaPointServer(server, namespace, security, url);
  }

  private static void warnAboutWeakSecurity(OpcUaServerConfig config, String url, int port) {
    if (config.acceptUnknownClients() && config.needsPki()) {
      LOG.warn(
          "OPC UA server at {} ACCEPTS ANY CLIENT CERTIFICATE (acceptUnknownClients is set):"
              + " anyone who reaches port {} can open a secure channel. For commissioning only;"
              + " trust client certificates in {} instead.",
          url,
          port,
          config.pkiFolder().map(PkiFolder::trustedDir).orElseThrow());
    }
    if (config.endpoints().contains(OpcUaSecurity.NONE)
        && !OpcUaDriverConfig.isLoopbackHost(config.bindAddress())) {
      LOG.warn(
          "OPC UA server at {} offers security NONE on {}: values and commands travel unsigned"
              + " and in the clear on that network",
          url,
          config.bindAddress());
    }
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
      stop(server, namespace, security);
    }
  }

  private static void stop(OpcUaServer server, PointNamespace namespace, ServerSecurity security) {
    server.shutdown().join();
    namespace.shutdown();
    security.close();
  }

  /** Names the server's certificate carries: this host, loopback, and the bound address. */
  private static List<String> certificateHosts(String bindAddress) {
    Set<String> hosts = new LinkedHashSet<>();
    hosts.add(HostnameUtil.getHostname());
    hosts.add("localhost");
    hosts.add("127.0.0.1");
    if (isWildcard(bindAddress)) {
      hosts.addAll(HostnameUtil.getHostnames(bindAddress, false));
    } else {
      hosts.add(bindAddress);
    }
    return new ArrayList<>(hosts);
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
