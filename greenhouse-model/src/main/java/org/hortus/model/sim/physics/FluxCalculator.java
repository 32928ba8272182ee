package org.hortus.model.sim.physics;

import static org.hortus.model.sim.physics.CompartmentConstants.AIR_VOLUMETRIC_HEAT;
import static org.hortus.model.sim.physics.CompartmentConstants.CONDENSATION_PER_HEC;
import static org.hortus.model.sim.physics.CompartmentConstants.DRAIN_TIME_CONSTANT;
import static org.hortus.model.sim.physics.CompartmentConstants.STRESS_FREE_SHARE;
import static org.hortus.model.sim.physics.CompartmentConstants.WILTING_SHARE;
import static org.hortus.model.sim.physics.CoverExchange.COVER_EMISSIVITY;
import static org.hortus.model.sim.physics.CoverExchange.STEFAN_BOLTZMANN;
import static org.hortus.model.sim.physics.CoverExchange.pow4;
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
import static org.hortus.model.sim.physics.MoistAir.KELVIN;
import static org.hortus.model.sim.physics.MoistAir.WATER_VAPOUR_GAS_CONSTANT;
import static org.hortus.model.sim.physics.Transpiration.LATENT_HEAT;

import org.hortus.model.sim.weather.OutsideConditions;

/**
 * Evaluates every flux for a state. {@link #prepare} does the work that depends only on weather and
 * actuators (constant within a control step); {@link #compute} does the state-dependent part and
 * estimates the fastest rate of the system for the explicit step limit. Holds scratch values: one
 * per model, one thread.
 */
final class FluxCalculator {

  private static final double SKY_RADIATION = COVER_EMISSIVITY * STEFAN_BOLTZMANN;

  private final CompartmentConstants k;

  private double outsideTemperature;
  private double outsideTemperatureKelvin;
  private double outsideVapour;
  private double outsideCo2;
  private double skyKelvin4;
  private double outsideConductance;
  private double screenFactor;
  private double solarToAir;
  private double solarToCover;
  private double lampPower;
  private double absorbedPar;
  private double absorbedRadiation;
  private double windVentilation;
  private double stackCoefficient;
  private double leakage;
  private double supplyTemperature;
  private double dosing;
  private double fogging;
  private final double[] irrigation;

  FluxCalculator(CompartmentConstants constants) {
    this.k = constants;
    this.irrigation = new double[constants.zoneCount];
  }

  void prepare(OutsideConditions o, GreenhouseActuators a) {
    outsideTemperature = o.temperatureCelsius();
    outsideTemperatureKelvin = outsideTemperature + KELVIN;
    outsideVapour = MoistAir.vapourConcentrationAt(outsideTemperature, o.relativeHumidityPercent());
    outsideCo2 = MoistAir.co2MilligramsPerM3(o.co2Ppm(), outsideTemperature);
    skyKelvin4 = pow4(o.skyTemperatureCelsius() + KELVIN);
    outsideConductance =
        CoverExchange.outsideConvection(o.windSpeedMetresPerSecond()) * k.coverToFloor;
    double energy = a.energyScreenPercent() / 100;
    double shade = a.shadeScreenPercent() / 100;
    screenFactor = k.screenFactor(energy, shade);
    double global = o.globalRadiationWattsPerM2();
    double inside = global * k.transmission(energy, shade);
    solarToAir = inside * (1 - CompartmentConstants.INTERIOR_REFLECTANCE);
    solarToCover = global * CompartmentConstants.COVER_SOLAR_ABSORPTANCE;
    lampPower = a.lampsOn() ? k.lampPower : 0;
    double lampPar = a.lampsOn() ? k.lampPar : 0;
    absorbedPar = (inside * CompartmentConstants.PAR_PER_GLOBAL + lampPar) * k.canopyParAbsorptance;
    absorbedRadiation =
        (inside + lampPar / CompartmentConstants.PAR_PHOTONS_PER_JOULE) * k.canopySolarAbsorptance;
    double wind = o.windSpeedMetresPerSecond();
    windVentilation =
        Ventilation.windDriven(
            wind,
            k.leeAreaFraction,
            a.leeVentPercent(),
            k.windwardAreaFraction,
            a.windwardVentPercent());
    stackCoefficient =
        Ventilation.stackCoefficient(
            (k.leeAreaFraction * a.leeVentPercent()
                    + k.windwardAreaFraction * a.windwardVentPercent())
                / 100);
    leakage = Ventilation.leakage(k.leakageCoefficient, wind);
    supplyTemperature = a.pipeSupplyTemperatureCelsius();
    dosing = Math.min(a.co2DosingGramsPerM2PerHour(), k.co2CapacityGramsPerM2PerHour) * 1000 / 3600;
    fogging = a.foggingGramsPerM2PerHour() / 3.6e6;
    for (int z = 0; z < irrigation.length; z++) {
      irrigation[z] = a.irrigationLitresPerM2PerHour(z) / 3600;
    }
  }

