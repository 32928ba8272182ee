package org.hortus.model.sim;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hortus.model.Site;
import org.hortus.model.park.Co2Supply;
import org.hortus.model.park.Construction;
import org.hortus.model.park.Crop;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.HeatingPipes;
import org.hortus.model.park.Screen;
import org.hortus.model.park.ScreenKind;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.Zone;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.ScreenParameters;
import org.hortus.model.sim.physics.ZoneParameters;
import org.hortus.model.sim.weather.WeatherSite;

/**
 * Builds the physics model's {@link CompartmentParameters} from a park file's {@link Greenhouse}.
 * What the park file states (areas, U-value, vents, pipes, screens, CO2 capacity, zones) is taken
 * as it is; what it does not state comes from the construction, the crop and the substrate, with
 * the figures and their reasons in {@code docs/physics.md} ("From a park file"). Stateless.
 */
public final class CompartmentFactory {

  /** Air temperature at which the boiler is sized: it matches the pipes' output at full supply. */
  static final double DESIGN_AIR_CELSIUS = 18;

  /** HPS lamps, the efficacy used when a lamp power is given without one, µmol/J. */
  static final double HPS_EFFICACY_MICROMOL_PER_JOULE = 1.8;

  /** A house without pipes gets a nominal rail (the model needs one) and no boiler. */
  static final double UNHEATED_PIPE_METRES_PER_M2 = 0.1;

  /** The model's least pipe heat capacity: headers, valves and the boiler's own water. */
  static final double MIN_PIPE_HEAT_CAPACITY_JOULES_PER_M2K = 1000;

  private static final double STEFAN_BOLTZMANN = 5.670374e-8;
  private static final double PIPE_WALL_METRES = 0.002;

  private CompartmentFactory() {}

  /**
   * The greenhouse without assimilation lamps; {@link #compartment(Greenhouse, double, double)}
   * adds them for a house whose recipe uses light.
   */
  public static CompartmentParameters compartment(Greenhouse house) {
    return compartment(house, 0, HPS_EFFICACY_MICROMOL_PER_JOULE);
  }

  /**
   * The greenhouse with assimilation lamps of the given power and efficacy.
   *
   * @throws IllegalArgumentException naming the greenhouse when a figure is outside what the
   *     physics model accepts (e.g. a cover U-value above 9 W/(m²·K))
   */
  public static CompartmentParameters compartment(
      Greenhouse house, double lampPowerWattsPerM2, double lampEfficacyMicromolPerJoule) {
    ConstructionFigures build = ConstructionFigures.of(house.construction());
    HeatingPipes pipes = house.heatingPipes();
    boolean heated = pipes.lengthMetresPerM2() > 0;
    double pipeLength = heated ? pipes.lengthMetresPerM2() : UNHEATED_PIPE_METRES_PER_M2;
    double pipeDiameter = pipes.diameterMillimetres() / 1000;
    try {
      return new CompartmentParameters(
          house.floorAreaM2(),
          house.coverAreaM2(),
          house.gutterHeightMetres() + build.roofMeanHeightMetres(),
          house.coverUValueWattsPerM2K(),
          build.solarTransmission(),
          build.coverHeatCapacityJoulesPerM2K(),
          house.vents().leeSideM2(),
          house.vents().windwardSideM2(),
          build.leakageCoefficient(),
          pipeLength,
          pipeDiameter,
          Math.max(
              MIN_PIPE_HEAT_CAPACITY_JOULES_PER_M2K,
              CompartmentParameters.steelPipeHeatCapacity(
                  pipeLength, pipeDiameter, pipeDiameter - 2 * PIPE_WALL_METRES)),
          heated ? boilerCapacityWattsPerM2(pipes) : 0,
          screen(house.screens(), ScreenKind.ENERGY)
              .or(() -> screen(house.screens(), ScreenKind.BLACKOUT))
              .orElse(ScreenParameters.none()),
          screen(house.screens(), ScreenKind.SHADE).orElse(ScreenParameters.none()),
          house.co2Supply().source() == Co2Supply.Source.NONE
              ? 0
              : house.co2Supply().capacityKgPerHour(),
          lampPowerWattsPerM2,
          lampEfficacyMicromolPerJoule,
          leafAreaIndex(house.crop()),
          house.zones().stream().map(CompartmentFactory::zone).toList());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("greenhouse " + house.id() + ": " + e.getMessage(), e);
    }
  }

  /** The weather site of a park's site, named for messages and EPW headers. */
  public static WeatherSite weatherSite(String name, Site site) {
    return new WeatherSite(
        name, site.latitudeDegrees(), site.longitudeDegrees(), site.zone(), site.elevationMetres());
  }

