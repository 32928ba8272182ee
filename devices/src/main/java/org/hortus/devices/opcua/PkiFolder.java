package org.hortus.devices.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.hortus.devices.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One application's PKI folder, laid out as Milo and most OPC UA tools expect:
 *
 * <pre>
 * own/application.p12    the application's own certificate and key ({@link ApplicationCertificate})
 * trusted/certs/*.der    peers trusted (self-signed or CA certificates)
 * trusted/crl/           their revocation lists
 * issuer/certs, issuer/crl  CAs that may issue peer certificates but are not trusted themselves
 * rejected/*.der         peers refused; move a file to trusted/certs to trust that peer
 * </pre>
 *
 * <p>Certificate files are named by their SHA-1 thumbprint in lower-case hex. {@link #open} starts
 * Milo's watcher thread ({@code milo-trust-list-watcher}), so a certificate moved into {@code
 * trusted/certs} counts at once; {@link #close()} stops it. The rejected folder may be written from
 * Milo's I/O threads.
 */
final class PkiFolder implements AutoCloseable, CertificateQuarantine {

  private static final Logger LOG = LoggerFactory.getLogger(PkiFolder.class);

  private final Path root;
  private final FileBasedTrustListManager trustList;

  private PkiFolder(Path root, FileBasedTrustListManager trustList) {
    this.root = root;
    this.trustList = trustList;
  }

  /** Creates the folders as needed and loads the trust list. */
  static PkiFolder open(Path root) {
    try {
      Files.createDirectories(rejectedDir(root));
      return new PkiFolder(root, FileBasedTrustListManager.createAndInitialize(root));
    } catch (IOException e) {
      throw new DeviceException("cannot open the PKI folder " + root, e);
    }
  }

  Path root() {
    return root;
  }

  FileBasedTrustListManager trustList() {
    return trustList;
  }

  /** The application's own certificate, created on first use. */
  ApplicationCertificate ownCertificate(
      String applicationUri, String commonName, Supplier<List<String>> hostnames) {
    return ApplicationCertificate.loadOrCreate(
        root.resolve("own").resolve("application.p12"), applicationUri, commonName, hostnames);
  }

  static Path trustedDir(Path root) {
    return root.resolve("trusted").resolve("certs");
  }

  static Path rejectedDir(Path root) {
    return root.resolve("rejected");
  }

  /** Where a rejected certificate is kept. */
  Path rejectedFile(X509Certificate certificate) {
    return rejectedDir(root).resolve(thumbprint(certificate) + ".der");
  }

  @Override
  public List<X509Certificate> getRejectedCertificates() {
    List<X509Certificate> certificates = new ArrayList<>();
    try (Stream<Path> files = Files.list(rejectedDir(root))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".der")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          certificates.add(CertificateUtil.decodeCertificate(in));
        } catch (IOException | UaException e) {
          LOG.warn("unreadable certificate {}: {}", file, e.toString());
        }
      }
    } catch (IOException e) {
      LOG.warn("cannot list {}: {}", rejectedDir(root), e.toString());
    }
    return certificates;
  }

  @Override
  public void addRejectedCertificate(X509Certificate certificate) {
    try {
      Files.write(rejectedFile(certificate), certificate.getEncoded());
      LOG.warn(
          "rejected certificate {} kept in {}; move it to {} to trust it",
          describe(certificate),
          rejectedFile(certificate),
          trustedDir(root));
    } catch (IOException | CertificateEncodingException e) {
      LOG.warn("cannot keep rejected certificate {}: {}", describe(certificate), e.toString());
    }
  }

  @Override
  public void removeRejectedCertificate(X509Certificate certificate) {
    try {
      Files.deleteIfExists(rejectedFile(certificate));
    } catch (IOException e) {
      LOG.warn("cannot delete {}: {}", rejectedFile(certificate), e.toString());
    }
  }

  /**
   * Trusts a certificate: writes it to {@code trusted/certs} and removes it from {@code rejected}.
   * Works on the files alone, so a running application's watcher picks it up.
   *
   * @return the trusted file
   */
  static Path trust(Path root, X509Certificate certificate) throws IOException {
    String name = thumbprint(certificate) + ".der";
    Path trusted = trustedDir(root).resolve(name);
    Files.createDirectories(trusted.getParent());
    Path temporary = Files.createTempFile(trusted.getParent(), name, ".tmp");
    try {
      Files.write(temporary, encoded(certificate));
      Files.move(temporary, trusted, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    Files.deleteIfExists(rejectedDir(root).resolve(name));
    return trusted;
  }

  /** Whether the certificate itself is in the trust list (CA chains are not followed here). */
  boolean isTrusted(X509Certificate certificate) {
    return trustList.getTrustedCertificates().contains(certificate);
  }

  /** The SHA-1 thumbprint of the DER encoding, lower-case hex (as OPC UA and Milo name it). */
  static String thumbprint(X509Certificate certificate) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-1").digest(encoded(certificate)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-1", e);
    }
  }

  /** Subject and thumbprint, e.g. {@code "CN=Hortus field devices, O=Hortus" (SHA-1 ab12…)}. */
  static String describe(X509Certificate certificate) {
    return "\""
        + certificate.getSubjectX500Principal().getName()
        + "\" (SHA-1 thumbprint "
        + thumbprint(certificate)
        + ")";
  }

  private static byte[] encoded(X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (CertificateEncodingException e) {
      throw new DeviceException(
          "certificate cannot be encoded: " + certificate.getSubjectX500Principal(), e);
    }
  }

  /** Stops the trust list watcher. */
  @Override
  public void close() {
    try {
      trustList.close();
    } catch (IOException e) {
      LOG.debug("trust list watcher did not stop cleanly: {}", e.toString());
    }
  }
}
