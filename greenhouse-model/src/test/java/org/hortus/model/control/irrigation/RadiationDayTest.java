package org.hortus.model.control.irrigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.model.Site;
import org.hortus.model.control.irrigation.IrrigationEvent.ShotStarted;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.recipe.ResolvedSetpoints.TimeWindow;
import org.hortus.model.schedule.WaterNetwork;
import org.hortus.model.sun.SolarCalculator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A whole day of constant 500 W/m² from sunrise to sunset (synthetic; the lead repeats this against
 * the physics simulator): the zone gets the water the radiation-sum rule asks for, the window's
 * radiation sum / threshold × shot volume, within one shot.
 */
class RadiationDayTest {

  private static final Site WESTLAND = new Site(52.0, 4.2, 0, IrrigationRig.AMSTERDAM);

  /** Hoogendoorn-like tomato: sunrise + 60 … sunset − 120, 100 J/cm², 15–60 min, 350 mL/m². */
  private static final IrrigationStrategy TOMATO =
      new IrrigationStrategy(60, 100, 15, 60, 350, 120, 12.0);

  private static final double RADIATION_WATTS_PER_M2 = 500;

  private final SolarCalculator sun = new SolarCalculator();

  @ParameterizedTest(name = "{0}, scans every {1} s")
  @CsvSource(
      textBlock =
          """
          2026-06-21,  1
          2026-06-21, 60
          2026-03-20, 30
          2026-12-21, 10
          """)
  void aDayOfConstantRadiationDeliversWhatTheRadiationSumRuleAsksForWithinOneShot(
      LocalDate date, int scanSeconds) {
    ZonedDateTime sunrise = sun.sunrise(WESTLAND, date).orElseThrow();
    ZonedDateTime sunset = sun.sunset(WESTLAND, date).orElseThrow();
    TimeWindow window =
        new TimeWindow(
            sunrise.plusMinutes(TOMATO.startAfterSunriseMinutes()),
            sunset.minusMinutes(TOMATO.stopBeforeSunsetMinutes()));
    Zone zone = new Zone("GH-01.Z1", "Z1", 2000, Substrate.ROCKWOOL, "V1", "WS-1", 2.5);
    WaterSupply pump = new WaterSupply("WS-1", "pump 1", 20_000);
    IrrigationController controller =
        new IrrigationController(
            IrrigationConfig.builder(
                    IrrigationRig.AMSTERDAM, WaterNetwork.of(List.of(pump), List.of(zone)))
                .build());

    IrrigationOutputs out = null;
    int shots = 0;
    Duration step = Duration.ofSeconds(scanSeconds);
    for (ZonedDateTime t = date.atStartOfDay(IrrigationRig.AMSTERDAM);
        t.toLocalDate().equals(date);
        t = t.plus(step)) {
      boolean daylight = !t.isBefore(sunrise) && t.isBefore(sunset);
      ZoneReading reading =
          new ZoneReading(
              TOMATO,
              Optional.of(window),
              daylight ? RADIATION_WATTS_PER_M2 : 0,
              OptionalDouble.empty());
      out =
          controller.scan(
              new IrrigationInputs(t.toInstant(), Map.of(zone.id(), reading), Map.of()));
      shots += (int) out.events().stream().filter(ShotStarted.class::isInstance).count();
    }

    double windowSeconds = Duration.between(window.from(), window.until()).toSeconds();
    double windowSumJoulesPerCm2 = RADIATION_WATTS_PER_M2 * windowSeconds / 10_000;
    double askedLitresPerM2 = windowSumJoulesPerCm2 / TOMATO.radiationSumJoulesPerCm2() * 0.350;
    double delivered = out.zone(zone.id()).deliveredTodayLitresPerM2();
    assertEquals(askedLitresPerM2, delivered, 0.350, shots + " shots");
    assertEquals(shots * 0.350, delivered, 1e-9, "every shot delivered in full");
    assertTrue(shots > 0);
  }
}
