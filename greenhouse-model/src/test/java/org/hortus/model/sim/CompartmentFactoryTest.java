package org.hortus.model.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.hortus.model.Site;
import org.hortus.model.park.Co2Supply;
import org.hortus.model.park.Construction;
import org.hortus.model.park.Crop;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.HeatingPipes;
import org.hortus.model.park.Screen;
import org.hortus.model.park.ScreenKind;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.VentAreas;
import org.hortus.model.park.Zone;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.ScreenParameters;
import org.hortus.model.sim.physics.ZoneParameters;
import org.hortus.model.sim.weather.WeatherSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompartmentFactoryTest {

  /** GH-01 of the demo park. */
  static Greenhouse venloTomato() {
    return new Greenhouse(
        "GH-01",
        "Venlo 1",
        Construction.VENLO_GLASS,
        9600,
        12480,
        6.0,
        6.3,
        new VentAreas(864, 864),
        new HeatingPipes(1.875, 51, 90),
        List.of(new Screen(ScreenKind.ENERGY, 47, 85), new Screen(ScreenKind.SHADE, 20, 50)),
        new Co2Supply(Co2Supply.Source.PURE_LIQUID, 65, 600),
        crop("tomato"),
        List.of(
            zone("GH-01.Z1", 4600, Substrate.ROCKWOOL),
            zone("GH-01.Z2", 4600, Substrate.ROCKWOOL)));
  }

  /** GH-05 of the demo park. */
  static Greenhouse tunnelStrawberry() {
    return new Greenhouse(
        "GH-05",
        "Tunnel 5",
        Construction.TUNNEL,
        720,
        1150,
        3.0,
        6.8,
        new VentAreas(45, 45),
        new HeatingPipes(0.3, 35, 70),
        List.of(),
        new Co2Supply(Co2Supply.Source.NONE, 0, 0),
        crop("strawberry"),
        List.of(zone("GH-05.Z1", 640, Substrate.COCO_COIR)));
  }

  static Crop crop(String species) {
    return new Crop(species, "any", LocalDate.of(2026, 8, 10), 2.5, "recipe");
  }

  static Zone zone(String id, double area, Substrate substrate) {
    return new Zone(id, "Zone " + id, area, substrate, "V01", "WS-1", 2.5);
  }

  @Test
  void aVenloHouseTakesTheParkFiguresAndTheConstructionsDefaults() {
    CompartmentParameters p = CompartmentFactory.compartment(venloTomato());
    assertEquals(9600, p.floorAreaM2());
    assertEquals(12480, p.coverAreaM2());
    assertEquals(6.7, p.meanHeightM(), 1e-9);
    assertEquals(6.3, p.coverUValueWattsPerM2K());
    assertEquals(0.70, p.coverSolarTransmission());
    assertEquals(864, p.leeVentAreaM2());
    assertEquals(864, p.windwardVentAreaM2());
    assertEquals(1.875, p.pipeLengthMetresPerM2());
    assertEquals(0.051, p.pipeDiameterMetres(), 1e-12);
    assertEquals(new ScreenParameters(0.85, 0.47), p.energyScreen());
    assertEquals(new ScreenParameters(0.50, 0.20), p.shadeScreen());
    assertEquals(65, p.co2SupplyCapacityKgPerHour());
    assertEquals(0, p.lampPowerWattsPerM2());
    assertEquals(3.0, p.leafAreaIndex());
    assertEquals(
        List.of(
            new ZoneParameters("GH-01.Z1", 4600, 8, 0.8),
            new ZoneParameters("GH-01.Z2", 4600, 8, 0.8)),
        p.zones());
    // Same pipe net as the GreenLight default, so the same heat capacity.
    assertEquals(
        CompartmentParameters.venloTomato().pipeHeatCapacityJoulesPerM2K(),
        p.pipeHeatCapacityJoulesPerM2K(),
        1e-6);
  }

  @Test
  void theBoilerMatchesWhatTheDefaultPipeNetGivesOffAtFullSupply() {
    // 1.875 m/m² of 51 mm at 80 °C mean to 18 °C air: ~141 W/m² convection + ~125 radiation,
    // near GreenLight's 300 W/m² boiler for the same net.
    assertEquals(
        266, CompartmentFactory.boilerCapacityWattsPerM2(new HeatingPipes(1.875, 51, 90)), 3);
    assertEquals(18, CompartmentFactory.boilerCapacityWattsPerM2(new HeatingPipes(0.3, 35, 70)), 1);
    assertEquals(0, CompartmentFactory.boilerCapacityWattsPerM2(new HeatingPipes(1, 51, 25)));
  }

  @Test
  void aTunnelWithoutScreensOrCo2GetsNoneOfEither() {
    CompartmentParameters p = CompartmentFactory.compartment(tunnelStrawberry());
    assertEquals(ScreenParameters.none(), p.energyScreen());
    assertEquals(ScreenParameters.none(), p.shadeScreen());
    assertEquals(0, p.co2SupplyCapacityKgPerHour());
    assertEquals(0.60, p.coverSolarTransmission());
    assertEquals(3.4, p.meanHeightM(), 1e-9);
    // 0.2-mm film plus ~2 kg/m² of steel hoops and purlins.
    assertEquals(1343.2, p.coverHeatCapacityJoulesPerM2K(), 1e-9);
    assertEquals(1.5, p.leafAreaIndex());
    assertEquals(0.035, p.pipeDiameterMetres(), 1e-12);
  }

  @Test
  void aBlackoutScreenServesAsTheEnergyScreenWhenThereIsNone() {
    Greenhouse h = venloTomato();
    Greenhouse blackout =
        new Greenhouse(
            h.id(),
            h.name(),
            h.construction(),
            h.floorAreaM2(),
            h.coverAreaM2(),
            h.gutterHeightMetres(),
            h.coverUValueWattsPerM2K(),
            h.vents(),
            h.heatingPipes(),
            List.of(new Screen(ScreenKind.BLACKOUT, 70, 0)),
            h.co2Supply(),
            h.crop(),
            h.zones());
    CompartmentParameters p = CompartmentFactory.compartment(blackout);
    assertEquals(new ScreenParameters(0.01, 0.70), p.energyScreen());
    assertEquals(ScreenParameters.none(), p.shadeScreen());
  }

  @Test
  void aHouseWithoutPipesGetsANominalRailAndNoBoiler() {
    Greenhouse h = tunnelStrawberry();
    Greenhouse unheated =
        new Greenhouse(
            h.id(),
            h.name(),
            h.construction(),
            h.floorAreaM2(),
            h.coverAreaM2(),
            h.gutterHeightMetres(),
            h.coverUValueWattsPerM2K(),
            h.vents(),
            new HeatingPipes(0, 35, 70),
            h.screens(),
            h.co2Supply(),
            h.crop(),
            h.zones());
    CompartmentParameters p = CompartmentFactory.compartment(unheated);
    assertEquals(0, p.boilerCapacityWattsPerM2());
    assertEquals(0.1, p.pipeLengthMetresPerM2());
    assertEquals(1000, p.pipeHeatCapacityJoulesPerM2K());
  }

  @Test
  void lampsComeOnlyFromTheCaller() {
    CompartmentParameters p = CompartmentFactory.compartment(venloTomato(), 116, 1.8);
    assertEquals(116, p.lampPowerWattsPerM2());
    assertEquals(1.8, p.lampEfficacyMicromolPerJoule());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          ROCKWOOL,        8,   0.80
          COCO_COIR,       10,  0.70
          PEAT,            12,  0.75
          SOIL,            200, 0.45
          HYDROPONIC_NFT,  2,   1.00
          """)
  void eachSubstrateHasItsSlabVolumeAndSaturation(
      Substrate substrate, double litresPerM2, double saturation) {
    ZoneParameters z = CompartmentFactory.zone(zone("GH-09.Z1", 100, substrate));
    assertEquals(litresPerM2, z.substrateVolumeLitresPerM2());
    assertEquals(saturation, z.saturationWaterContentFraction());
    assertEquals("GH-09.Z1", z.name());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          tomato,        3.0
          Cucumber,      3.0
          sweet pepper,  3.0
          lettuce,       2.0
          strawberry,    1.5
          melon,         3.0
          """)
  void leafAreaFollowsTheCrop(String species, double lai) {
    assertEquals(lai, CompartmentFactory.leafAreaIndex(crop(species)));
  }

  @Test
  void aFigureTheModelRefusesNamesTheGreenhouse() {
    Greenhouse h = venloTomato();
    Greenhouse leaky =
        new Greenhouse(
            "GH-09",
            h.name(),
            h.construction(),
            h.floorAreaM2(),
            h.coverAreaM2(),
            h.gutterHeightMetres(),
            10,
            h.vents(),
            h.heatingPipes(),
            h.screens(),
            h.co2Supply(),
            h.crop(),
            h.zones());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CompartmentFactory.compartment(leaky));
    assertEquals(
        "greenhouse GH-09: cover U-value must be 0.5–9 W/(m²·K), was 10.0", e.getMessage());
  }

  @Test
  void theWeatherSiteIsThePark() {
    WeatherSite w =
        CompartmentFactory.weatherSite(
            "Binhai", new Site(34.0, 119.8, 3, ZoneId.of("Asia/Shanghai")));
    assertEquals(new WeatherSite("Binhai", 34.0, 119.8, ZoneId.of("Asia/Shanghai"), 3), w);
  }
}
