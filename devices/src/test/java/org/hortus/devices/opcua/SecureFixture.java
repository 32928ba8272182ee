package org.hortus.devices.opcua;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;

/**
 * A console data folder and a server PKI folder under one temporary folder, and the usual secured
 * configurations for them: Basic256Sha256 SignAndEncrypt, one user, loopback only.
 */
final class SecureFixture {

  static final String USER = "grower";
  static final String PASSWORD = "tomato-2026";

  final Path consoleData;
  final Path serverPki;

  SecureFixture(Path root) {
    this.consoleData = root.resolve("console");
    this.serverPki = root.resolve("server-pki");
  }

  /** SignAndEncrypt and Sign endpoints, users only, rejecting unknown clients. */
  OpcUaServerConfig.Builder serverConfig(int port) {
    return OpcUaServerConfig.builder("127.0.0.1", port)
        .endpoints(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT, OpcUaSecurity.BASIC256SHA256_SIGN)
        .anonymousAllowed(false)
        .user(USER, PASSWORD)
        .pkiFolder(serverPki);
  }

  OpcUaDriverConfig.Builder driverConfig(String endpointUrl) {
    return OpcUaDriverConfig.builder(endpointUrl)
        .security(OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT)
        .user(USER, PASSWORD)
        .dataFolder(consoleData)
        .requestTimeout(Duration.ofSeconds(3));
  }

  /** The console's certificate, created now if the console has not connected yet. */
  X509Certificate consoleCertificate() {
    return ApplicationCertificate.loadOrCreate(
            consoleData.resolve("pki/own/application.p12"),
            ClientConnector.APPLICATION_URI,
            "Hortus console",
            () -> List.of(HostnameUtil.getHostname()))
        .certificate();
  }

  /** What the server's administrator does: trust the console's certificate. */
  void serverTrustsConsole() throws IOException {
    PkiFolder.trust(serverPki, consoleCertificate());
  }

  /** What {@code hortus devices trust URL} does. */
  List<OpcUaTrust.TrustedCertificate> consoleTrustsServer(String endpointUrl) {
    return OpcUaTrust.trust(consoleData, endpointUrl);
  }

  Path serverRejected(X509Certificate certificate) {
    return PkiFolder.rejectedDir(serverPki).resolve(PkiFolder.thumbprint(certificate) + ".der");
  }

  Path consoleRejected(X509Certificate certificate) {
    return PkiFolder.rejectedDir(consoleData.resolve("pki"))
        .resolve(PkiFolder.thumbprint(certificate) + ".der");
  }
}
