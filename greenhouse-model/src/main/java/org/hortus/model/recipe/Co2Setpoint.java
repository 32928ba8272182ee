package org.hortus.model.recipe;

/**
 * CO2 dosing target, lowered while the vents are open beyond a threshold (dosing into open
 * vents mostly feeds the outside).
 *
 * @param targetPpm target with vents (nearly) closed
 * @param reducedTargetPpm target once vents open beyond the threshold
 * @param reduceAboveVentOpeningPercent the vent opening beyond which the reduced target holds
 */
public record Co2Setpoint(
    double targetPpm, double reducedTargetPpm, double reduceAboveVentOpeningPercent) {}
