package org.hortus.model.sim.physics;

import static org.hortus.model.sim.physics.FluxBuffer.AIR_EXCHANGE_HEAT;
import static org.hortus.model.sim.physics.FluxBuffer.AIR_EXCHANGE_VAPOUR;
import static org.hortus.model.sim.physics.FluxBuffer.AIR_TO_COVER_CONVECTION;
import static org.hortus.model.sim.physics.FluxBuffer.BOILER_TO_PIPES;
import static org.hortus.model.sim.physics.FluxBuffer.CO2_AIR_EXCHANGE;
import static org.hortus.model.sim.physics.FluxBuffer.CO2_DOSING;
import static org.hortus.model.sim.physics.FluxBuffer.CONDENSATION;
import static org.hortus.model.sim.physics.FluxBuffer.CONDENSATION_LATENT_HEAT;
import static org.hortus.model.sim.physics.FluxBuffer.COVER_TO_OUTSIDE_CONVECTION;
import static org.hortus.model.sim.physics.FluxBuffer.COVER_TO_SKY_RADIATION;
import static org.hortus.model.sim.physics.FluxBuffer.FOG_EVAPORATION;
import static org.hortus.model.sim.physics.FluxBuffer.FOG_LATENT_HEAT;
import static org.hortus.model.sim.physics.FluxBuffer.INTERIOR_TO_COVER_RADIATION;
import static org.hortus.model.sim.physics.FluxBuffer.LAMPS_TO_AIR;
import static org.hortus.model.sim.physics.FluxBuffer.PHOTOSYNTHESIS;
import static org.hortus.model.sim.physics.FluxBuffer.PIPE_TO_AIR_CONVECTION;
import static org.hortus.model.sim.physics.FluxBuffer.PIPE_TO_AIR_RADIATION;
import static org.hortus.model.sim.physics.FluxBuffer.RESPIRATION;
import static org.hortus.model.sim.physics.FluxBuffer.SOLAR_TO_AIR;
import static org.hortus.model.sim.physics.FluxBuffer.SOLAR_TO_COVER;
import static org.hortus.model.sim.physics.FluxBuffer.TRANSPIRATION;
import static org.hortus.model.sim.physics.FluxBuffer.TRANSPIRATION_LATENT_HEAT;

import java.util.Objects;
import org.hortus.model.sim.weather.OutsideConditions;

/**
 * The lumped climate model of one compartment (Vanthoor 2011 / GreenLight, simplified; see {@code
 * docs/physics.md}). Five balances are integrated per m² floor:
 *
 * <pre>
 *   C_air   dT_air/dt = solar + lamps + pipe→air − air→cover − ventilation − λ·(transp. + fog)
 *   C_pipe  dT_pipe/dt = boiler − pipe→air
 *   C_cover dT_cover/dt = solar + air→cover + λ·condensation − cover→outside − cover→sky
 *   h dχ/dt = transpiration + fog − condensation − ventilation·(χ − χ_out)
 *   h dC/dt = dosing − ventilation·(C − C_out) − photosynthesis + respiration
 * </pre>
 *
 * plus one water balance per zone (irrigation − uptake − drain). Integration is explicit Euler with
 * automatic sub-steps: each sub-step is at most half the fastest time constant of the linearised
 * system, so any control step (60 s or an hour) is stable.
 *
 * <p>Reference conditions of the rated cover U-value: 20 °C inside, 0 °C outside and sky, 4 m/s
 * wind. One model per compartment: it holds scratch buffers, so it is not thread-safe; the caller
 * drives it one step at a time and time comes in as the step length.
 */
public final class GreenhouseModel {

  /** Sub-step as a share of the fastest time constant. */
  static final double STABILITY_FACTOR = 0.5;

  private static final int MAX_SUB_STEPS = 1_000_000;

  private final CompartmentParameters parameters;
  private final CompartmentConstants k;
  private final FluxCalculator calculator;
  private final FluxBuffer buffer;

  public GreenhouseModel(CompartmentParameters parameters) {
    this.parameters = Objects.requireNonNull(parameters, "parameters");
    this.k = new CompartmentConstants(parameters);
    this.calculator = new FluxCalculator(k);
    this.buffer = new FluxBuffer(k.zoneCount);
  }

  public CompartmentParameters parameters() {
    return parameters;
  }

  /**
   * Advances the state in place by {@code stepSeconds} under constant weather and actuators, adding
   * every flux to the state's ledger.
   *
   * @return the number of sub-steps used
   */
  public int step(
      GreenhouseState state,
      OutsideConditions outside,
      GreenhouseActuators actuators,
      double stepSeconds) {
    if (!(stepSeconds > 0 && stepSeconds <= 366 * 86_400.0)) {
      throw new IllegalArgumentException(
          "step must be positive and at most a year, was " + stepSeconds + " s");
    }
    checkMatches(state, actuators);
    calculator.prepare(outside, actuators);
    double remaining = stepSeconds;
    int subSteps = 0;
    while (remaining > 0) {
      calculator.compute(state, buffer);
      double limit = STABILITY_FACTOR / buffer.fastestRate;
      double pieces = Math.ceil(remaining / limit);
      double h;
      if (!(pieces > 1)) {
        h = remaining;
        remaining = 0;
      } else {
        h = remaining / pieces;
        remaining -= h;
      }
      integrate(state, buffer, h);
      state.ledger.add(buffer, h);
      if (++subSteps > MAX_SUB_STEPS) {
        throw new IllegalStateException("model needs more than " + MAX_SUB_STEPS + " sub-steps");
      }
    }
    if (!Double.isFinite(
        state.airTemperatureCelsius
            + state.coverTemperatureCelsius
            + state.pipeTemperatureCelsius
            + state.vapourConcentrationKgPerM3
            + state.co2MilligramsPerM3)) {
      throw new IllegalStateException("model diverged: " + outside + ", " + actuators);
    }
    return subSteps;
  }

