package org.hortus.devices.opcua;

import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;

/**
 * The OPC UA message security Hortus offers and accepts: none, or Basic256Sha256 signing with or
 * without encryption. Basic128Rsa15 and Basic256 are deprecated (SHA-1) and deliberately absent.
 */
public enum OpcUaSecurity {
  /** No signing, no encryption: loopback only unless explicitly allowed. */
  NONE(SecurityPolicy.None, MessageSecurityMode.None),
  /** Basic256Sha256, messages signed. */
  BASIC256SHA256_SIGN(SecurityPolicy.Basic256Sha256, MessageSecurityMode.Sign),
  /** Basic256Sha256, messages signed and encrypted. */
  BASIC256SHA256_SIGN_AND_ENCRYPT(
      SecurityPolicy.Basic256Sha256, MessageSecurityMode.SignAndEncrypt);

  private final SecurityPolicy policy;
  private final MessageSecurityMode mode;

  OpcUaSecurity(SecurityPolicy policy, MessageSecurityMode mode) {
    this.policy = policy;
    this.mode = mode;
  }

  SecurityPolicy policy() {
    return policy;
  }

  MessageSecurityMode mode() {
    return mode;
  }

  /** Whether this security uses certificates (everything but {@link #NONE}). */
  public boolean isSecure() {
    return this != NONE;
  }
}
