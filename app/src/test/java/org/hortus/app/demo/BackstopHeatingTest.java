package org.hortus.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.hortus.app.park.ShippedFiles;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.sim.CompartmentFactory;
import org.hortus.model.sim.physics.CompartmentParameters;
import org.hortus.model.sim.physics.GreenhouseActuators;
import org.hortus.model.sim.physics.GreenhouseModel;
import org.hortus.model.sim.physics.GreenhouseSimulation;
import org.hortus.model.sim.physics.GreenhouseState;
import org.hortus.model.sim.weather.OutsideConditions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackstopHeatingTest {

  private final BackstopHeating plc = new BackstopHeating(90);

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          # air °C, supply °C (-100: valve shut)
          25.0,  -100
          17.5,  -100
          17.0,    45
          16.5,    65
          16.0,    85
          15.0,    90
          -5.0,    90
          """)
  void theSupplyRisesInProportionBelowSeventeenAndAHalfDegrees(double air, double supply) {
    assertEquals(supply, plc.supplyCelsius(air), 1e-9);
  }

  @Test
  void holdsGh01AtSixteenDegreesOrMoreOnAFrostyNight() throws InvalidFileException {
    CompartmentParameters gh01 =
        CompartmentFactory.compartment(
            ShippedFiles.demoPark().greenhouse("GH-01").orElseThrow());
    OutsideConditions frost = OutsideConditions.overcastCalm(-5).withWind(4, 0);
    GreenhouseState state = GreenhouseState.initial(gh01, 12, 80, 420);
    GreenhouseSimulation night =
        new GreenhouseSimulation(new GreenhouseModel(gh01), t -> frost, state, Instant.EPOCH);
    GreenhouseActuators actuators = GreenhouseActuators.allOff(gh01.zones().size());
    double lowestAfterWarmUp = Double.POSITIVE_INFINITY;
    for (int minute = 0; minute < 12 * 60; minute++) {
      actuators =
          actuators.withPipeSupplyTemperature(plc.supplyCelsius(state.airTemperatureCelsius()));
      night.advance(Duration.ofSeconds(60), actuators);
      if (minute >= 3 * 60) {
        lowestAfterWarmUp = Math.min(lowestAfterWarmUp, state.airTemperatureCelsius());
      }
    }
    assertTrue(lowestAfterWarmUp >= 16, "lowest " + lowestAfterWarmUp + " °C");
    assertTrue(
        state.airTemperatureCelsius() < 17.5, "end " + state.airTemperatureCelsius() + " °C");
  }
}
