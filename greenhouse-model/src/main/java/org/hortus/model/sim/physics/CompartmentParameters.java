package org.hortus.model.sim.physics;

import java.util.List;
import java.util.Objects;

/**
 * The construction, equipment and crop of one greenhouse compartment, as the physics model needs
 * them. Areas are whole-compartment areas in m²; everything "per m²" is per m² of floor unless its
 * name says otherwise. Default figures and their sources are in {@code docs/physics.md}.
 *
 * @param floorAreaM2 floor area, m²
 * @param coverAreaM2 area of roof and side walls, m²
 * @param meanHeightM air volume divided by floor area, m
 * @param coverUValueWattsPerM2K rated heat-transfer coefficient of the cover, air to outside, per
 *     m² of cover, W/(m²·K), at the reference conditions of {@link GreenhouseModel} (4 m/s wind,
 *     overcast sky, 20 K difference); leakage is not included
 * @param coverSolarTransmission fraction of outside global radiation that reaches the crop through
 *     cover and structure (0–1)
 * @param coverHeatCapacityJoulesPerM2K heat capacity of the cover per m² of cover, J/(m²·K)
 * @param leeVentAreaM2 total area of the lee-side roof vents (window frames), m²
 * @param windwardVentAreaM2 total area of the windward-side roof vents, m²
 * @param leakageCoefficient air leakage of the closed house per m/s of wind, m³/(m²·s) per m/s
 *     (Vanthoor's c_leakage, 1e-4 for a Venlo glasshouse)
 * @param pipeLengthMetresPerM2 length of heating pipe per m² floor, m/m²
 * @param pipeDiameterMetres outer diameter of the heating pipes, m
 * @param pipeHeatCapacityJoulesPerM2K heat capacity of the pipes and their water per m² floor,
 *     J/(m²·K)
 * @param boilerCapacityWattsPerM2 most heat the boiler delivers to the pipes, W/m²
 * @param energyScreen the thermal (energy) screen
 * @param shadeScreen the shade screen
 * @param co2SupplyCapacityKgPerHour most CO2 the supply can dose into the compartment, kg/h
 * @param lampPowerWattsPerM2 electrical power of the assimilation lamps, W/m² (0 = no lamps)
 * @param lampEfficacyMicromolPerJoule photon efficacy of the lamps, µmol PAR per J (HPS 1.8, LED
 *     3.0)
 * @param leafAreaIndex crop leaf area per m² floor, m²/m² (0 = empty house)
 * @param zones the irrigation zones; their areas must not add up to more than the floor area
 */
