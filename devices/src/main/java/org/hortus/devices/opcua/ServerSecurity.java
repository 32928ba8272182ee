package org.hortus.devices.opcua;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.CompositeValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.NodeIds;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateStore;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.DefaultServerCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.hortus.devices.DeviceException;

/**
 * The server's side of security for an {@link OpcUaPointServer}: its own certificate and trust list
 * (a {@link PkiFolder}), the check of client certificates, and who may log in.
 *
 * <p>Created before the server starts and closed after it stops ({@link #close()} stops the trust
 * list's watcher thread). Milo calls the validators on its I/O and session threads.
 */
final class ServerSecurity implements AutoCloseable {

  private static final UserTokenPolicy ANONYMOUS =
      new UserTokenPolicy("anonymous", UserTokenType.Anonymous, null, null, null);

  /** User names with passwords encrypted by the server's certificate, Basic256Sha256. */
  private static final UserTokenPolicy USERNAME =
      new UserTokenPolicy(
          "username", UserTokenType.UserName, null, null, SecurityPolicy.Basic256Sha256.getUri());

  private final Optional<PkiFolder> pki;
  private final Optional<ApplicationCertificate> own;
  private final Optional<CertificateManager> certificateManager;
  private final IdentityValidator identityValidator;
  private final List<UserTokenPolicy> tokenPolicies;

  private ServerSecurity(
      Optional<PkiFolder> pki,
      Optional<ApplicationCertificate> own,
      Optional<CertificateManager> certificateManager,
      IdentityValidator identityValidator,
      List<UserTokenPolicy> tokenPolicies) {
    this.pki = pki;
    this.own = own;
    this.certificateManager = certificateManager;
    this.identityValidator = identityValidator;
    this.tokenPolicies = tokenPolicies;
  }

  /**
   * Opens the PKI folder (when the configuration needs one) and loads or creates the server's
   * certificate for {@code hostnames}.
   *
   * @throws DeviceException if the PKI folder or the certificate cannot be used
   */
  static ServerSecurity create(OpcUaServerConfig config, Supplier<List<String>> hostnames) {
    List<UserTokenPolicy> tokens = new ArrayList<>();
    List<IdentityValidator> validators = new ArrayList<>();
    if (config.anonymousAllowed()) {
      tokens.add(ANONYMOUS);
      validators.add(AnonymousIdentityValidator.INSTANCE);
    }
    if (!config.users().isEmpty()) {
      tokens.add(USERNAME);
      validators.add(usernames(config.users()));
    }
    IdentityValidator identity =
        validators.size() == 1 ? validators.get(0) : new CompositeValidator(validators);
    if (!config.needsPki()) {
      return new ServerSecurity(
          Optional.empty(), Optional.empty(), Optional.empty(), identity, List.copyOf(tokens));
    }
    PkiFolder pki = PkiFolder.open(config.pkiFolder().orElseThrow());
    try {
      ApplicationCertificate own =
          pki.ownCertificate(config.applicationUri(), "Hortus field devices", hostnames);
      CertificateValidator clients =
          config.acceptUnknownClients()
              ? new AcceptUnknownClients(pki.trustList())
              : new DefaultServerCertificateValidator(pki.trustList(), pki);
      DefaultApplicationGroup group =
          DefaultApplicationGroup.createAndInitialize(
              pki.trustList(), store(own), factory(own), clients);
      return new ServerSecurity(
          Optional.of(pki),
          Optional.of(own),
          Optional.of(new DefaultCertificateManager(pki, group)),
          identity,
          List.copyOf(tokens));
    } catch (DeviceException e) {
      pki.close();
      throw e;
    } catch (Exception e) {
      pki.close();
      throw new DeviceException("cannot set up the OPC UA server's certificates", e);
    }
  }

  /** The server's own certificate; empty for a None-only, anonymous server. */
  Optional<X509Certificate> certificate() {
    return own.map(ApplicationCertificate::certificate);
  }

  Optional<CertificateManager> certificateManager() {
    return certificateManager;
  }

  IdentityValidator identityValidator() {
    return identityValidator;
  }

  List<UserTokenPolicy> tokenPolicies() {
    return tokenPolicies;
  }

  @Override
  public void close() {
    pki.ifPresent(PkiFolder::close);
  }

  /** Checks user names and passwords in constant time per password. */
  private static IdentityValidator usernames(Map<String, String> users) {
    return new UsernameIdentityValidator(
        challenge -> {
          String expected = users.get(challenge.getUsername());
          return expected != null
              && MessageDigest.isEqual(
                  expected.getBytes(StandardCharsets.UTF_8),
                  challenge.getPassword().getBytes(StandardCharsets.UTF_8));
        });
  }

  private static CertificateStore store(ApplicationCertificate own) throws Exception {
    var store = new MemoryCertificateStore();
    store.set(
        NodeIds.RsaSha256ApplicationCertificateType,
        new CertificateStore.Entry(own.keyPair().getPrivate(), own.chain()));
    return store;
  }

  /** Hands out the certificate already loaded (Milo asks only if the store were empty). */
  private static RsaSha256CertificateFactory factory(ApplicationCertificate own) {
    return new RsaSha256CertificateFactory() {
      @Override
      protected KeyPair createRsaSha256KeyPair() {
        return own.keyPair();
      }

      @Override
      protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
        return own.chain();
      }
    };
  }
}
