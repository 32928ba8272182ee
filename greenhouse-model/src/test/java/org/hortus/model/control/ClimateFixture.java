package org.hortus.model.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.hortus.model.recipe.Co2Setpoint;
import org.hortus.model.recipe.HumidityLimit;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.recipe.ResolvedSetpoints;
import org.hortus.model.recipe.ScreenRules;
import org.hortus.model.recipe.SupplementalLight;

/** Inputs and setpoints for controller tests, changed one field at a time. */
final class ClimateFixture {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final Instant NOON = ZonedDateTime.of(2026, 4, 15, 12, 0, 0, 0, ZONE).toInstant();

  Instant now = NOON;
  double air = 21;
  Optional<Double> backupAir = Optional.empty();
  boolean airUsable = true;
  double rh = 70;
  double co2 = 800;
  boolean co2Usable = true;
  double outside = 12;
  double radiation = 400;
  double wind = 3;
  boolean windUsable = true;
  double rain = 0;

  double heatingSetpoint = 19.5;
  double ventilationSetpoint = 24.5;
  HumidityLimit humidity = new HumidityLimit.MaxRelativeHumidity(87);
  Co2Setpoint co2Setpoint = new Co2Setpoint(1000, 600, 15);
  ScreenRules screens = new ScreenRules(5, 5, Optional.of(800.0), 3);
  Optional<SupplementalLight> light = Optional.empty();

  ClimateInputs inputs() {
    return new ClimateInputs(
        now,
        LocalDate.ofInstant(now, ZONE),
        airUsable ? SensorReading.good(air, now) : SensorReading.unusable(now),
        backupAir.map(v -> SensorReading.good(v, now)),
        SensorReading.good(rh, now),
        co2Usable ? SensorReading.good(co2, now) : SensorReading.unusable(now),
        SensorReading.good(outside, now),
        SensorReading.good(radiation, now),
        windUsable ? SensorReading.good(wind, now) : SensorReading.unusable(now),
        SensorReading.good(rain, now));
  }

  ResolvedSetpoints setpoints() {
    return new ResolvedSetpoints(
        now, "stage", "day", 1, heatingSetpoint, ventilationSetpoint, humidity, co2Setpoint, screens, light,
        new IrrigationStrategy(60, 100, 15, 60, 300, 120, 5), Optional.empty());
  }

  ClimateScan scan(ClimateController controller) {
    return controller.scan(inputs(), setpoints(), List.of(), 1);
  }

  ClimateScan scan(ClimateController controller, List<ManualOverride> overrides) {
    return controller.scan(inputs(), setpoints(), overrides, 1);
  }

  /** Scans once a second for {@code seconds}, moving the clock; returns the last scan. */
  ClimateScan run(ClimateController controller, int seconds) {
    ClimateScan last = null;
    for (int s = 0; s < seconds; s++) {
      now = now.plusSeconds(1);
      last = scan(controller);
    }
    return last;
  }
}
