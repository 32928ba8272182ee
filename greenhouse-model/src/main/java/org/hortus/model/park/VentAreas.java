package org.hortus.model.park;

/**
 * Roof vent areas of one greenhouse when fully open, per side.
 *
 * @param leeSideM2 vents on the side away from the wind
 * @param windwardSideM2 vents facing the wind
 */
public record VentAreas(double leeSideM2, double windwardSideM2) {}
