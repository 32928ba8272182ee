package org.hortus.app.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.hortus.app.park.ShippedFiles;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.model.control.Actuator;
import org.hortus.model.control.ClimateSettings;
import org.hortus.model.control.irrigation.ValveCommand;
import org.hortus.model.control.irrigation.ZoneCommand;
import org.hortus.model.park.Park;
import org.hortus.model.recipe.ParkSetpoints;
import org.hortus.model.recipe.SetpointResolver;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.ScheduleTiming;
import org.hortus.model.schedule.VentilationSchedule;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime runs the schedules handed to it: the demo park's runtime without devices, its sensors
 * fed straight into the point registry, scanned by hand on a clock the test moves.
 */
class ParkRuntimeSchedulesTest {

  private Park park;
  private ZoneId zone;
  private MovingClock clock;
  private ParkRuntime runtime;

  @BeforeEach
  void build() throws Exception {
    park = ShippedFiles.demoPark();
    zone = park.site().zone();
    clock = new MovingClock(ZonedDateTime.of(2026, 12, 1, 5, 29, 0, 0, zone).toInstant(), zone);
    List<PointBinding> sensors = List.of(
        sensor("GH-01.air", "GH-01", Signal.AIR_TEMPERATURE),
        sensor("park.wind", "park", Signal.WIND_SPEED),
        sensor("park.rain", "park", Signal.RAIN));
    runtime = new ParkRuntime(park, new ParkSetpoints(park, ShippedFiles.sampleRecipes(), new SetpointResolver(new SolarCalculator())),
        ClimateSettings.defaults(), sensors, Map.of(), null, Duration.ofSeconds(1), clock);
  }

  private static PointBinding sensor(String id, String owner, Signal signal) {
    return new PointBinding(new Point(id, id, "test", "", false), "none", owner, signal, Duration.ofMinutes(5));
  }

  private void measure(String pointId, double value) {
    runtime.registry().onValue(PointValue.good(pointId, value, clock.instant(), clock.instant()));
  }

  /** Scans once a second for {@code seconds}, sensors fresh, wind as given. */
  private void run(int seconds, double windMetresPerSecond) {
    for (int s = 0; s < seconds; s++) {
      clock.advance(Duration.ofSeconds(1));
      measure("GH-01.air", 18);
      measure("park.wind", windMetresPerSecond);
      measure("park.rain", 0);
      runtime.scanOnce();
    }
  }

  private ZoneCommand zoneCommand(String zoneId) {
    return runtime.lastIrrigation().orElseThrow().zones().stream()
        .filter(z -> z.zoneId().equals(zoneId)).findFirst().orElseThrow();
  }

  @Test
  void aScheduledShotReachesTheIrrigationControllerAndOpensItsValveAtItsTime() {
    IrrigationSchedule dawn = new IrrigationSchedule("7", "dawn shot", "GH-01.Z1",
        ScheduleTiming.daily(LocalTime.of(5, 30)), IrrigationDose.runTime(Duration.ofMinutes(3)), true);
    runtime.setSchedules(List.of(dawn), List.of());
    run(50, 2); // 05:29:50
    assertEquals(ValveCommand.CLOSED, zoneCommand("GH-01.Z1").valve());
    run(15, 2); // 05:30:05
    ZoneCommand z1 = zoneCommand("GH-01.Z1");
    assertEquals(ValveCommand.OPEN, z1.valve());
    assertTrue(z1.reason().contains("schedule 'dawn shot' at 05:30"), z1.reason());
    assertEquals(ValveCommand.CLOSED, zoneCommand("GH-01.Z2").valve());
  }

  @Test
  void aDisabledOrReplacedScheduleShootsNothing() {
    IrrigationSchedule dawn = new IrrigationSchedule("7", "dawn shot", "GH-01.Z1",
        ScheduleTiming.daily(LocalTime.of(5, 30)), IrrigationDose.runTime(Duration.ofMinutes(3)), true);
    runtime.setSchedules(List.of(dawn), List.of());
    run(30, 2);
    runtime.setSchedules(List.of(dawn.withEnabled(false)), List.of());
    run(40, 2); // past 05:30
    assertEquals(ValveCommand.CLOSED, zoneCommand("GH-01.Z1").valve());
  }

  @Test
  void aRunningVentilationScheduleOpensTheVentsUntilAStormHoldsThem() {
    VentilationSchedule airing = new VentilationSchedule("8", "dawn airing", "GH-01",
        ScheduleTiming.daily(LocalTime.of(5, 29)), 25, Duration.ofMinutes(30), true);
    runtime.setSchedules(List.of(), List.of(airing));
    run(5, 2);
    var lee = runtime.lastScans().get("GH-01").scan().command(Actuator.LEE_VENT);
    assertEquals("ventilation schedule", lee.decidedBy());
    assertEquals(25, lee.value(), 1e-9);
    assertNotEquals("ventilation schedule", runtime.lastScans().get("GH-02").scan().command(Actuator.LEE_VENT).decidedBy());
    run(5, 30);
    lee = runtime.lastScans().get("GH-01").scan().command(Actuator.LEE_VENT);
    assertEquals("storm interlock", lee.decidedBy());
    assertEquals(0, lee.value(), 1e-9);
  }

  /** A clock the test moves. */
  private static final class MovingClock extends Clock {
    private Instant now;
    private final ZoneId zone;

    MovingClock(Instant start, ZoneId zone) {
      this.now = start;
      this.zone = zone;
    }

    void advance(Duration step) {
      now = now.plus(step);
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new MovingClock(now, other);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
