package org.hortus.devices.opcua;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.sdk.client.DiscoveryClient;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.hortus.devices.DeviceException;

/**
 * Trusts an OPC UA server's certificate for the console, as {@code hortus devices trust URL} does:
 * fetches the certificate by endpoint discovery (GetEndpoints over an unsecured channel; no
 * session, no values) and puts it in {@code <dataFolder>/pki/trusted/certs}, removing it from
 * {@code pki/rejected}. A running driver's trust list watcher picks the file up.
 *
 * <p>This is trust on first use: whoever answers at that URL is trusted. Show the returned
 * thumbprint to the user to compare with the one the server's administrator sees.
 *
 * <p>Blocking (for tools and tests): waits at most the given timeout for the server. No state.
 */
public final class OpcUaTrust {

  /**
   * A certificate now trusted.
   *
   * @param subject the certificate's subject, e.g. {@code CN=Hortus field devices,O=Hortus}
   * @param sha1Thumbprint its SHA-1 thumbprint, lower-case hex
   * @param file where it is kept
   */
  public record TrustedCertificate(String subject, String sha1Thumbprint, Path file) {}

  private OpcUaTrust() {}

  /** {@link #trust(Path, String, Duration)} with a 10 s timeout. */
  public static List<TrustedCertificate> trust(Path dataFolder, String endpointUrl) {
    return trust(dataFolder, endpointUrl, OpcUaDriverConfig.DEFAULT_REQUEST_TIMEOUT);
  }

  /**
   * Fetches and trusts the certificates the server at {@code endpointUrl} uses for its secured
   * endpoints (usually one).
   *
   * @param dataFolder the console's data folder, as in {@link OpcUaDriverConfig#dataFolder()}
   * @return the certificates trusted
   * @throws DeviceException if the server cannot be reached, offers no secured endpoint, or the
   *     certificate cannot be stored
   */
  public static List<TrustedCertificate> trust(
      Path dataFolder, String endpointUrl, Duration timeout) {
    Objects.requireNonNull(dataFolder, "dataFolder");
    OpcUaDriverConfig.host(endpointUrl); // an opc.tcp URL, or IllegalArgumentException
    Path root = dataFolder.resolve("pki");
    List<TrustedCertificate> trusted = new ArrayList<>();
    for (X509Certificate certificate : serverCertificates(endpointUrl, timeout)) {
      try {
        Path file = PkiFolder.trust(root, certificate);
        trusted.add(
            new TrustedCertificate(
                certificate.getSubjectX500Principal().getName(),
                PkiFolder.thumbprint(certificate),
                file));
      } catch (IOException e) {
        throw new DeviceException("cannot store the certificate under " + root, e);
      }
    }
    return trusted;
  }

  private static Set<X509Certificate> serverCertificates(String endpointUrl, Duration timeout) {
    List<EndpointDescription> endpoints;
    try {
      endpoints =
          DiscoveryClient.getEndpoints(endpointUrl).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new DeviceException(
          "no answer from OPC UA server at " + endpointUrl + " within " + timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeviceException("interrupted while asking " + endpointUrl, e);
    } catch (Exception e) {
      throw new DeviceException(
          "cannot reach OPC UA server at " + endpointUrl + ": " + Failures.reason(e), e);
    }
    Set<X509Certificate> certificates = new LinkedHashSet<>();
    for (EndpointDescription endpoint : endpoints) {
      if (!SecurityPolicy.None.getUri().equals(endpoint.getSecurityPolicyUri())
          && endpoint.getServerCertificate().isNotNull()) {
        try {
          certificates.add(
              CertificateUtil.decodeCertificate(endpoint.getServerCertificate().bytesOrEmpty()));
        } catch (UaException e) {
          throw new DeviceException(
              "OPC UA server at " + endpointUrl + " sent an unreadable certificate", e);
        }
      }
    }
    if (certificates.isEmpty()) {
      throw new DeviceException(
          "OPC UA server at "
              + endpointUrl
              + " offers no secured endpoint, so there is no certificate to trust; it offers "
              + EndpointChoice.describe(endpoints));
    }
    return certificates;
  }
}
