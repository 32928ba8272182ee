package org.hortus.devices.opcua;

import java.util.Objects;

/** Who an OPC UA client says it is when it activates a session: anonymous or a user. */
public sealed interface OpcUaIdentity {

  /** No user: the server must allow anonymous sessions. */
  static OpcUaIdentity anonymous() {
    return Anonymous.INSTANCE;
  }

  /** A user name and password, sent encrypted with the server's certificate. */
  static OpcUaIdentity user(String username, String password) {
    return new UserPassword(username, password);
  }

  /** The anonymous identity. */
  enum Anonymous implements OpcUaIdentity {
    INSTANCE
  }

  /**
   * A user name and password.
   *
   * @param username the user name, not blank
   * @param password the password; never printed by {@link #toString()}
   */
  record UserPassword(String username, String password) implements OpcUaIdentity {
    public UserPassword {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(password, "password");
      if (username.isBlank()) {
        throw new IllegalArgumentException("username must not be blank");
      }
    }

    @Override
    public String toString() {
      return "UserPassword[username=" + username + ", password=***]";
    }
  }
}