  /** Every flux for the given state, weather and actuators, without changing the state. */
  public ClimateFluxes fluxes(
      GreenhouseState state, OutsideConditions outside, GreenhouseActuators actuators) {
    checkMatches(state, actuators);
    FluxBuffer b = new FluxBuffer(k.zoneCount);
    calculator.prepare(outside, actuators);
    calculator.compute(state, b);
    return ClimateFluxes.of(b);
  }

  /** The longest stable explicit step for this state, s: half the fastest time constant. */
  public double stableStepSeconds(
      GreenhouseState state, OutsideConditions outside, GreenhouseActuators actuators) {
    checkMatches(state, actuators);
    FluxBuffer b = new FluxBuffer(k.zoneCount);
    calculator.prepare(outside, actuators);
    calculator.compute(state, b);
    return STABILITY_FACTOR / b.fastestRate;
  }

  /** Sensible heat stored in air (with crop), pipes and cover above 0 °C, J/m² floor. */
  public double energyStorageJoulesPerM2(GreenhouseState s) {
    return k.airCapacity * s.airTemperatureCelsius
        + k.pipeCapacity * s.pipeTemperatureCelsius
        + k.coverCapacity * s.coverTemperatureCelsius;
  }

  /** Water vapour in the air, kg/m² floor. */
  public double vapourStorageKgPerM2(GreenhouseState s) {
    return k.heightM * s.vapourConcentrationKgPerM3;
  }

  /** CO2 in the air, mg/m² floor. */
  public double co2StorageMilligramsPerM2(GreenhouseState s) {
    return k.heightM * s.co2MilligramsPerM3;
  }

  /** Heat capacity of the air node (air plus crop), J/(m²·K). */
  public double airHeatCapacityJoulesPerM2K() {
    return k.airCapacity;
  }

  private void checkMatches(GreenhouseState state, GreenhouseActuators actuators) {
    if (state.parameters() != parameters && !state.parameters().equals(parameters)) {
      throw new IllegalArgumentException("state belongs to another compartment's parameters");
    }
    if (actuators.zoneCount() != k.zoneCount) {
      throw new IllegalArgumentException(
          "actuators have "
              + actuators.zoneCount()
              + " irrigation zones, compartment has "
              + k.zoneCount);
    }
  }

  private void integrate(GreenhouseState s, FluxBuffer b, double h) {
    double[] r = b.rate;
    s.airTemperatureCelsius +=
        h
            * (r[SOLAR_TO_AIR]
                + r[LAMPS_TO_AIR]
                + r[PIPE_TO_AIR_CONVECTION]
                + r[PIPE_TO_AIR_RADIATION]
                - r[AIR_TO_COVER_CONVECTION]
                - r[INTERIOR_TO_COVER_RADIATION]
                - r[AIR_EXCHANGE_HEAT]
                - r[TRANSPIRATION_LATENT_HEAT]
                - r[FOG_LATENT_HEAT])
            / k.airCapacity;
    s.pipeTemperatureCelsius +=
        h
            * (r[BOILER_TO_PIPES] - r[PIPE_TO_AIR_CONVECTION] - r[PIPE_TO_AIR_RADIATION])
            / k.pipeCapacity;
    s.coverTemperatureCelsius +=
        h
            * (r[SOLAR_TO_COVER]
                + r[AIR_TO_COVER_CONVECTION]
                + r[INTERIOR_TO_COVER_RADIATION]
                + r[CONDENSATION_LATENT_HEAT]
                - r[COVER_TO_OUTSIDE_CONVECTION]
                - r[COVER_TO_SKY_RADIATION])
            / k.coverCapacity;
    s.vapourConcentrationKgPerM3 +=
        h
            * (r[TRANSPIRATION] + r[FOG_EVAPORATION] - r[CONDENSATION] - r[AIR_EXCHANGE_VAPOUR])
            / k.heightM;
    s.co2MilligramsPerM3 +=
        h * (r[CO2_DOSING] - r[CO2_AIR_EXCHANGE] - r[PHOTOSYNTHESIS] + r[RESPIRATION]) / k.heightM;
    double[] water = s.substrateWaterLitresPerM2;
    for (int z = 0; z < water.length; z++) {
      water[z] += h * (b.irrigation[z] - b.uptake[z] - b.drain[z]);
    }
  }
}
