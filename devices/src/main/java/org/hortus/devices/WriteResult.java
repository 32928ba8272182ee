package org.hortus.devices;

/**
 * The device's answer to a write, and the value read back after it.
 *
 * @param pointId the point written
 * @param accepted whether the device accepted the write
 * @param deviceStatus the device's own status text (e.g. an OPC UA status code name)
 * @param readBack the value read back after the write; BAD when it could not be read
 */
public record WriteResult(String pointId, boolean accepted, String deviceStatus, PointValue readBack) {}
