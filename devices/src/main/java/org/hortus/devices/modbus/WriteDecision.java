package org.hortus.devices.modbus;

/** What a {@link RegisterWriteListener} decides about a client's write. */
public enum WriteDecision {
  /** Store the values and answer normally. */
  ACCEPT,
  /** Store nothing and answer with the exception response ILLEGAL_DATA_VALUE. */
  VETO,
  /**
   * Store the values but send no answer, as if the response were lost on the wire: the client sees
   * a timeout. For simulating faults in tests.
   */
  ACCEPT_WITHOUT_REPLY
}
