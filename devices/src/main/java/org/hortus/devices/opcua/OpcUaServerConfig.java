package org.hortus.devices.opcua;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How an {@link OpcUaPointServer} listens and whom it lets in. Build one with {@link
 * #builder(String, int)}.
 *
 * <p>Secured endpoints and user names need a PKI folder: the server's own certificate is created
 * there on first start ({@code own/application.p12}, carrying {@code applicationUri}), peers it
 * trusts go to {@code trusted/certs}, and client certificates it refuses are kept in {@code
 * rejected} so an administrator can trust them by moving the file to {@code trusted/certs}.
 *
 * @param bindAddress the local address to listen on, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the TCP port, or 0 for a free one
 * @param endpoints the message security of each endpoint offered (at least one)
 * @param anonymousAllowed whether sessions without a user are allowed
 * @param users user name → password of the users allowed in (may be empty)
 * @param pkiFolder the server's PKI folder; needed for secured endpoints and for users
 * @param applicationUri the server's application URI, also in its certificate
 * @param acceptUnknownClients let in any client certificate, trusted or not (commissioning only:
 *     the server logs a WARN at start and for every unknown client)
 */
public record OpcUaServerConfig(
    String bindAddress,
    int port,
    Set<OpcUaSecurity> endpoints,
    boolean anonymousAllowed,
    Map<String, String> users,
    Optional<Path> pkiFolder,
    String applicationUri,
    boolean acceptUnknownClients) {

  /**
   * Checks the configuration.
   *
   * @throws IllegalArgumentException if there is no endpoint, nobody could log in, the port is out
   *     of range, or secured endpoints or users have no PKI folder
   */
  public OpcUaServerConfig {
    Objects.requireNonNull(bindAddress, "bindAddress");
    Objects.requireNonNull(pkiFolder, "pkiFolder");
    Objects.requireNonNull(applicationUri, "applicationUri");
    endpoints = Set.copyOf(endpoints);
    users = Map.copyOf(users);
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    if (endpoints.isEmpty()) {
      throw new IllegalArgumentException("an OPC UA server needs at least one endpoint");
    }
    if (!anonymousAllowed && users.isEmpty()) {
      throw new IllegalArgumentException("no user could log in: allow anonymous or add users");
    }
    if (needsPki(endpoints, users) && pkiFolder.isEmpty()) {
      throw new IllegalArgumentException(
          "secured endpoints and user names need a PKI folder for the server's certificate");
    }
    users.forEach(
        (name, password) -> {
          if (name.isBlank()) {
            throw new IllegalArgumentException("user names must not be blank");
          }
        });
  }

  /** A builder: endpoint security NONE, anonymous users, no PKI folder. */
  public static Builder builder(String bindAddress, int port) {
    return new Builder(bindAddress, port);
  }

  /** Whether the server needs its own certificate and a trust list. */
  boolean needsPki() {
    return needsPki(endpoints, users);
  }

  private static boolean needsPki(Set<OpcUaSecurity> endpoints, Map<String, String> users) {
    return !users.isEmpty() || endpoints.stream().anyMatch(OpcUaSecurity::isSecure);
  }

  /** Passwords are never printed. */
  @Override
  public String toString() {
    return "OpcUaServerConfig[bindAddress=%s, port=%d, endpoints=%s, anonymousAllowed=%s, users=%s, pkiFolder=%s, applicationUri=%s, acceptUnknownClients=%s]"
        .formatted(
            bindAddress,
            port,
            endpoints,
            anonymousAllowed,
            users.keySet(),
            pkiFolder,
            applicationUri,
            acceptUnknownClients);
  }

  /** Builds an {@link OpcUaServerConfig}; every setter returns this builder. Not thread-safe. */
  public static final class Builder {
    private final String bindAddress;
    private final int port;
    private final Set<OpcUaSecurity> endpoints = EnumSet.noneOf(OpcUaSecurity.class);
    private boolean anonymousAllowed = true;
    private final Map<String, String> users = new LinkedHashMap<>();
    private Path pkiFolder;
    private String applicationUri = OpcUaPointServer.APPLICATION_URI;
    private boolean acceptUnknownClients;

    private Builder(String bindAddress, int port) {
      this.bindAddress = Objects.requireNonNull(bindAddress, "bindAddress");
      this.port = port;
    }

    /** Adds endpoints; without any call the server offers security NONE only. */
    public Builder endpoints(OpcUaSecurity... securities) {
      endpoints.addAll(Set.of(securities));
      return this;
    }

    public Builder anonymousAllowed(boolean allowed) {
      this.anonymousAllowed = allowed;
      return this;
    }

    public Builder user(String username, String password) {
      users.put(Objects.requireNonNull(username, "username"), Objects.requireNonNull(password));
      return this;
    }

    public Builder users(Map<String, String> usersAndPasswords) {
      usersAndPasswords.forEach(this::user);
      return this;
    }

    public Builder pkiFolder(Path pkiFolder) {
      this.pkiFolder = Objects.requireNonNull(pkiFolder, "pkiFolder");
      return this;
    }

    public Builder applicationUri(String applicationUri) {
      this.applicationUri = Objects.requireNonNull(applicationUri, "applicationUri");
      return this;
    }

    public Builder acceptUnknownClients(boolean accept) {
      this.acceptUnknownClients = accept;
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException as the record's constructor says
     */
    public OpcUaServerConfig build() {
      return new OpcUaServerConfig(
          bindAddress,
          port,
          endpoints.isEmpty() ? Set.of(OpcUaSecurity.NONE) : endpoints,
          anonymousAllowed,
          users,
          Optional.ofNullable(pkiFolder),
          applicationUri,
          acceptUnknownClients);
    }
  }
}
