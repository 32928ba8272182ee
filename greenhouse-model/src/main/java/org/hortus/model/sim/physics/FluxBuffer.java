package org.hortus.model.sim.physics;

/**
 * Scratch space the flux calculator fills for one evaluation: flux rates indexed by {@link
 * Flux#ordinal()}, airflows, per-zone water fluxes and the fastest rate for the step-size limit.
 * Reused across steps to keep the integration free of allocation.
 */
final class FluxBuffer {

  static final int SOLAR_TO_AIR = Flux.SOLAR_TO_AIR.ordinal();
  static final int SOLAR_TO_COVER = Flux.SOLAR_TO_COVER.ordinal();
  static final int LAMPS_TO_AIR = Flux.LAMPS_TO_AIR.ordinal();
  static final int BOILER_TO_PIPES = Flux.BOILER_TO_PIPES.ordinal();
  static final int PIPE_TO_AIR_CONVECTION = Flux.PIPE_TO_AIR_CONVECTION.ordinal();
  static final int PIPE_TO_AIR_RADIATION = Flux.PIPE_TO_AIR_RADIATION.ordinal();
  static final int AIR_TO_COVER_CONVECTION = Flux.AIR_TO_COVER_CONVECTION.ordinal();
  static final int INTERIOR_TO_COVER_RADIATION = Flux.INTERIOR_TO_COVER_RADIATION.ordinal();
  static final int COVER_TO_OUTSIDE_CONVECTION = Flux.COVER_TO_OUTSIDE_CONVECTION.ordinal();
  static final int COVER_TO_SKY_RADIATION = Flux.COVER_TO_SKY_RADIATION.ordinal();
  static final int AIR_EXCHANGE_HEAT = Flux.AIR_EXCHANGE_HEAT.ordinal();
  static final int TRANSPIRATION_LATENT_HEAT = Flux.TRANSPIRATION_LATENT_HEAT.ordinal();
  static final int CONDENSATION_LATENT_HEAT = Flux.CONDENSATION_LATENT_HEAT.ordinal();
  static final int FOG_LATENT_HEAT = Flux.FOG_LATENT_HEAT.ordinal();
  static final int TRANSPIRATION = Flux.TRANSPIRATION.ordinal();
  static final int FOG_EVAPORATION = Flux.FOG_EVAPORATION.ordinal();
  static final int CONDENSATION = Flux.CONDENSATION.ordinal();
  static final int AIR_EXCHANGE_VAPOUR = Flux.AIR_EXCHANGE_VAPOUR.ordinal();
  static final int CO2_DOSING = Flux.CO2_DOSING.ordinal();
  static final int CO2_AIR_EXCHANGE = Flux.CO2_AIR_EXCHANGE.ordinal();
  static final int PHOTOSYNTHESIS = Flux.PHOTOSYNTHESIS.ordinal();
  static final int RESPIRATION = Flux.RESPIRATION.ordinal();

  final double[] rate = new double[Flux.COUNT];

  /** Ventilation through the roof vents, m³/(m²·s). */
  double ventilationRate;

  /** Leakage through the closed cover, m³/(m²·s). */
  double leakageRate;

  /** Per zone, L/(m²·s) per m² of zone floor. */
  final double[] irrigation;

  final double[] uptake;
  final double[] drain;

  /** The largest eigenvalue estimate of the system, 1/s: the explicit step must stay below it. */
  double fastestRate;

  FluxBuffer(int zoneCount) {
    irrigation = new double[zoneCount];
    uptake = new double[zoneCount];
    drain = new double[zoneCount];
  }
}
