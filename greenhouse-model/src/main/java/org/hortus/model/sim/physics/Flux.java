package org.hortus.model.sim.physics;

/**
 * Every flux of the energy, vapour and CO2 balances, per m² of floor. Rates are W/m² (energy),
 * kg/(m²·s) (vapour) and mg/(m²·s) (CO2); their integrals in {@link BalanceLedger} are J/m², kg/m²
 * and mg/m². Each flux is positive in the direction its name gives.
 *
 * <p>{@link #storageSign()} says what the flux does to the stored amount of its balance: +1 adds (a
 * source), −1 removes (a sink), 0 moves it between stores of the same balance (e.g. pipe to air).
 * The energy store is the sensible heat of air (with canopy), pipes and cover; latent heat enters
 * it where vapour condenses and leaves it where water evaporates.
 */
public enum Flux {
  /** Solar radiation absorbed by crop, floor and structure (heats the air node), W/m². */
  SOLAR_TO_AIR(Balance.ENERGY, 1),
  /** Solar radiation absorbed by the cover, W/m². */
  SOLAR_TO_COVER(Balance.ENERGY, 1),
  /** Electrical power of the lamps, all ending as heat in the air node, W/m². */
  LAMPS_TO_AIR(Balance.ENERGY, 1),
  /** Heat the boiler delivers to the pipe water, W/m². */
  BOILER_TO_PIPES(Balance.ENERGY, 1),
  /** Convection from the heating pipes to the air, W/m². */
  PIPE_TO_AIR_CONVECTION(Balance.ENERGY, 0),
  /** Thermal radiation from the heating pipes to crop and floor (air node), W/m². */
  PIPE_TO_AIR_RADIATION(Balance.ENERGY, 0),
  /** Convection from the air to the inside of the cover (through the screens), W/m². */
  AIR_TO_COVER_CONVECTION(Balance.ENERGY, 0),
  /** Thermal radiation from crop and floor to the cover (through the screens), W/m². */
  INTERIOR_TO_COVER_RADIATION(Balance.ENERGY, 0),
  /** Convection from the cover to the outside air, W/m². */
  COVER_TO_OUTSIDE_CONVECTION(Balance.ENERGY, -1),
  /** Thermal radiation from the cover to the sky, W/m². */
  COVER_TO_SKY_RADIATION(Balance.ENERGY, -1),
  /** Sensible heat carried out by ventilation and leakage, W/m². */
  AIR_EXCHANGE_HEAT(Balance.ENERGY, -1),
  /** Latent heat taken from the air node by transpiration, W/m². */
  TRANSPIRATION_LATENT_HEAT(Balance.ENERGY, -1),
  /** Latent heat released into the cover by condensation, W/m². */
  CONDENSATION_LATENT_HEAT(Balance.ENERGY, 1),
  /** Latent heat taken from the air by evaporating fog, W/m². */
  FOG_LATENT_HEAT(Balance.ENERGY, -1),

  /** Crop transpiration, kg/(m²·s). */
  TRANSPIRATION(Balance.VAPOUR, 1),
  /** Evaporated fog, kg/(m²·s). */
  FOG_EVAPORATION(Balance.VAPOUR, 1),
  /** Condensation on the inside of the cover, kg/(m²·s). */
  CONDENSATION(Balance.VAPOUR, -1),
  /** Vapour carried out by ventilation and leakage, kg/(m²·s). */
  AIR_EXCHANGE_VAPOUR(Balance.VAPOUR, -1),

  /** CO2 dosed, mg/(m²·s). */
  CO2_DOSING(Balance.CO2, 1),
  /** CO2 carried out by ventilation and leakage, mg/(m²·s). */
  CO2_AIR_EXCHANGE(Balance.CO2, -1),
  /** Gross canopy photosynthesis, mg/(m²·s). */
  PHOTOSYNTHESIS(Balance.CO2, -1),
  /** Crop maintenance respiration, mg/(m²·s). */
  RESPIRATION(Balance.CO2, 1);

  /** The three conserved quantities of the air model. */
  public enum Balance {
    /** Sensible heat of air (with canopy), pipes and cover, J/m². */
    ENERGY,
    /** Water vapour in the air, kg/m². */
    VAPOUR,
    /** CO2 in the air, mg/m². */
    CO2
  }

  static final int COUNT = values().length;

  private final Balance balance;
  private final int storageSign;

  Flux(Balance balance, int storageSign) {
    this.balance = balance;
    this.storageSign = storageSign;
  }

  public Balance balance() {
    return balance;
  }

  /** +1 for a source of the balance's store, −1 for a sink, 0 for an internal transfer. */
  public int storageSign() {
    return storageSign;
  }
}
