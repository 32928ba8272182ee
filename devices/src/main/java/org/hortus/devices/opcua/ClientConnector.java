package org.hortus.devices.opcua;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfig;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.transport.client.tcp.OpcTcpClientTransportConfigBuilder;
import org.hortus.devices.DeviceException;

/**
 * Opens a Milo client as an {@link OpcUaDriverConfig} says: discovers the server's endpoints, picks
 * the one with the configured security and user token, checks the server's certificate against the
 * trust list before any secure channel is opened, and connects with a bounded wait.
 *
 * <p>Threads: {@link #connect} blocks (up to about twice the request timeout) and is called on the
 * driver's thread. The PKI folder's watcher thread lives from the first secured connect to {@link
 * #close()}.
 */
final class ClientConnector implements AutoCloseable {

  /** The console's application URI, as its certificate carries it. */
  static final String APPLICATION_URI = "urn:hortus:console";

  private final OpcUaDriverConfig config;
  private PkiFolder pki;

  ClientConnector(OpcUaDriverConfig config) {
    this.config = config;
  }

  /**
   * Connects a new client, with {@code sessionListener} registered before the session opens.
   *
   * @throws DeviceException naming the endpoint and what to do: unreachable, no matching endpoint,
   *     untrusted server certificate (with its subject and thumbprint), client certificate refused,
   *     user rejected, or no answer in time
   */
  OpcUaClient connect(SessionActivityListener sessionListener) {
    EndpointDescription endpoint = endpoint();
    ServerTrust trust = serverTrust();
    if (trust != null) {
      checkServerCertificate(endpoint, trust);
    }
    OpcUaClient client;
    try {
      client = OpcUaClient.create(clientConfig(endpoint, trust), this::configureTransport);
    } catch (UaException e) {
      throw new DeviceException("cannot create an OPC UA client for " + endpointUrl(), e);
    }
    client.addSessionActivityListener(sessionListener);
    try {
      client.connectAsync().get(config.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS);
      return client;
    } catch (Exception e) {
      client.removeSessionActivityListener(sessionListener);
      client.disconnectAsync(); // stops Milo from retrying in the background
      throw Failures.connectFailed(config, trust, e);
    }
  }

  /** Stops the PKI folder's watcher, if one was started. */
  @Override
  public void close() {
    if (pki != null) {
      pki.close();
    }
  }

  private String endpointUrl() {
    return config.endpointUrl();
  }

  private EndpointDescription endpoint() {
    List<EndpointDescription> offered;
    try {
      offered =
          DiscoveryClient.getEndpoints(endpointUrl(), this::configureTransport)
              .get(config.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new DeviceException(
          "no answer from OPC UA server at "
              + endpointUrl()
              + " within "
              + config.requestTimeout());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceException("interrupted while discovering " + endpointUrl(), e);
    } catch (Exception e) {
      throw new DeviceException(
          "cannot reach OPC UA server at " + endpointUrl() + ": " + Failures.reason(e), e);
    }
    return EndpointChoice.select(offered, config);
  }

  /** The trust list and the client's own certificate, when this connection needs them. */
  private ServerTrust serverTrust() {
    if (!config.needsPki()) {
      return null;
    }
    if (pki == null) {
      pki = PkiFolder.open(config.dataFolder().orElseThrow().resolve("pki"));
    }
    Optional<ApplicationCertificate> own =
        config.security().isSecure()
            ? Optional.of(
                pki.ownCertificate(
                    APPLICATION_URI, "Hortus console", () -> List.of(HostnameUtil.getHostname())))
            : Optional.empty();
    return new ServerTrust(pki, own);
  }

  /** Fails fast, before any secure channel, if the server's certificate is not trusted. */
  private void checkServerCertificate(EndpointDescription endpoint, ServerTrust trust) {
    List<X509Certificate> chain;
    try {
      chain = CertificateUtil.decodeCertificates(endpoint.getServerCertificate().bytesOrEmpty());
    } catch (UaException e) {
      throw new DeviceException(
          "OPC UA server at " + endpointUrl() + " sent an unreadable certificate", e);
    }
    if (chain.isEmpty()) {
      throw new DeviceException(
          "OPC UA server at " + endpointUrl() + " sent no certificate for a secured endpoint");
    }
    try {
      trust.validateCertificateChain(chain, null, null);
    } catch (UaException e) {
      throw Failures.untrustedServer(endpointUrl(), trust.pki(), chain.get(0), e.getStatusCode());
    }
  }

  private OpcUaClientConfig clientConfig(EndpointDescription endpoint, ServerTrust trust) {
    OpcUaClientConfigBuilder builder =
        OpcUaClientConfig.builder()
            .setEndpoint(endpoint)
            .setApplicationName(LocalizedText.english("Hortus console"))
            .setApplicationUri(APPLICATION_URI)
            .setProductUri(PointNamespace.URI)
            .setRequestTimeout(uint(config.requestTimeout().toMillis()))
            .setIdentityProvider(identityProvider(trust));
    if (trust != null) {
      builder.setCertificateValidator(trust);
      trust
          .own()
          .ifPresent(
              own ->
                  builder
                      .setKeyPair(own.keyPair())
                      .setCertificate(own.certificate())
                      .setCertificateChain(own.chain()));
    }
    return builder.build();
  }

  private IdentityProvider identityProvider(ServerTrust trust) {
    return switch (config.identity()) {
      case OpcUaIdentity.Anonymous anonymous -> AnonymousProvider.INSTANCE;
      case OpcUaIdentity.UserPassword user ->
          new UsernameProvider(user.username(), user.password(), trust);
    };
  }

  private void configureTransport(OpcTcpClientTransportConfigBuilder transport) {
    transport.setConnectTimeout(uint(config.requestTimeout().toMillis()));
  }
}
