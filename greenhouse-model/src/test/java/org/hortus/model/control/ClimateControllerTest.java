package org.hortus.model.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hortus.model.recipe.HumidityLimit;
import org.hortus.model.recipe.SupplementalLight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClimateControllerTest {

  private final ClimateFixture f = new ClimateFixture();
  private final ClimateController controller = new ClimateController(ClimateSettings.defaults(), ClimateFixture.ZONE);

  @ParameterizedTest(name = "air {0} °C → lee {1} %, windward {2} %")
  @CsvSource(
      textBlock =
          """
          24.5,   0,   0
          25.5,  50,   0
          26.5, 100,   0
          27.5, 100,  50
          30.0, 100, 100
          """)
  void ventsOpenOverThePBandLeeSideFirst(double air, double lee, double windward) {
    f.air = air;
    ClimateScan scan = f.scan(controller);
    // The first 1-s scan is the P-band's answer; the integral has added well under 1 %.
    assertEquals(lee, scan.value(Actuator.LEE_VENT), 0.5);
    assertEquals(windward, scan.value(Actuator.WINDWARD_VENT), 0.5);
    assertEquals("ventilation", scan.command(Actuator.LEE_VENT).decidedBy());
  }

  @Test
  void humidityAboveItsLimitOpensVentsAndRaisesTheMinimumPipe() {
    f.rh = 92; // 5 % over 87 % with a 10 % band: half of the 50 % humidity opening
    ClimateScan scan = f.scan(controller);
    assertEquals(50, scan.value(Actuator.LEE_VENT), 1e-9);
    assertTrue(scan.command(Actuator.LEE_VENT).reason().startsWith("humidity: RH 92 %"), scan.command(Actuator.LEE_VENT).reason());
    assertEquals(45, scan.value(Actuator.HEATING_PIPE_TEMPERATURE), 1e-9);
    assertTrue(scan.command(Actuator.HEATING_PIPE_TEMPERATURE).reason().startsWith("minimum pipe for humidity"));
  }

  @Test
  void humidityVentsStayShutWhenTheAirIsBelowHeatingMinusOne() {
    f.rh = 95;
    f.air = 18.4;
    assertEquals(0, f.scan(controller).value(Actuator.LEE_VENT), 1e-9);
  }

  @Test
  void aHumidityDeficitBelowItsMinimumCountsAsTooHumid() {
    f.humidity = new HumidityLimit.MinHumidityDeficit(3.0);
    f.rh = 90; // at 21 °C: HD about 1.8 g/m³
    ClimateScan scan = f.scan(controller);
    assertTrue(scan.value(Actuator.LEE_VENT) > 0);
    assertTrue(scan.command(Actuator.LEE_VENT).reason().contains("HD 1.8 g/m³ (minimum 3.0 g/m³)"), scan.command(Actuator.LEE_VENT).reason());
  }

  @Test
  void sustainedWindLimitsEachSideByItsOwnCurve() {
    f.air = 30;
    f.wind = 13;
    ClimateScan scan = f.run(controller, 10);
    assertEquals(50, scan.value(Actuator.LEE_VENT), 1e-9); // (16 − 13) / (16 − 10)
    assertEquals(0, scan.value(Actuator.WINDWARD_VENT), 1e-9); // closed from 12 m/s
    assertEquals("limited by wind 13.0 m/s", scan.command(Actuator.LEE_VENT).reason());
  }

  @Test
  void aStormClosesAllVentsInTheScanItsMeanWindCrossesTheLimit() {
    f.air = 30;
    f.wind = 5;
    f.run(controller, 10);
    f.wind = 25;
    ClimateScan scan;
    int scans = 0;
    do {
      f.now = f.now.plusSeconds(1);
      scan = f.scan(controller);
      scans++;
    } while (scan.interlocks().isEmpty() && scans < 10);
    // mean after n s of 25 in a 5-s window with 5 before: 5 + 4n > 17 from n = 4
    assertEquals(4, scans);
    assertEquals(0, scan.value(Actuator.LEE_VENT));
    assertEquals(0, scan.value(Actuator.WINDWARD_VENT));
    assertEquals("storm interlock", scan.command(Actuator.LEE_VENT).decidedBy());
    assertEquals("storm: wind 21.0 m/s above 17.0 m/s", scan.command(Actuator.LEE_VENT).reason());
  }

  @Test
  void afterAStormVentsReopenOnlyWhenTheWindStayedCalmForTheHoldTime() {
    f.air = 30;
    f.wind = 25;
    f.run(controller, 10);
    f.wind = 3;
    ClimateScan nineMinutes = f.run(controller, 9 * 60);
    assertEquals(0, nineMinutes.value(Actuator.LEE_VENT));
    assertTrue(nineMinutes.command(Actuator.LEE_VENT).reason().startsWith("storm hold: wind below 17.0 m/s for 8 of 10 min"),
        nineMinutes.command(Actuator.LEE_VENT).reason());
    ClimateScan elevenMinutes = f.run(controller, 2 * 60);
    assertEquals(100, elevenMinutes.value(Actuator.LEE_VENT));
  }

  @Test
  void rainLimitsTheWindwardSideOnly() {
    f.air = 30;
    f.rain = 1;
    ClimateScan scan = f.scan(controller);
    assertEquals(100, scan.value(Actuator.LEE_VENT));
    assertEquals(5, scan.value(Actuator.WINDWARD_VENT));
    assertEquals("rain interlock", scan.command(Actuator.WINDWARD_VENT).decidedBy());
  }

  @Test
  void frostShutsVentsAndHeatsAtMaximum() {
    f.air = 3;
    ClimateScan scan = f.scan(controller);
    assertEquals(0, scan.value(Actuator.LEE_VENT));
    assertEquals(90, scan.value(Actuator.HEATING_PIPE_TEMPERATURE));
    assertEquals(List.of("frost: air 3.0 °C below 4.0 °C"), scan.interlocks());
  }

  @Test
  void co2IsDosedTowardTheTargetAndTheReducedTargetHoldsWithOpenVents() {
    f.co2 = 950;
    assertEquals(30, f.scan(controller).value(Actuator.CO2_DOSING), 1e-9); // 50 of 100 ppm band × 60 kg/h
    f.air = 26.5; // lee 100 %: above the 15 % threshold, target 600 ppm
    ClimateScan vented = f.scan(controller);
    assertEquals(0, vented.value(Actuator.CO2_DOSING), 1e-9);
    assertTrue(vented.command(Actuator.CO2_DOSING).reason().contains("(reduced: vents 100 % > 15 %)"));
  }

  @Test
  void co2DosingStopsAtTheDailyLimit() {
    ClimateController small = new ClimateController(ClimateSettings.defaults().withCo2Supply(60, 0.05), ClimateFixture.ZONE);
    f.co2 = 500;
    ClimateScan first = f.scan(small);
    assertEquals(60, first.value(Actuator.CO2_DOSING), 1e-9);
    ClimateScan later = f.run(small, 10);
    assertEquals(0, later.value(Actuator.CO2_DOSING), 1e-9);
    assertEquals("daily CO2 limit 0 kg reached", later.command(Actuator.CO2_DOSING).reason());
    assertEquals(0.05, later.co2DosedTodayKg(), 1e-9);
  }

  @Test
  void energyScreenClosesOnColdNightsAndLeavesAGapForHumidity() {
    f.radiation = 0;
    f.outside = 3;
    assertEquals(100, f.scan(controller).value(Actuator.ENERGY_SCREEN));
    f.rh = 95;
    assertEquals(97, f.scan(controller).value(Actuator.ENERGY_SCREEN));
    f.rh = 70;
    f.outside = 5.5; // within the 1 K hysteresis: stays closed
    assertEquals(100, f.scan(controller).value(Actuator.ENERGY_SCREEN));
    f.outside = 6.5;
    assertEquals(0, f.scan(controller).value(Actuator.ENERGY_SCREEN));
  }

  @Test
  void shadeScreenClosesAboveItsRadiationWithHysteresis() {
    f.radiation = 850;
    assertEquals(100, f.scan(controller).value(Actuator.SHADE_SCREEN));
    f.radiation = 780;
    assertEquals(100, f.scan(controller).value(Actuator.SHADE_SCREEN));
    f.radiation = 700;
    assertEquals(0, f.scan(controller).value(Actuator.SHADE_SCREEN));
  }

  @Test
  void lampsBurnBelowTheirRadiationUntilTheLightIntegralIsReached() {
    f.light = Optional.of(new SupplementalLight(150, 1.0));
    f.radiation = 100;
    f.now = f.now.minus(Duration.ofHours(4)); // 08:00 local
    ClimateScan on = f.scan(controller);
    assertEquals(1, on.value(Actuator.LAMPS));
    ClimateScan later = f.run(controller, 2 * 3600);
    assertEquals(0, later.value(Actuator.LAMPS));
    assertTrue(later.command(Actuator.LAMPS).reason().startsWith("light integral 1.0 mol/m² reached"));
  }

  @Test
  void lampsStayOffOutsideTheirHours() {
    f.light = Optional.of(new SupplementalLight(150, 20));
    f.radiation = 0;
    f.now = f.now.plus(Duration.ofHours(8)); // 20:00 local
    assertEquals(0, f.scan(controller).value(Actuator.LAMPS));
  }

  @Test
  void aLostAirSensorHoldsTheLastOutputThenGoesToTheSafeOutput() {
    f.air = 26.5;
    f.scan(controller);
    f.airUsable = false;
    ClimateScan held = f.run(controller, 60);
    assertEquals(100, held.value(Actuator.LEE_VENT));
    assertEquals("air temperature sensor unusable for 59 s: holding last output", held.command(Actuator.LEE_VENT).reason());
    ClimateScan safe = f.run(controller, 3 * 60);
    assertEquals(10, safe.value(Actuator.LEE_VENT));
    assertEquals(20, safe.value(Actuator.HEATING_PIPE_TEMPERATURE));
    assertEquals("sensor fallback", safe.command(Actuator.HEATING_PIPE_TEMPERATURE).decidedBy());
  }

  @Test
  void aBackupAirSensorTakesOverWithoutFallback() {
    f.airUsable = false;
    f.backupAir = Optional.of(26.5);
    ClimateScan scan = f.scan(controller);
    assertEquals(100, scan.value(Actuator.LEE_VENT));
    assertEquals("ventilation", scan.command(Actuator.LEE_VENT).decidedBy());
  }

  @Test
  void aLostCo2SensorStopsDosingAtOnce() {
    f.co2 = 500;
    f.co2Usable = false;
    ClimateScan scan = f.scan(controller);
    assertEquals(0, scan.value(Actuator.CO2_DOSING));
    assertEquals("CO2 sensor unusable: dosing stopped", scan.command(Actuator.CO2_DOSING).reason());
  }

  @Test
  void aManualOverrideHoldsUntilItExpiresAndTheStormInterlockBeatsIt() {
    ManualOverride vents = new ManualOverride(Actuator.LEE_VENT, 30, f.now.plusSeconds(600), "anna", "airing after spraying");
    ClimateScan overridden = f.scan(controller, List.of(vents));
    assertEquals(30, overridden.value(Actuator.LEE_VENT));
    assertEquals("set by anna until 12:10: airing after spraying", overridden.command(Actuator.LEE_VENT).reason());

    f.wind = 30;
    ClimateScan storm = null;
    for (int s = 0; s < 10; s++) {
      f.now = f.now.plusSeconds(1);
      storm = f.scan(controller, List.of(vents));
    }
    assertEquals(0, storm.value(Actuator.LEE_VENT));
    assertTrue(storm.command(Actuator.LEE_VENT).reason().endsWith("(beats manual override: set by anna until 12:10: airing after spraying)"),
        storm.command(Actuator.LEE_VENT).reason());

    f.wind = 3;
    f.run(controller, 11 * 60); // past the storm hold and the override's expiry
    assertEquals("ventilation", f.scan(controller, List.of(vents)).command(Actuator.LEE_VENT).decidedBy());
  }

  @Test
  void heatingResumesWithoutABumpAfterAnOverrideEnds() {
    f.air = f.heatingSetpoint; // no error
    Instant expires = f.now.plusSeconds(60);
    ManualOverride pipe = new ManualOverride(Actuator.HEATING_PIPE_TEMPERATURE, 60, expires, "li", "test");
    f.scan(controller, List.of(pipe));
    f.now = expires.plusSeconds(1);
    ClimateScan after = f.scan(controller, List.of(pipe));
    assertEquals("heating", after.command(Actuator.HEATING_PIPE_TEMPERATURE).decidedBy());
    assertEquals(60, after.value(Actuator.HEATING_PIPE_TEMPERATURE), 1e-9);
  }
}