  void compute(GreenhouseState s, FluxBuffer b) {
    double[] r = b.rate;
    double ta = s.airTemperatureCelsius;
    double tp = s.pipeTemperatureCelsius;
    double tc = s.coverTemperatureCelsius;
    double vapour = s.vapourConcentrationKgPerM3;
    double co2 = s.co2MilligramsPerM3;
    double taK = ta + KELVIN;
    double tpK = tp + KELVIN;
    double tcK = tc + KELVIN;
    double taK4 = pow4(taK);
    double tcK4 = pow4(tcK);

    // Ventilation and leakage.
    double toOutside = ta - outsideTemperature;
    double stack =
        stackCoefficient * Math.sqrt(Math.abs(toOutside) * 2 / (taK + outsideTemperatureKelvin));
    double ventilation = Math.sqrt(windVentilation * windVentilation + stack * stack);
    double exchange = ventilation + leakage;
    b.ventilationRate = ventilation;
    b.leakageRate = leakage;
    r[AIR_EXCHANGE_HEAT] = AIR_VOLUMETRIC_HEAT * exchange * toOutside;
    r[AIR_EXCHANGE_VAPOUR] = exchange * (vapour - outsideVapour);
    r[CO2_AIR_EXCHANGE] = exchange * (co2 - outsideCo2);

    // Heating pipes.
    double pipeExcess = tp - ta;
    double pipeRoot = Math.cbrt(Math.abs(pipeExcess));
    r[PIPE_TO_AIR_CONVECTION] = k.pipeConvection * pipeRoot * pipeExcess;
    r[PIPE_TO_AIR_RADIATION] = k.pipeRadiation * (pow4(tpK) - taK4);
    double boiler =
        Math.min(Math.max(k.boilerGain * (supplyTemperature - tp), 0), k.boilerCapacity);
    r[BOILER_TO_PIPES] = boiler;

    // Cover.
    double toCover = ta - tc;
    double coverConductance =
        k.innerConvectionPerFloor * screenFactor * Math.cbrt(Math.abs(toCover));
    r[AIR_TO_COVER_CONVECTION] = coverConductance * toCover;
    r[INTERIOR_TO_COVER_RADIATION] = SKY_RADIATION * screenFactor * (taK4 - tcK4);
    r[COVER_TO_OUTSIDE_CONVECTION] = outsideConductance * (tc - outsideTemperature);
    r[COVER_TO_SKY_RADIATION] = SKY_RADIATION * k.coverToFloor * (tcK4 - skyKelvin4);
    r[SOLAR_TO_AIR] = solarToAir;
    r[SOLAR_TO_COVER] = solarToCover;
    r[LAMPS_TO_AIR] = lampPower;

    // Vapour: condensation on the cover.
    double saturation = MoistAir.saturationVapourPressurePa(ta);
    double vapourPressure = vapour * WATER_VAPOUR_GAS_CONSTANT * taK;
    double coverSaturation = MoistAir.saturationVapourPressurePa(tc);
    double condensationDrive = vapourPressure - coverSaturation;
    double condensation =
        condensationDrive > 0 ? CONDENSATION_PER_HEC * coverConductance * condensationDrive : 0;
    r[CONDENSATION] = condensation;

    // Transpiration (Stanghellini), limited per zone by the slab water.
    double deficit = saturation - vapourPressure;
    double slope = MoistAir.saturationSlopePaPerKelvin(ta, saturation);
    double ppm = MoistAir.co2Ppm(co2, ta);
    double stomatal = Transpiration.stomatalResistance(absorbedRadiation, ppm, deficit);
    double denominator =
        slope
            + Transpiration.PSYCHROMETRIC_PA_PER_K
                * (1 + stomatal / Transpiration.BOUNDARY_LAYER_RESISTANCE);
    double potential =
        Math.max(0, (slope * absorbedRadiation + k.aerodynamicConductance * deficit) / denominator)
            / LATENT_HEAT;
    double transpiration = 0;
    boolean draining = false;
    double[] water = s.substrateWaterLitresPerM2;
    for (int z = 0; z < water.length; z++) {
      double share = water[z] / k.saturationWater[z];
      double unstressed = (share - WILTING_SHARE) / (STRESS_FREE_SHARE - WILTING_SHARE);
      double uptake = potential * Math.min(1, Math.max(0, unstressed)) * k.uptakePerZoneM2;
      b.uptake[z] = uptake;
      transpiration += uptake * k.zoneFloorShare[z];
      b.irrigation[z] = irrigation[z];
      double excess = water[z] - k.saturationWater[z];
      b.drain[z] = excess > 0 ? excess / DRAIN_TIME_CONSTANT : 0;
      draining |= excess > 0;
    }
    r[TRANSPIRATION] = transpiration;

    // Fog evaporates fully while the air can take 2 g/m³ more, less as it nears saturation.
    double deficitGrams = (saturation / (WATER_VAPOUR_GAS_CONSTANT * taK) - vapour) * 1000;
    double fog = fogging * Math.min(1, Math.max(0, deficitGrams / 2));
    r[FOG_EVAPORATION] = fog;

    r[TRANSPIRATION_LATENT_HEAT] = LATENT_HEAT * transpiration;
    r[CONDENSATION_LATENT_HEAT] = LATENT_HEAT * condensation;
    r[FOG_LATENT_HEAT] = LATENT_HEAT * fog;

    // CO2.
    double compensation = CanopyPhotosynthesis.compensationPpm(ta);
    double gross =
        CanopyPhotosynthesis.gross(absorbedPar, ppm, compensation, k.maxCanopyRate)
            * CanopyPhotosynthesis.MG_PER_MICROMOL;
    r[PHOTOSYNTHESIS] = gross;
    r[RESPIRATION] =
        CanopyPhotosynthesis.respiration(ta, k.leafAreaIndex)
            * CanopyPhotosynthesis.MG_PER_MICROMOL;
    r[CO2_DOSING] = dosing;

    // Fastest rate (1/s): conductances over capacities, linearised around the state.
    double radiationSlopeAir = 4 * SKY_RADIATION * taK * taK * taK;
    double radiationSlopeCover = 4 * SKY_RADIATION * tcK * tcK * tcK;
    double transpirationSlope = k.aerodynamicConductance / denominator;
    double airRate =
        (AIR_VOLUMETRIC_HEAT * exchange
                + 4.0 / 3 * coverConductance
                + radiationSlopeAir * screenFactor
                + 4.0 / 3 * k.pipeConvection * pipeRoot
                + 4 * k.pipeRadiation * taK * taK * taK
                + transpirationSlope * slope)
            / k.airCapacity;
    double condensationConductance = condensation > 0 ? CONDENSATION_PER_HEC * coverConductance : 0;
    double vapourRate =
        (exchange
                + (transpirationSlope / LATENT_HEAT + condensationConductance)
                    * WATER_VAPOUR_GAS_CONSTANT
                    * taK)
            / k.heightM;
    double co2Rate = exchange;
    if (gross > 0) {
      co2Rate += gross / ((ppm - compensation) * MoistAir.co2MilligramsPerM3(1, ta));
    }
    co2Rate /= k.heightM;
    double pipeRate =
        (4.0 / 3 * k.pipeConvection * pipeRoot
                + 4 * k.pipeRadiation * tpK * tpK * tpK
                + (boiler > 0 && boiler < k.boilerCapacity ? k.boilerGain : 0))
            / k.pipeCapacity;
    double coverRate =
        (4.0 / 3 * coverConductance
                + radiationSlopeCover * (screenFactor + k.coverToFloor)
                + outsideConductance
                + LATENT_HEAT
                    * condensationConductance
                    * MoistAir.saturationSlopePaPerKelvin(tc, coverSaturation))
            / k.coverCapacity;
    double fastest = Math.max(Math.max(airRate, vapourRate), Math.max(co2Rate, pipeRate));
    fastest = Math.max(fastest, coverRate);
    if (draining) {
      fastest = Math.max(fastest, 1 / DRAIN_TIME_CONSTANT);
    }
    b.fastestRate = fastest;
  }
}
