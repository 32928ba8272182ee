package org.hortus.devices.opcua;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.UserTokenType;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;
import org.hortus.devices.DeviceException;

/** Picks the server endpoint that matches a driver's configuration. No state, no threads. */
final class EndpointChoice {

  private EndpointChoice() {}

  /**
   * The endpoint with the configured security policy and mode that accepts the configured user
   * token, its URL rewritten to the host and port the driver was given (a server behind NAT or with
   * several names often advertises a host the client cannot use).
   *
   * @throws DeviceException naming what the server offers, if nothing matches
   */
  static EndpointDescription select(List<EndpointDescription> offered, OpcUaDriverConfig config) {
    UserTokenType token = tokenType(config.identity());
    Optional<EndpointDescription> match =
        offered.stream()
            .filter(e -> config.security().policy().getUri().equals(e.getSecurityPolicyUri()))
            .filter(e -> config.security().mode() == e.getSecurityMode())
            .filter(e -> accepts(e, token))
            .findFirst();
    String url = config.endpointUrl();
    return match
        .map(e -> EndpointUtil.updateUrl(e, EndpointUtil.getHost(url), EndpointUtil.getPort(url)))
        .orElseThrow(
            () ->
                new DeviceException(
                    "OPC UA server at "
                        + url
                        + " offers no endpoint with security "
                        + config.security()
                        + " and "
                        + token
                        + " users; it offers "
                        + describe(offered)));
  }

  static UserTokenType tokenType(OpcUaIdentity identity) {
    return switch (identity) {
      case OpcUaIdentity.Anonymous anonymous -> UserTokenType.Anonymous;
      case OpcUaIdentity.UserPassword user -> UserTokenType.UserName;
    };
  }

  private static boolean accepts(EndpointDescription endpoint, UserTokenType token) {
    return tokens(endpoint).anyMatch(t -> t.getTokenType() == token);
  }

  private static Stream<UserTokenPolicy> tokens(EndpointDescription endpoint) {
    UserTokenPolicy[] tokens = endpoint.getUserIdentityTokens();
    return tokens == null ? Stream.empty() : Stream.of(tokens);
  }

  /** E.g. {@code [Basic256Sha256/SignAndEncrypt (UserName), None/None (Anonymous)]}. */
  static String describe(List<EndpointDescription> offered) {
    return offered.stream()
        .map(
            e ->
                SecurityPolicy.fromUriSafe(e.getSecurityPolicyUri())
                        .map(Enum::name)
                        .orElse(e.getSecurityPolicyUri())
                    + "/"
                    + e.getSecurityMode()
                    + " ("
                    + tokens(e).map(t -> t.getTokenType().name()).collect(Collectors.joining(", "))
                    + ")")
        .distinct()
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
