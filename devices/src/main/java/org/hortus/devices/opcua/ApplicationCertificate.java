package org.hortus.devices.opcua;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateBuilder;
import org.eclipse.milo.opcua.stack.core.util.SelfSignedCertificateGenerator;
import org.hortus.devices.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An application's own certificate and private key, kept in a PKCS12 key store. Created self-signed
 * (RSA 2048, SHA256withRSA, valid three years) on first use and reused afterwards. No state beyond
 * the file; calls block on file I/O and key generation (about a second).
 *
 * @param keyPair the key pair
 * @param chain the certificate chain, the application's own certificate first
 */
record ApplicationCertificate(KeyPair keyPair, X509Certificate[] chain) {

  /**
   * The key store password. A local constant for now: the store only protects the key against
   * casual reading, the file permissions (owner only, where the file system has them) do the rest.
   * A later version should take it from the operating system's credential store.
   */
  static final String KEYSTORE_PASSWORD = "hortus-local-pki";

  private static final String ALIAS = "application";
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationCertificate.class);

  X509Certificate certificate() {
    return chain[0];
  }

  /**
   * Loads the certificate from {@code keyStore}, or creates it there.
   *
   * @param applicationUri the URI the certificate must carry (its SubjectAltName URI)
   * @param commonName the subject's CN, e.g. {@code Hortus console}
   * @param hostnames DNS names and IP addresses to put in the SubjectAltName, asked only when the
   *     certificate is created
   * @throws DeviceException if the store cannot be read or written, or holds a certificate for
   *     another application URI
   */
  static ApplicationCertificate loadOrCreate(
      Path keyStore,
      String applicationUri,
      String commonName,
      Supplier<? extends Collection<String>> hostnames) {
    try {
      ApplicationCertificate certificate =
          Files.exists(keyStore)
              ? load(keyStore)
              : create(keyStore, applicationUri, commonName, hostnames);
      Optional<String> uri = CertificateUtil.getSanUri(certificate.certificate());
      if (!uri.equals(Optional.of(applicationUri))) {
        throw new DeviceException(
            "the certificate in "
                + keyStore
                + " is for application URI "
                + uri.orElse("(none)")
                + ", not "
                + applicationUri
                + ": move that file away to create a new certificate");
      }
      return certificate;
    } catch (DeviceException e) {
      throw e;
    } catch (Exception e) {
      throw new DeviceException("cannot load or create the certificate in " + keyStore, e);
    }
  }

  private static ApplicationCertificate load(Path file) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, KEYSTORE_PASSWORD.toCharArray());
    }
    if (!(store.getKey(ALIAS, KEYSTORE_PASSWORD.toCharArray()) instanceof PrivateKey key)) {
      throw new DeviceException(file + " holds no private key under alias " + ALIAS);
    }
    Certificate[] chain = store.getCertificateChain(ALIAS);
    X509Certificate[] x509 =
        Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
    return new ApplicationCertificate(new KeyPair(x509[0].getPublicKey(), key), x509);
  }

  private static ApplicationCertificate create(
      Path file,
      String applicationUri,
      String commonName,
      Supplier<? extends Collection<String>> hostnames)
      throws Exception {
    KeyPair keyPair = SelfSignedCertificateGenerator.generateRsaKeyPair(2048);
    var builder =
        new SelfSignedCertificateBuilder(keyPair)
            .setCommonName(commonName)
            .setOrganization("Hortus")
            .setOrganizationalUnit(null) // null leaves the field out of the subject
            .setLocalityName(null)
            .setStateName(null)
            .setCountryCode(null)
            .setApplicationUri(applicationUri);
    for (String host : hostnames.get()) {
      if (isIpLiteral(host)) {
        builder.addIpAddress(host);
      } else {
        builder.addDnsName(host);
      }
    }
    X509Certificate certificate = builder.build();
    X509Certificate[] chain = {certificate};
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(ALIAS, keyPair.getPrivate(), KEYSTORE_PASSWORD.toCharArray(), chain);
    write(store, file);
    LOG.info("created certificate for {} in {}", applicationUri, file);
    return new ApplicationCertificate(keyPair, chain);
  }

  /** Writes to a temporary file first, so a crash never leaves half a key store. */
  private static void write(KeyStore store, Path file) throws Exception {
    Files.createDirectories(file.getParent());
    Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
    try {
      ownerOnly(temporary);
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, KEYSTORE_PASSWORD.toCharArray());
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static void ownerOnly(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Windows: the user's profile folder is private already.
    }
  }

  private static boolean isIpLiteral(String host) {
    try {
      InetAddress.ofLiteral(host);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
