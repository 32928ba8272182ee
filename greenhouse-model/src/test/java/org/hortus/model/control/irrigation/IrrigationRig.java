package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import java.util.function.Function;
import org.hortus.model.park.Substrate;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.recipe.IrrigationStrategy;
import org.hortus.model.recipe.ResolvedSetpoints.TimeWindow;
import org.hortus.model.schedule.WaterNetwork;

/**
 * Drives an {@link IrrigationController} through synthetic scans: zones of 1000 m² on one or two
 * supplies, a window 07:00–19:00 local, radiation and water content set by the test.
 */
final class IrrigationRig {

  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
  static final LocalDate DAY = LocalDate.of(2026, 6, 15);

  /** 100 J/cm², 15–60 min, 350 mL/m², at most 6 L/m² a day. */
  static final IrrigationStrategy TOMATO = new IrrigationStrategy(60, 100, 15, 60, 350, 120, 6.0);

  final IrrigationController controller;
  final List<IrrigationEvent> events = new ArrayList<>();
  IrrigationStrategy strategy = TOMATO;
  LocalTime windowFrom = LocalTime.of(7, 0);
  LocalTime windowUntil = LocalTime.of(19, 0);
  boolean noWindow;
  Function<ZonedDateTime, Double> radiationWattsPerM2 = t -> 0.0;
  final Map<String, Double> zoneRadiationWattsPerM2 = new HashMap<>();
  final Map<String, OptionalDouble> waterContent = new HashMap<>();
  final Map<String, Double> flowLitresPerHour = new HashMap<>();
  private final List<Zone> zones;
  private Instant now;
  private IrrigationOutputs last;

  private IrrigationRig(
      List<Zone> zones, List<WaterSupply> supplies, Consumer<IrrigationConfig.Builder> setup) {
    this.zones = zones;
    IrrigationConfig.Builder builder =
        IrrigationConfig.builder(AMSTERDAM, WaterNetwork.of(supplies, zones));
    setup.accept(builder);
    controller = new IrrigationController(builder.build());
  }

  /**
   * {@code zoneCount} zones GH-01.Z1… of 1000 m² on WS-1 with a pump of {@code pumpLitresPerHour}.
   */
  static IrrigationRig oneSupply(
      int zoneCount, double pumpLitresPerHour, Consumer<IrrigationConfig.Builder> setup) {
    List<Zone> zones = new ArrayList<>();
    for (int i = 1; i <= zoneCount; i++) {
      zones.add(zone("GH-01.Z" + i, "WS-1"));
    }
    return new IrrigationRig(
        zones, List.of(new WaterSupply("WS-1", "pump 1", pumpLitresPerHour)), setup);
  }

  static IrrigationRig oneSupply(int zoneCount, double pumpLitresPerHour) {
    return oneSupply(zoneCount, pumpLitresPerHour, b -> {});
  }

  static Zone zone(String id, String supplyId) {
    return new Zone(id, id, 1000, Substrate.ROCKWOOL, "V-" + id, supplyId, 2.5);
  }

  static ZonedDateTime at(String localTime) {
    return LocalDateTime.of(DAY, LocalTime.parse(localTime)).atZone(AMSTERDAM);
  }

  IrrigationRig radiation(double wattsPerM2) {
    radiationWattsPerM2 = t -> wattsPerM2;
    return this;
  }

  /** One scan at this local time of {@link #DAY}. */
  IrrigationOutputs scanAt(String localTime) {
    return scan(at(localTime));
  }

  IrrigationOutputs scan(ZonedDateTime time) {
    now = time.toInstant();
    Optional<TimeWindow> window =
        noWindow
            ? Optional.empty()
            : Optional.of(
                new TimeWindow(
                    time.toLocalDate().atTime(windowFrom).atZone(AMSTERDAM),
                    time.toLocalDate().atTime(windowUntil).atZone(AMSTERDAM)));
    Map<String, ZoneReading> readings = new LinkedHashMap<>();
    for (Zone zone : zones) {
      double radiation =
          zoneRadiationWattsPerM2.getOrDefault(zone.id(), radiationWattsPerM2.apply(time));
      readings.put(
          zone.id(),
          new ZoneReading(
              strategy,
              window,
              radiation,
              waterContent.getOrDefault(zone.id(), OptionalDouble.empty())));
    }
    last = controller.scan(new IrrigationInputs(now, readings, flowLitresPerHour));
    events.addAll(last.events());
    return last;
  }

  /** Scans every {@code step} after the last scan up to and including {@code until}. */
  IrrigationOutputs runUntil(ZonedDateTime until, Duration step) {
    ZonedDateTime time = now.atZone(AMSTERDAM).plus(step);
    while (!time.isAfter(until)) {
      scan(time);
      time = time.plus(step);
    }
    return last;
  }

  IrrigationOutputs runUntil(String localTime) {
    return runUntil(at(localTime), Duration.ofMinutes(1));
  }

  IrrigationOutputs last() {
    return last;
  }

  <E extends IrrigationEvent> List<E> events(Class<E> kind) {
    return events.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** Local times (HH:mm) at which a zone's shots started. */
  List<String> shotStarts(String zoneId) {
    return events(IrrigationEvent.ShotStarted.class).stream()
        .filter(e -> e.zoneId().equals(zoneId))
        .map(e -> Texts.clock(e.instant(), AMSTERDAM))
        .toList();
  }
}
