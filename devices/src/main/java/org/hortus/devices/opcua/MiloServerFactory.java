package org.hortus.devices.opcua;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * Builds the Milo server for an {@link OpcUaPointServer}: one endpoint per configured security, all
 * at {@code opc.tcp://<hostname>:<port>/hortus}, each accepting the configured user tokens. Milo
 * lets clients discover the endpoints over an unsecured channel at the same URL even when every
 * endpoint is secured. No state, no threads.
 */
final class MiloServerFactory {

  static final String PATH = "/hortus";

  private MiloServerFactory() {}

  static OpcUaServer create(
      OpcUaServerConfig config, ServerSecurity security, int boundPort, String hostname) {
    Set<EndpointConfig> endpoints = new LinkedHashSet<>();
    List<OpcUaSecurity> securities =
        config.endpoints().stream().sorted(Comparator.reverseOrder()).toList();
    for (OpcUaSecurity endpointSecurity : securities) {
      EndpointConfig.Builder endpoint =
          EndpointConfig.newBuilder()
              .setBindAddress(config.bindAddress())
              .setBindPort(boundPort)
              .setHostname(hostname)
              .setPath(PATH)
              .setSecurityPolicy(endpointSecurity.policy())
              .setSecurityMode(endpointSecurity.mode())
              .addTokenPolicies(security.tokenPolicies().toArray(UserTokenPolicy[]::new));
      security.certificate().ifPresent(endpoint::setCertificate);
      endpoints.add(endpoint.build());
    }
    var builder =
        org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.builder()
            .setApplicationUri(config.applicationUri())
            .setApplicationName(LocalizedText.english("Hortus field devices"))
            .setProductUri(PointNamespace.URI)
            .setBuildInfo(
                new BuildInfo(
                    PointNamespace.URI,
                    "Hortus",
                    "Hortus field devices",
                    OpcUaServer.SDK_VERSION,
                    "",
                    DateTime.now()))
            .setEndpoints(endpoints)
            .setIdentityValidator(security.identityValidator());
    security.certificateManager().ifPresent(builder::setCertificateManager);
    return new OpcUaServer(builder.build(), profile -> newTransport());
  }

  private static OpcTcpServerTransport newTransport() {
    return new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build());
  }
}
