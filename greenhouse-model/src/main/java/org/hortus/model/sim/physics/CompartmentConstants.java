package org.hortus.model.sim.physics;

import java.util.List;

/**
 * Figures derived once from {@link CompartmentParameters}, per m² floor, so that the flux
 * evaluation does no repeated work. Fixed physical constants and the crop's optical figures live
 * here too, with their sources in {@code docs/physics.md}.
 */
final class CompartmentConstants {

  /** Air density, kg/m³, and heat capacity, J/(kg·K) (Vanthoor 2011: 1.20 and 1,000). */
  static final double AIR_DENSITY = 1.20;

  static final double AIR_HEAT_CAPACITY = 1000;
  static final double AIR_VOLUMETRIC_HEAT = AIR_DENSITY * AIR_HEAT_CAPACITY;

  /** Heat capacity of leaves per m² leaf, J/(m²·K) (Vanthoor 2011). */
  static final double LEAF_HEAT_CAPACITY = 1200;

  /** Share of the radiation inside the house reflected back out through the cover. */
  static final double INTERIOR_REFLECTANCE = 0.10;

  /** Share of outside global radiation the cover absorbs (near-infrared in the glass). */
  static final double COVER_SOLAR_ABSORPTANCE = 0.05;

  /** PAR photons per joule of global radiation, µmol/J (Vanthoor 2011: 0.5 × 4.6). */
  static final double PAR_PER_GLOBAL = 2.3;

  /** PAR photons per joule of PAR radiation, µmol/J. */
  static final double PAR_PHOTONS_PER_JOULE = 4.57;

  /** Condensation per unit heat-transfer coefficient and Pa, kg/(J·Pa)·K (Vanthoor 2011). */
  static final double CONDENSATION_PER_HEC = 6.4e-9;

  /** Slab drains the water above saturation with this time constant, s. */
  static final double DRAIN_TIME_CONSTANT = 300;

  /** Water uptake is unrestricted above this share of saturation and stops below the next. */
  static final double STRESS_FREE_SHARE = 0.5;

  static final double WILTING_SHARE = 0.25;

  final double coverToFloor;
  final double heightM;
  final double airCapacity;
  final double pipeCapacity;
  final double coverCapacity;
  final double pipeConvection;
  final double pipeRadiation;
  final double boilerGain;
  final double boilerCapacity;
  final double leeAreaFraction;
  final double windwardAreaFraction;
  final double leakageCoefficient;
  final double innerConvectionPerFloor;
  final double innerConductanceReference;
  final double energyScreenResistance;
  final double shadeScreenResistance;
  final double coverTransmission;
  final double energyScreenTransmission;
  final double shadeScreenTransmission;
  final double canopyParAbsorptance;
  final double canopySolarAbsorptance;
  final double aerodynamicConductance;
  final double maxCanopyRate;
  final double leafAreaIndex;
  final double co2CapacityGramsPerM2PerHour;
  final double lampPower;
  final double lampPar;
  final int zoneCount;
  final double[] zoneFloorShare;
  final double[] saturationWater;
  final double uptakePerZoneM2;

  CompartmentConstants(CompartmentParameters p) {
    double floor = p.floorAreaM2();
    coverToFloor = p.coverAreaM2() / floor;
    heightM = p.meanHeightM();
    leafAreaIndex = p.leafAreaIndex();
    airCapacity = AIR_VOLUMETRIC_HEAT * heightM + LEAF_HEAT_CAPACITY * leafAreaIndex;
    pipeCapacity = p.pipeHeatCapacityJoulesPerM2K();
    coverCapacity = p.coverHeatCapacityJoulesPerM2K() * coverToFloor;
    pipeConvection =
        HeatingPipes.convectionCoefficient(p.pipeLengthMetresPerM2(), p.pipeDiameterMetres());
    pipeRadiation =
        HeatingPipes.radiationCoefficient(p.pipeLengthMetresPerM2(), p.pipeDiameterMetres());
    boilerGain = HeatingPipes.boilerGain(p.boilerCapacityWattsPerM2());
    boilerCapacity = p.boilerCapacityWattsPerM2();
    leeAreaFraction = p.leeVentAreaM2() / floor;
    windwardAreaFraction = p.windwardVentAreaM2() / floor;
    leakageCoefficient = p.leakageCoefficient();
    double u = p.coverUValueWattsPerM2K();
    CoverExchange.Calibration calibration = CoverExchange.calibrate(u, coverToFloor);
    innerConvectionPerFloor = calibration.innerConvectionCoefficient() * coverToFloor;
    innerConductanceReference = calibration.innerConductance();
    energyScreenResistance =
        CoverExchange.screenResistance(u, p.energyScreen().energySavingFraction());
    shadeScreenResistance =
        CoverExchange.screenResistance(u, p.shadeScreen().energySavingFraction());
    coverTransmission = p.coverSolarTransmission();
    energyScreenTransmission = p.energyScreen().lightTransmission();
    shadeScreenTransmission = p.shadeScreen().lightTransmission();
    double intercepted = 1 - Math.exp(-CanopyPhotosynthesis.LIGHT_EXTINCTION * leafAreaIndex);
    canopyParAbsorptance = 0.93 * intercepted;
    canopySolarAbsorptance = 0.72 * intercepted;
    aerodynamicConductance =
        2 * leafAreaIndex * AIR_VOLUMETRIC_HEAT / Transpiration.BOUNDARY_LAYER_RESISTANCE;
    maxCanopyRate = CanopyPhotosynthesis.maxCanopyRate(leafAreaIndex);
    co2CapacityGramsPerM2PerHour = p.co2SupplyCapacityKgPerHour() * 1000 / floor;
    lampPower = p.lampPowerWattsPerM2();
    lampPar = p.lampPowerWattsPerM2() * p.lampEfficacyMicromolPerJoule();
    List<ZoneParameters> zones = p.zones();
    zoneCount = zones.size();
    zoneFloorShare = new double[zoneCount];
    saturationWater = new double[zoneCount];
    double zoneArea = p.zoneAreaM2();
    for (int z = 0; z < zoneCount; z++) {
      zoneFloorShare[z] = zones.get(z).areaM2() / floor;
      saturationWater[z] = zones.get(z).saturationWaterLitresPerM2();
    }
    uptakePerZoneM2 = floor / zoneArea;
  }

  /** Factor on the inside conductance for the given screen closures (0–1 each). */
  double screenFactor(double energyClosure, double shadeClosure) {
    return 1
        / (1
            + innerConductanceReference
                * (energyClosure * energyScreenResistance + shadeClosure * shadeScreenResistance));
  }

  /** Share of outside global radiation reaching the crop for the given screen closures. */
  double transmission(double energyClosure, double shadeClosure) {
    return coverTransmission
        * (1 - energyClosure * (1 - energyScreenTransmission))
        * (1 - shadeClosure * (1 - shadeScreenTransmission));
  }
}
