package org.hortus.devices;

import java.time.Instant;

/**
 * A driver's connection state and why, e.g. {@code DOWN} + "Bad_SecurityChecksFailed: server
 * certificate not trusted" (openHAB's status + detail).
 *
 * @param endpoint the device's address, e.g. {@code opc.tcp://10.0.0.5:4840} or {@code 10.0.0.7:502}
 * @param state the connection state
 * @param reason why it is in that state (empty when CONNECTED)
 * @param since when it entered that state
 */
public record DeviceHealth(String endpoint, ConnectionState state, String reason, Instant since) {}
