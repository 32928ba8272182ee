package org.hortus.model.sim.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompartmentParametersTest {

  @Test
  void theVenloFactoriesAreValidWithTypicalFigures() {
    CompartmentParameters tomato = CompartmentParameters.venloTomato();
    assertEquals(16_500, tomato.pipeHeatCapacityJoulesPerM2K(), 100, "51-mm pipes at 1.875 m/m²");
    assertEquals(10_000, tomato.zoneAreaM2());
    assertEquals(6.4, tomato.zones().get(0).saturationWaterLitresPerM2(), 1e-9);
    new GreenhouseModel(tomato);
    new GreenhouseModel(CompartmentParameters.venloCucumber());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          floorArea,         floor area
          coverArea,         cover area
          uValue,            cover U-value
          transmission,      cover solar transmission
          leafAreaIndex,     leaf area index
          """)
  void anImpossibleFigureIsRejectedByName(String figure, String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tomatoWith(figure, -1));
    assertTrue(e.getMessage().startsWith(name), e.getMessage());
  }

  private static CompartmentParameters tomatoWith(String figure, double value) {
    CompartmentParameters t = CompartmentParameters.venloTomato();
    return new CompartmentParameters(
        figure.equals("floorArea") ? value : t.floorAreaM2(),
        figure.equals("coverArea") ? value : t.coverAreaM2(),
        t.meanHeightM(),
        figure.equals("uValue") ? value : t.coverUValueWattsPerM2K(),
        figure.equals("transmission") ? value : t.coverSolarTransmission(),
        t.coverHeatCapacityJoulesPerM2K(),
        t.leeVentAreaM2(),
        t.windwardVentAreaM2(),
        t.leakageCoefficient(),
        t.pipeLengthMetresPerM2(),
        t.pipeDiameterMetres(),
        t.pipeHeatCapacityJoulesPerM2K(),
        t.boilerCapacityWattsPerM2(),
        t.energyScreen(),
        t.shadeScreen(),
        t.co2SupplyCapacityKgPerHour(),
        t.lampPowerWattsPerM2(),
        t.lampEfficacyMicromolPerJoule(),
        figure.equals("leafAreaIndex") ? value : t.leafAreaIndex(),
        t.zones());
  }

  @Test
  void zonesLargerThanTheFloorAreRejected() {
    CompartmentParameters tomato = CompartmentParameters.venloTomato();
    List<ZoneParameters> tooBig = List.of(new ZoneParameters("All", 20_000, 8, 0.8));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> tomato.withZones(tooBig));
    assertTrue(e.getMessage().contains("more than the floor area"), e.getMessage());
  }

  @Test
  void aClosedEnergyScreenSavesItsRatedFractionAtTheReference() {
    CompartmentConstants k = new CompartmentConstants(CompartmentParameters.venloTomato());
    double u = 6.0;
    double outside = 1 / (1 / u - 1 / k.innerConductanceReference);
    double inside = k.innerConductanceReference * k.screenFactor(1, 0);
    double screened = 1 / (1 / inside + 1 / outside);
    assertEquals(0.55 * u, screened, 1e-9);
  }
}
