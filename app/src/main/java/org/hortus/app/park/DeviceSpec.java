package org.hortus.app.park;

import java.time.Duration;
import java.util.Optional;

/** A field device as the park file describes it. */
public sealed interface DeviceSpec {

  String id();

  /**
   * A PLC reached over OPC UA.
   *
   * @param security "none", "sign" or "sign-and-encrypt" (Basic256Sha256)
   * @param user username, if the server wants one (its password comes from the environment
   *     variable {@code HORTUS_PASSWORD_<ID>}, never from the file)
   * @param allowInsecureRemote allow security None to a non-loopback endpoint
   */
  record OpcUa(String id, String endpoint, String security, Optional<String> user, boolean allowInsecureRemote)
      implements DeviceSpec {}

  /** A Modbus TCP device polled at an interval. */
  record Modbus(String id, String host, int port, Duration pollInterval, Duration timeout) implements DeviceSpec {}
}
