package org.hortus.devices.opcua;

import java.security.cert.X509Certificate;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.TrustListManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's client-certificate check when {@code acceptUnknownClients} is set: trusted clients
 * pass as usual, any other client passes too, with a WARN naming its certificate. For commissioning
 * only. Called on Milo's I/O and session threads; thread-safe.
 */
final class AcceptUnknownClients implements CertificateValidator {

  private static final Logger LOG = LoggerFactory.getLogger(AcceptUnknownClients.class);

  private final CertificateValidator trusted;

  AcceptUnknownClients(TrustListManager trustList) {
    this.trusted =
        new DefaultServerCertificateValidator(trustList, new MemoryCertificateQuarantine());
  }

  @Override
  public void validateCertificateChain(
      List<X509Certificate> chain, String applicationUri, String[] validHostnames) {
    try {
      trusted.validateCertificateChain(chain, applicationUri, validHostnames);
    } catch (UaException e) {
      LOG.warn(
          "ACCEPTING UNTRUSTED OPC UA client certificate {} because acceptUnknownClients is set"
              + " (check said {})",
          chain.isEmpty() ? "(none)" : PkiFolder.describe(chain.get(0)),
          OpcUaValues.statusName(e.getStatusCode()));
    }
  }
}
