package org.hortus.model.park;

/**
 * A movable screen under the roof.
 *
 * @param kind energy, shade or blackout
 * @param energySavingPercent heat loss saved when closed
 * @param lightTransmissionPercent light let through when closed
 */
public record Screen(ScreenKind kind, double energySavingPercent, double lightTransmissionPercent) {}