  /**
   * The boiler capacity, W/m²: what the pipes give off to air at {@value #DESIGN_AIR_CELSIUS} °C
   * when fed at their highest supply temperature (mean pipe temperature 10 K lower, the model's 20
   * K supply–return design), with the model's convection and radiation laws (Vanthoor 2011).
   */
  static double boilerCapacityWattsPerM2(HeatingPipes pipes) {
    double diameter = pipes.diameterMillimetres() / 1000;
    double surface = Math.PI * diameter * pipes.lengthMetresPerM2();
    double pipeCelsius = pipes.maxSupplyTemperatureCelsius() - 10;
    double difference = Math.max(0, pipeCelsius - DESIGN_AIR_CELSIUS);
    double convection = 1.91 * surface * Math.cbrt(difference) * difference;
    double radiation =
        surface
            * 0.88
            * STEFAN_BOLTZMANN
            * (Math.pow(pipeCelsius + 273.15, 4) - Math.pow(DESIGN_AIR_CELSIUS + 273.15, 4));
    return Math.min(2000, convection + Math.max(0, radiation));
  }

  /**
   * Leaf area index of a full-grown crop by species: tomato, cucumber and sweet pepper 3, lettuce
   * 2, strawberry 1.5; any other species 3 (a fruit-vegetable crop).
   */
  static double leafAreaIndex(Crop crop) {
    String species = crop.species().toLowerCase(Locale.ROOT);
    if (species.contains("lettuce")) {
      return 2.0;
    }
    if (species.contains("strawberr")) {
      return 1.5;
    }
    return 3.0;
  }

  /** A zone's slabs by substrate; the zone's id names it. */
  static ZoneParameters zone(Zone zone) {
    SubstrateFigures substrate = SubstrateFigures.of(zone.substrate());
    return new ZoneParameters(
        zone.id(),
        zone.areaM2(),
        substrate.volumeLitresPerM2(),
        substrate.saturationWaterContentFraction());
  }

  /** The first screen of a kind, as the model sees it (a blackout screen may be the energy one). */
  private static Optional<ScreenParameters> screen(List<Screen> screens, ScreenKind kind) {
    return screens.stream()
        .filter(s -> s.kind() == kind)
        .findFirst()
        .map(
            s ->
                new ScreenParameters(
                    Math.clamp(s.lightTransmissionPercent() / 100, 0.01, 1),
                    Math.clamp(s.energySavingPercent() / 100, 0, 0.95)));
  }

  /**
   * What the park file leaves to the construction.
   *
   * @param roofMeanHeightMetres mean height of the roof space above the gutter
   * @param solarTransmission of cover and structure together
   * @param coverHeatCapacityJoulesPerM2K per m² of cover
   * @param leakageCoefficient m³/(m²·s) per m/s of wind
   */
  record ConstructionFigures(
      double roofMeanHeightMetres,
      double solarTransmission,
      double coverHeatCapacityJoulesPerM2K,
      double leakageCoefficient) {

    /** Polyethylene film: 920 kg/m³ × 2,300 J/(kg·K), per m of thickness. */
    private static final double FILM_JOULES_PER_M3K = 920 * 2300;

    /** Galvanised steel, J/(kg·K). */
    private static final double STEEL_JOULES_PER_KGK = 460;

    /**
     * The figures of a construction. A film cover alone holds far less heat (400–850 J/(m²·K)) than
     * the steel frame that carries it, so for film houses the frame in the roof plane is lumped
     * with the cover; glass (8,736 J/(m²·K) for 4 mm) outweighs its frame, which is left out as in
     * {@link CompartmentParameters#venloTomato()}.
     */
    static ConstructionFigures of(Construction construction) {
      return switch (construction) {
        // 4-mm glass; roof rise ~0.8–1.2 m over 4-m bays; Vanthoor's leakage.
        case VENLO_GLASS ->
            new ConstructionFigures(
                0.7, 0.70, CompartmentParameters.glassHeatCapacity(0.004), 1e-4);
        // Double 0.2-mm film on a gothic-arch frame of ~6 kg steel per m² cover; arched roofs
        // over 8–9.6 m spans, ~1.5 m rise.
        case MULTI_SPAN_PLASTIC ->
            new ConstructionFigures(
                1.0, 0.65, 2 * 0.0002 * FILM_JOULES_PER_M3K + 6 * STEEL_JOULES_PER_KGK, 1e-4);
        // Single 0.2-mm film on hoops and purlins of ~2 kg steel per m² cover; doors at both
        // ends leak more.
        case TUNNEL ->
            new ConstructionFigures(
                0.4, 0.60, 0.0002 * FILM_JOULES_PER_M3K + 2 * STEEL_JOULES_PER_KGK, 2e-4);
      };
    }
  }

  /**
   * Slab volume and the water content at which it drains, by substrate.
   *
   * @param volumeLitresPerM2 substrate per m² of zone floor
   * @param saturationWaterContentFraction volume fraction at which it drains
   */
  record SubstrateFigures(double volumeLitresPerM2, double saturationWaterContentFraction) {

    static SubstrateFigures of(Substrate substrate) {
      return switch (substrate) {
        case ROCKWOOL -> new SubstrateFigures(8, 0.80);
        case COCO_COIR -> new SubstrateFigures(10, 0.70);
        case PEAT -> new SubstrateFigures(12, 0.75);
        // The root zone of a soil-grown crop, ~0.4 m deep, at field capacity.
        case SOIL -> new SubstrateFigures(200, 0.45);
        // The film of nutrient solution in the gullies.
        case HYDROPONIC_NFT -> new SubstrateFigures(2, 1.0);
      };
    }
  }
}