public record CompartmentParameters(
    double floorAreaM2,
    double coverAreaM2,
    double meanHeightM,
    double coverUValueWattsPerM2K,
    double coverSolarTransmission,
    double coverHeatCapacityJoulesPerM2K,
    double leeVentAreaM2,
    double windwardVentAreaM2,
    double leakageCoefficient,
    double pipeLengthMetresPerM2,
    double pipeDiameterMetres,
    double pipeHeatCapacityJoulesPerM2K,
    double boilerCapacityWattsPerM2,
    ScreenParameters energyScreen,
    ScreenParameters shadeScreen,
    double co2SupplyCapacityKgPerHour,
    double lampPowerWattsPerM2,
    double lampEfficacyMicromolPerJoule,
    double leafAreaIndex,
    List<ZoneParameters> zones) {

  public CompartmentParameters {
    Objects.requireNonNull(energyScreen, "energyScreen");
    Objects.requireNonNull(shadeScreen, "shadeScreen");
    zones = List.copyOf(Objects.requireNonNull(zones, "zones"));
    check(floorAreaM2 > 0 && floorAreaM2 <= 1e7, "floor area", floorAreaM2, "0–1e7 m²");
    check(
        coverAreaM2 >= floorAreaM2 && coverAreaM2 <= 5 * floorAreaM2,
        "cover area",
        coverAreaM2,
        "1–5 × the floor area");
    check(meanHeightM >= 1 && meanHeightM <= 20, "mean height", meanHeightM, "1–20 m");
    check(
        coverUValueWattsPerM2K >= 0.5 && coverUValueWattsPerM2K <= 9,
        "cover U-value",
        coverUValueWattsPerM2K,
        "0.5–9 W/(m²·K)");
    check(
        coverSolarTransmission > 0 && coverSolarTransmission <= 1,
        "cover solar transmission",
        coverSolarTransmission,
        "a fraction 0–1");
    check(
        coverHeatCapacityJoulesPerM2K >= 100 && coverHeatCapacityJoulesPerM2K <= 1e5,
        "cover heat capacity",
        coverHeatCapacityJoulesPerM2K,
        "100–1e5 J/(m²·K)");
    check(
        leeVentAreaM2 >= 0 && leeVentAreaM2 <= floorAreaM2,
        "lee vent area",
        leeVentAreaM2,
        "0 up to the floor area");
    check(
        windwardVentAreaM2 >= 0 && windwardVentAreaM2 <= floorAreaM2,
        "windward vent area",
        windwardVentAreaM2,
        "0 up to the floor area");
    check(
        leakageCoefficient >= 0 && leakageCoefficient <= 1e-2,
        "leakage coefficient",
        leakageCoefficient,
        "0–0.01 m³/(m²·s) per m/s");
    check(
        pipeLengthMetresPerM2 > 0 && pipeLengthMetresPerM2 <= 10,
        "pipe length",
        pipeLengthMetresPerM2,
        "0–10 m/m²");
    check(
        pipeDiameterMetres >= 0.01 && pipeDiameterMetres <= 0.2,
        "pipe diameter",
        pipeDiameterMetres,
        "0.01–0.2 m");
    check(
        pipeHeatCapacityJoulesPerM2K >= 1000 && pipeHeatCapacityJoulesPerM2K <= 1e6,
        "pipe heat capacity",
        pipeHeatCapacityJoulesPerM2K,
        "1e3–1e6 J/(m²·K)");
    check(
        boilerCapacityWattsPerM2 >= 0 && boilerCapacityWattsPerM2 <= 2000,
        "boiler capacity",
        boilerCapacityWattsPerM2,
        "0–2000 W/m²");
    check(
        co2SupplyCapacityKgPerHour >= 0 && co2SupplyCapacityKgPerHour <= floorAreaM2,
        "CO2 supply capacity",
        co2SupplyCapacityKgPerHour,
        "0–1 kg/h per m² floor");
    check(
        lampPowerWattsPerM2 >= 0 && lampPowerWattsPerM2 <= 1000,
        "lamp power",
        lampPowerWattsPerM2,
        "0–1000 W/m²");
    check(
        lampEfficacyMicromolPerJoule >= 0 && lampEfficacyMicromolPerJoule <= 5,
        "lamp efficacy",
        lampEfficacyMicromolPerJoule,
        "0–5 µmol/J");
    check(leafAreaIndex >= 0 && leafAreaIndex <= 10, "leaf area index", leafAreaIndex, "0–10");
    if (zones.isEmpty()) {
      throw new IllegalArgumentException("a compartment needs at least one irrigation zone");
    }
    double zoneArea = zones.stream().mapToDouble(ZoneParameters::areaM2).sum();
    if (zoneArea > floorAreaM2 * (1 + 1e-9)) {
      throw new IllegalArgumentException(
          "zone areas add up to "
              + zoneArea
              + " m², more than the floor area "
              + floorAreaM2
              + " m²");
    }
  }

  private static void check(boolean ok, String what, double value, String range) {
    if (!ok) {
      throw new IllegalArgumentException(what + " must be " + range + ", was " + value);
    }
  }

  /**
   * A 1-ha Venlo glasshouse with a tomato crop on rockwool, after the GreenLight defaults (Katzin
   * et al. 2020, Vanthoor 2011 "Dutch greenhouse"): 5.5 m mean height, single glass (U 6.0), roof
   * vents 11.7 % of the floor split over both sides, 51-mm pipes at 1.875 m/m², 300 W/m² boiler, an
   * energy screen and a shade screen, 116 W/m² HPS lamps, LAI 3, four zones of 8 L/m² slabs.
   */
  public static CompartmentParameters venloTomato() {
    return new CompartmentParameters(
        10_000, // floor area, m²
        13_000, // cover area, m²: roof at 22° plus side walls
        5.5, // mean height, m
        6.0, // cover U-value, W/(m² cover·K): single glass
        0.68, // solar transmission of cover and structure
        glassHeatCapacity(0.004), // 4-mm glass
        585, // lee vents, m²
        585, // windward vents, m²
        1e-4, // leakage, m³/(m²·s) per m/s
        1.875, // pipe length, m/m²
        0.051, // pipe outer diameter, m
        steelPipeHeatCapacity(1.875, 0.051, 0.047),
        300, // boiler, W/m²
        new ScreenParameters(0.85, 0.45), // aluminised energy screen
        new ScreenParameters(0.5, 0.2), // 50 % shade screen
        100, // CO2 supply, kg/h
        116, // lamps, W/m² (HPS)
        1.8, // lamp efficacy, µmol/J
        3.0, // leaf area index
        List.of(
            new ZoneParameters("Row 1-10", 2500, 8, 0.8),
            new ZoneParameters("Row 11-20", 2500, 8, 0.8),
            new ZoneParameters("Row 21-30", 2500, 8, 0.8),
            new ZoneParameters("Row 31-40", 2500, 8, 0.8)));
  }

  /**
   * A 0.5-ha Venlo glasshouse with a high-wire cucumber crop (LAI 3.5) on 9 L/m² slabs in two
   * zones; 6 m high; no lamps; otherwise as {@link #venloTomato()}.
   */
  public static CompartmentParameters venloCucumber() {
    CompartmentParameters t = venloTomato();
    return new CompartmentParameters(
        5_000, // floor area, m²
        6_400, // cover area, m²
        6.0, // mean height, m
        t.coverUValueWattsPerM2K,
        t.coverSolarTransmission,
        t.coverHeatCapacityJoulesPerM2K,
        290, // lee vents, m²
        290, // windward vents, m²
        t.leakageCoefficient,
        t.pipeLengthMetresPerM2,
        t.pipeDiameterMetres,
        t.pipeHeatCapacityJoulesPerM2K,
        t.boilerCapacityWattsPerM2,
        t.energyScreen,
        t.shadeScreen,
        50, // CO2 supply, kg/h
        0, // no lamps
        t.lampEfficacyMicromolPerJoule,
        3.5, // leaf area index
        List.of(
            new ZoneParameters("North", 2500, 9, 0.8), new ZoneParameters("South", 2500, 9, 0.8)));
  }

  /** Heat capacity of float glass of the given thickness, J/(m²·K) (2,600 kg/m³, 840 J/(kg·K)). */
  public static double glassHeatCapacity(double thicknessMetres) {
    return 2600 * 840 * thicknessMetres;
  }

  /**
   * Heat capacity per m² floor of water-filled steel pipes, J/(m²·K): water 1,000 kg/m³ × 4,180
   * J/(kg·K), steel 7,850 kg/m³ × 640 J/(kg·K) (Vanthoor 2011).
   */
  public static double steelPipeHeatCapacity(
      double lengthMetresPerM2, double outerDiameterMetres, double innerDiameterMetres) {
    double inner = Math.PI / 4 * innerDiameterMetres * innerDiameterMetres * lengthMetresPerM2;
    double wall =
        Math.PI
            / 4
            * (outerDiameterMetres * outerDiameterMetres
                - innerDiameterMetres * innerDiameterMetres)
            * lengthMetresPerM2;
    return inner * 1000 * 4180 + wall * 7850 * 640;
  }

  /** Total area of the irrigation zones, m². */
  public double zoneAreaM2() {
    return zones.stream().mapToDouble(ZoneParameters::areaM2).sum();
  }

  /** A copy with another leaf area index (0 = empty house). */
  public CompartmentParameters withLeafAreaIndex(double lai) {
    return new CompartmentParameters(
        floorAreaM2,
        coverAreaM2,
        meanHeightM,
        coverUValueWattsPerM2K,
        coverSolarTransmission,
        coverHeatCapacityJoulesPerM2K,
        leeVentAreaM2,
        windwardVentAreaM2,
        leakageCoefficient,
        pipeLengthMetresPerM2,
        pipeDiameterMetres,
        pipeHeatCapacityJoulesPerM2K,
        boilerCapacityWattsPerM2,
        energyScreen,
        shadeScreen,
        co2SupplyCapacityKgPerHour,
        lampPowerWattsPerM2,
        lampEfficacyMicromolPerJoule,
        lai,
        zones);
  }

  /** A copy with other irrigation zones. */
  public CompartmentParameters withZones(List<ZoneParameters> newZones) {
    return new CompartmentParameters(
        floorAreaM2,
        coverAreaM2,
        meanHeightM,
        coverUValueWattsPerM2K,
        coverSolarTransmission,
        coverHeatCapacityJoulesPerM2K,
        leeVentAreaM2,
        windwardVentAreaM2,
        leakageCoefficient,
        pipeLengthMetresPerM2,
        pipeDiameterMetres,
        pipeHeatCapacityJoulesPerM2K,
        boilerCapacityWattsPerM2,
        energyScreen,
        shadeScreen,
        co2SupplyCapacityKgPerHour,
        lampPowerWattsPerM2,
        lampEfficacyMicromolPerJoule,
        leafAreaIndex,
        newZones);
  }
}
