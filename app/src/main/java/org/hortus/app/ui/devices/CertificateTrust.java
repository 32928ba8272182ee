package org.hortus.app.ui.devices;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.hortus.app.ui.Messages;
import org.hortus.devices.opcua.OpcUaTrust;
import org.hortus.devices.opcua.OpcUaTrust.TrustedCertificate;

/**
 * Trusts an OPC UA server's certificate for the console ({@link OpcUaTrust}: endpoint discovery,
 * then the certificate into {@code <dataFolder>/pki/trusted}), on the background executor, and
 * reports the outcome in words (subject and SHA-1 thumbprint, or what went wrong) on the FX
 * executor. No state; each call is independent.
 */
public final class CertificateTrust {

  private final Path dataFolder;
  private final Executor background;
  private final Executor fx;
  private final Messages messages;

  /**
   * @param dataFolder the console's data folder (its {@code pki} folder is the drivers')
   * @param background runs the discovery (network, files)
   * @param fx runs the outcome consumer (the FX thread in the console)
   * @param messages the texts
   */
  public CertificateTrust(Path dataFolder, Executor background, Executor fx, Messages messages) {
    this.dataFolder = dataFolder;
    this.background = background;
    this.fx = fx;
    this.messages = messages;
  }

  /** Asks the server at {@code endpointUrl} for its certificate and trusts it. */
  public void trust(String endpointUrl, Consumer<String> outcome) {
    background.execute(
        () -> {
          String words;
          try {
            words = trusted(OpcUaTrust.trust(dataFolder, endpointUrl));
          } catch (RuntimeException e) { // DeviceException, or a URL that is not opc.tcp
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            words = messages.text("devices.trust.failed", endpointUrl, reason);
          }
          String result = words;
          fx.execute(() -> outcome.accept(result));
        });
  }

  private String trusted(List<TrustedCertificate> certificates) {
    return certificates.stream()
        .map(c -> messages.text("devices.trust.done", c.subject(), c.sha1Thumbprint()))
        .collect(Collectors.joining("\n"));
  }
}
