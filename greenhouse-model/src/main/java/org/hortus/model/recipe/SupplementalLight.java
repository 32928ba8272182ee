package org.hortus.model.recipe;

/**
 * Lamps: on while natural radiation is below a threshold, until the day's light integral is
 * reached.
 *
 * @param onBelowRadiationWattsPerM2 lamps switch on below this global radiation
 * @param dailyLightIntegralMolPerM2 the day's target of photosynthetic light, mol/m²/d
 */
public record SupplementalLight(double onBelowRadiationWattsPerM2, double dailyLightIntegralMolPerM2) {}
