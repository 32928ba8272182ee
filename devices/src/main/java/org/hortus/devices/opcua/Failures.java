package org.hortus.devices.opcua;

import java.security.cert.X509Certificate;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.hortus.devices.DeviceException;

/**
 * Turns Milo's failures into {@link DeviceException}s whose message says what happened, at which
 * endpoint, and what to do about it. No state, no threads.
 */
final class Failures {

  private Failures() {}

  /** The server's certificate is not in the client's trust list (it was kept in rejected). */
  static DeviceException untrustedServer(
      String endpointUrl, PkiFolder pki, X509Certificate certificate, StatusCode status) {
    return new DeviceException(
        "OPC UA server at "
            + endpointUrl
            + " presented certificate "
            + PkiFolder.describe(certificate)
            + ", which this console does not trust ("
            + OpcUaValues.statusName(status)
            + "). It was saved as "
            + pki.rejectedFile(certificate)
            + ". If this is the right server, trust it with 'hortus devices trust "
            + endpointUrl
            + "' or move that file to "
            + PkiFolder.trustedDir(pki.root())
            + ", then connect again.");
  }

  /** Why a connect attempt failed, in the user's terms. */
  static DeviceException connectFailed(
      OpcUaDriverConfig config, ServerTrust trust, Throwable failure) {
    String url = config.endpointUrl();
    Throwable cause = unwrap(failure);
    if (cause instanceof TimeoutException) {
      return new DeviceException(
          "no session with OPC UA server at "
              + url
              + " within "
              + config.requestTimeout().multipliedBy(2));
    }
    if (trust != null && trust.lastRejected().isPresent()) {
      return untrustedServer(
          url,
          trust.pki(),
          trust.lastRejected().get(),
          new StatusCode(StatusCodes.Bad_CertificateUntrusted));
    }
    long code = cause instanceof UaException ua ? ua.getStatusCode().value() & 0xFFFF_0000L : 0;
    if (config.identity() instanceof OpcUaIdentity.UserPassword user && isIdentityRejected(code)) {
      return new DeviceException(
          "OPC UA server at "
              + url
              + " rejected user '"
              + user.username()
              + "' ("
              + reason(cause)
              + "): check the user name and password",
          cause);
    }
    if (trust != null && trust.own().isPresent() && isSecurityRejected(code)) {
      return new DeviceException(
          "OPC UA server at "
              + url
              + " refused this console's certificate "
              + PkiFolder.describe(trust.own().get().certificate())
              + " ("
              + reason(cause)
              + "): the server's administrator must trust it (servers keep refused"
              + " certificates in their PKI's rejected folder)",
          cause);
    }
    return new DeviceException(
        "cannot connect to OPC UA server at " + url + ": " + reason(cause), cause);
  }

  private static boolean isIdentityRejected(long code) {
    return code == StatusCodes.Bad_UserAccessDenied
        || code == StatusCodes.Bad_IdentityTokenInvalid
        || code == StatusCodes.Bad_IdentityTokenRejected;
  }

  private static boolean isSecurityRejected(long code) {
    return code == StatusCodes.Bad_SecurityChecksFailed
        || code == StatusCodes.Bad_CertificateUntrusted
        || code == StatusCodes.Bad_CertificateInvalid
        || code == StatusCodes.Bad_CertificateUriInvalid;
  }

  /** {@code action + " failed: " + reason}, or the DeviceException itself. */
  static DeviceException asDeviceException(String action, Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof DeviceException deviceException) {
      return deviceException;
    }
    return new DeviceException(action + " failed: " + reason(cause), cause);
  }

  /**
   * E.g. {@code Bad_UserAccessDenied: User does not have permission…} for a UaException, else the
   * exception's text.
   */
  static String reason(Throwable failure) {
    Throwable cause = unwrap(failure);
    if (cause instanceof UaException ua) {
      String name = OpcUaValues.statusName(ua.getStatusCode());
      String message = ua.getMessage();
      if (message.startsWith("status=")) { // Milo's text for a bare status code
        int description = message.indexOf("description=");
        message = description < 0 ? "" : message.substring(description + "description=".length());
      }
      return message.isBlank() ? name : name + ": " + message;
    }
    return cause.toString();
  }

  /** The cause inside completion and execution wrappers. */
  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException
            || cause instanceof ExecutionException
            || (cause instanceof UaException && cause.getCause() instanceof UaException))
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
