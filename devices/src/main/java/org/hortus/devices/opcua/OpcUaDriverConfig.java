package org.hortus.devices.opcua;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/**
 * How an {@link OpcUaDriver} connects: endpoint, message security, user identity and where the
 * client keeps its certificates. Build one with {@link #builder(String)}.
 *
 * <p>Security NONE is refused here for endpoints that are not loopback ({@code localhost}, {@code
 * 127.0.0.0/8}, {@code ::1}) unless {@code allowInsecureNonLoopback} is set: on a real network a
 * None channel carries values and commands in the clear and unauthenticated. The host is judged
 * from the URL text alone (no name lookup): a host name other than {@code localhost} counts as
 * non-loopback.
 *
 * @param endpointUrl the server, e.g. {@code opc.tcp://10.0.0.5:4840/}
 * @param security the message security to use
 * @param identity anonymous or user name and password
 * @param dataFolder where the client keeps its PKI ({@code pki/own}, {@code pki/trusted}, {@code
 *     pki/rejected}); needed for secured channels and for user names
 * @param samplingInterval how often the server samples subscribed points
 * @param publishingInterval how often the server sends changes
 * @param requestTimeout how long any request, connecting included, may take
 * @param allowInsecureNonLoopback whether security NONE may be used for a non-loopback endpoint
 */
public record OpcUaDriverConfig(
    String endpointUrl,
    OpcUaSecurity security,
    OpcUaIdentity identity,
    Optional<Path> dataFolder,
    Duration samplingInterval,
    Duration publishingInterval,
    Duration requestTimeout,
    boolean allowInsecureNonLoopback) {

  /** The default sampling interval: 100 ms. */
  public static final Duration DEFAULT_SAMPLING_INTERVAL = Duration.ofMillis(100);

  /** The default publishing interval: 100 ms (with 100-ms sampling a change arrives within about 200 ms; p99 184 ms at 10,000 points, see README). */
  public static final Duration DEFAULT_PUBLISHING_INTERVAL = Duration.ofMillis(100);

  /** The default request timeout: 10 s (Milo's own default is 60 s). */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Checks the configuration.
   *
   * @throws IllegalArgumentException if a value is out of range, a secured channel or a user name
   *     has no data folder, or security NONE is asked for a non-loopback endpoint without {@code
   *     allowInsecureNonLoopback}
   */
  public OpcUaDriverConfig {
    Objects.requireNonNull(endpointUrl, "endpointUrl");
    Objects.requireNonNull(security, "security");
    Objects.requireNonNull(identity, "identity");
    Objects.requireNonNull(dataFolder, "dataFolder");
    requirePositive(samplingInterval, "samplingInterval");
    requirePositive(publishingInterval, "publishingInterval");
    requirePositive(requestTimeout, "requestTimeout");
    String host = host(endpointUrl);
    if (needsPki(security, identity) && dataFolder.isEmpty()) {
      throw new IllegalArgumentException(
          "OPC UA endpoint "
              + endpointUrl
              + ": security "
              + security
              + " with "
              + identity
              + " needs a data folder for the client's certificates");
    }
    if (security == OpcUaSecurity.NONE && !allowInsecureNonLoopback && !isLoopbackHost(host)) {
      throw new IllegalArgumentException(
          "security NONE refused for non-loopback OPC UA endpoint "
              + endpointUrl
              + ": values and commands would travel unsigned and in the clear. Use "
              + OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT
              + ", or set allowInsecureNonLoopback only on an isolated control network");
    }
  }

  /** A builder with the defaults: security NONE, anonymous, no data folder. */
  public static Builder builder(String endpointUrl) {
    return new Builder(endpointUrl);
  }

  /** A builder starting from this configuration. */
  public Builder toBuilder() {
    Builder builder =
        new Builder(endpointUrl)
            .security(security)
            .identity(identity)
            .samplingInterval(samplingInterval)
            .publishingInterval(publishingInterval)
            .requestTimeout(requestTimeout)
            .allowInsecureNonLoopback(allowInsecureNonLoopback);
    dataFolder.ifPresent(builder::dataFolder);
    return builder;
  }

  /** Whether this configuration needs the client's own certificate and trust list. */
  boolean needsPki() {
    return needsPki(security, identity);
  }

  private static boolean needsPki(OpcUaSecurity security, OpcUaIdentity identity) {
    return security.isSecure() || identity instanceof OpcUaIdentity.UserPassword;
  }

  /**
   * Whether {@code host} is loopback by its text alone: {@code localhost} or a literal address in
   * {@code 127.0.0.0/8} or {@code ::1}. No name is looked up.
   */
  static boolean isLoopbackHost(String host) {
    String bare = host.toLowerCase(Locale.ROOT);
    if (bare.startsWith("[") && bare.endsWith("]")) {
      bare = bare.substring(1, bare.length() - 1);
    }
    if (bare.equals("localhost") || bare.equals("localhost.")) {
      return true;
    }
    try {
      return InetAddress.ofLiteral(bare).isLoopbackAddress();
    } catch (IllegalArgumentException notALiteral) {
      return false;
    }
  }

  /** The host of an {@code opc.tcp://host:port/path} URL, as Milo reads it. */
  static String host(String endpointUrl) {
    String host = EndpointUtil.getHost(endpointUrl);
    if (!"opc.tcp".equals(EndpointUtil.getScheme(endpointUrl)) || host == null) {
      throw new IllegalArgumentException(
          "not an OPC UA endpoint URL (opc.tcp://host:port/path): " + endpointUrl);
    }
    return host;
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }

  /** Builds an {@link OpcUaDriverConfig}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private final String endpointUrl;
    private OpcUaSecurity security = OpcUaSecurity.NONE;
    private OpcUaIdentity identity = OpcUaIdentity.anonymous();
    private Path dataFolder;
    private Duration samplingInterval = DEFAULT_SAMPLING_INTERVAL;
    private Duration publishingInterval = DEFAULT_PUBLISHING_INTERVAL;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private boolean allowInsecureNonLoopback;

    private Builder(String endpointUrl) {
      this.endpointUrl = Objects.requireNonNull(endpointUrl, "endpointUrl");
    }

    public Builder security(OpcUaSecurity security) {
      this.security = Objects.requireNonNull(security, "security");
      return this;
    }

    public Builder identity(OpcUaIdentity identity) {
      this.identity = Objects.requireNonNull(identity, "identity");
      return this;
    }

    /** Shorthand for {@code identity(OpcUaIdentity.user(username, password))}. */
    public Builder user(String username, String password) {
      return identity(OpcUaIdentity.user(username, password));
    }

    public Builder dataFolder(Path dataFolder) {
      this.dataFolder = Objects.requireNonNull(dataFolder, "dataFolder");
      return this;
    }

    public Builder samplingInterval(Duration samplingInterval) {
      this.samplingInterval = samplingInterval;
      return this;
    }

    public Builder publishingInterval(Duration publishingInterval) {
      this.publishingInterval = publishingInterval;
      return this;
    }

    public Builder requestTimeout(Duration requestTimeout) {
      this.requestTimeout = requestTimeout;
      return this;
    }

    public Builder allowInsecureNonLoopback(boolean allow) {
      this.allowInsecureNonLoopback = allow;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException as the record's constructor says
     */
    public OpcUaDriverConfig build() {
      return new OpcUaDriverConfig(
          endpointUrl,
          security,
          identity,
          Optional.ofNullable(dataFolder),
          samplingInterval,
          publishingInterval,
          requestTimeout,
          allowInsecureNonLoopback);
    }
  }
}
