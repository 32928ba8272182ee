package org.hortus.devices.opcua;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;

/**
 * The client's side of certificate trust: its PKI folder, its own certificate (for secured
 * channels) and the check of server certificates against {@code pki/trusted}. A refused server
 * certificate goes to {@code pki/rejected} and is remembered, so the connect failure can name it.
 *
 * <p>Milo calls {@link #validateCertificateChain} on its I/O threads; this class is thread-safe.
 */
final class ServerTrust implements CertificateValidator {

  private final PkiFolder pki;
  private final Optional<ApplicationCertificate> own;
  private final CertificateValidator delegate;
  private final AtomicReference<X509Certificate> lastRejected = new AtomicReference<>();

  ServerTrust(PkiFolder pki, Optional<ApplicationCertificate> own) {
    this.pki = pki;
    this.own = own;
    this.delegate = new DefaultClientCertificateValidator(pki.trustList(), pki);
  }

  PkiFolder pki() {
    return pki;
  }

  /** The client's own certificate; empty for security NONE. */
  Optional<ApplicationCertificate> own() {
    return own;
  }

  /** The last server certificate refused, if any. */
  Optional<X509Certificate> lastRejected() {
    return Optional.ofNullable(lastRejected.get());
  }

  @Override
  public void validateCertificateChain(
      List<X509Certificate> chain, String applicationUri, String[] validHostnames)
      throws UaException {
    try {
      delegate.validateCertificateChain(chain, applicationUri, validHostnames);
    } catch (UaException e) {
      if (!chain.isEmpty()) {
        lastRejected.set(chain.get(0));
      }
      throw e;
    }
  }
}
