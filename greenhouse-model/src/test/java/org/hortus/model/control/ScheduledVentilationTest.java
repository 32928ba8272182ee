package org.hortus.model.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A ventilation schedule's run in the climate controller: below overrides and interlocks. */
class ScheduledVentilationTest {

  private final ClimateFixture f = new ClimateFixture();
  private final ClimateController controller =
      new ClimateController(ClimateSettings.defaults(), ClimateFixture.ZONE);

  private Optional<ScheduledVentilation> airing(double percent) {
    return Optional.of(new ScheduledVentilation("morning airing", percent, f.now.plus(Duration.ofMinutes(30))));
  }

  private ClimateScan scan(Optional<ScheduledVentilation> run, List<ManualOverride> overrides) {
    return controller.scan(f.inputs(), f.setpoints(), overrides, run, 1);
  }

  @Test
  void aRunningScheduleSetsBothVentsToItsOpeningInsteadOfTheLoop() {
    f.air = 21; // below the ventilation setpoint: the loop would keep the vents shut
    ClimateScan scan = scan(airing(35), List.of());
    assertEquals(35, scan.value(Actuator.LEE_VENT), 1e-9);
    assertEquals(35, scan.value(Actuator.WINDWARD_VENT), 1e-9);
    assertEquals("ventilation schedule", scan.command(Actuator.LEE_VENT).decidedBy());
    assertEquals("schedule 'morning airing' until 12:30", scan.command(Actuator.LEE_VENT).reason());
  }

  @Test
  void aScheduleWhoseRunHasEndedLeavesTheVentsToTheLoop() {
    Optional<ScheduledVentilation> ended =
        Optional.of(new ScheduledVentilation("morning airing", 35, f.now));
    ClimateScan scan = scan(ended, List.of());
    assertEquals(0, scan.value(Actuator.LEE_VENT), 1e-9);
    assertEquals("ventilation", scan.command(Actuator.LEE_VENT).decidedBy());
  }

  @ParameterizedTest(name = "{0}: lee {1} %, windward {2} %, decided by {3}")
  @CsvSource(
      textBlock =
          """
          storm,  0,  0, storm interlock
          frost,  0,  0, frost interlock
          rain,  35,  5, rain interlock
          """)
  void aSafetyInterlockHoldsTheVentsAgainstTheSchedule(
      String interlock, double lee, double windward, String decidedBy) {
    switch (interlock) {
      case "storm" -> f.wind = 20;
      case "frost" -> f.air = 1;
      case "rain" -> f.rain = 2;
      default -> throw new IllegalArgumentException(interlock);
    }
    ClimateScan scan = scan(airing(35), List.of());
    assertEquals(lee, scan.value(Actuator.LEE_VENT), 1e-9);
    assertEquals(windward, scan.value(Actuator.WINDWARD_VENT), 1e-9);
    assertEquals(decidedBy, scan.command(Actuator.WINDWARD_VENT).decidedBy());
    assertTrue(!scan.interlocks().isEmpty());
  }

  @Test
  void aManualOverrideBeatsTheSchedule() {
    Instant expires = f.now.plus(Duration.ofMinutes(15));
    ManualOverride shut = new ManualOverride(Actuator.LEE_VENT, 0, expires, "tom", "spraying");
    ClimateScan scan = scan(airing(35), List.of(shut));
    assertEquals(0, scan.value(Actuator.LEE_VENT), 1e-9);
    assertEquals("manual override", scan.command(Actuator.LEE_VENT).decidedBy());
    assertEquals(35, scan.value(Actuator.WINDWARD_VENT), 1e-9);
  }

  @Test
  void theWindLimitsStillCapAScheduledOpening() {
    f.wind = 13; // windward closed from 12 m/s, lee half open at 13 m/s
    ClimateScan scan = null;
    for (int s = 0; s < 10; s++) {
      f.now = f.now.plusSeconds(1);
      scan = scan(airing(80), List.of());
    }
    assertEquals(50, scan.value(Actuator.LEE_VENT), 1e-9);
    assertEquals(0, scan.value(Actuator.WINDWARD_VENT), 1e-9);
  }
}
