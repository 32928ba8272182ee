package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hortus.model.control.irrigation.IrrigationEvent.LeakDetected;
import org.hortus.model.control.irrigation.IrrigationEvent.LockoutReset;
import org.hortus.model.control.irrigation.ShotTriggers.Due;
import org.hortus.model.control.irrigation.ShotTriggers.Idle;
import org.hortus.model.park.Zone;
import org.hortus.model.schedule.IrrigationDose;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * Irrigation of a park's zones, one scan at a time: radiation-sum shots within the day's window,
 * min and max intervals, daily maximum, dry-substrate extra shots, fixed schedules, one valve at a
 * time per water supply with a priority queue, maximum valve-open time and leak lockout. The rules
 * are in {@code docs/irrigation-control.md}.
 *
 * <p>Lifecycle: create it from an {@link IrrigationConfig}; call {@link #scan} at every control
 * scan (typically every 1–60 s) with that instant's readings and apply the valve commands it
 * returns. It has no clock, no threads and no listeners: the caller owns it and calls it from one
 * thread. Its state (today's tally, queues, lockouts) lives in memory only.
 */
public final class IrrigationController {

  private final IrrigationConfig config;
  private final ShotTriggers triggers;
  private final ScheduledShots scheduledShots;
  private final Map<String, ZoneState> zones = new LinkedHashMap<>();
  private final Map<String, SupplyLine> supplies = new LinkedHashMap<>();
  private final ValveSequencer sequencer = new ValveSequencer(zones);
  private Instant previousScan;
  private LocalDate day;
  private long sequence;

  public IrrigationController(IrrigationConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    WaterNetwork network = config.network();
    this.triggers = new ShotTriggers(config.timeZone());
    this.scheduledShots = new ScheduledShots(config.timeZone(), network, config.schedules());
    network.supplies().forEach(s -> supplies.put(s.id(), new SupplyLine(s)));
    for (Zone zone : network.zones()) {
      ZoneSettings settings = config.settingsOf(zone.id());
      zones.put(zone.id(), new ZoneState(zone, network.supplyOf(zone.id()), settings));
    }
  }

  /** Replaces the fixed schedules from the next scan on (shots already queued stay queued). */
  public void replaceSchedules(List<IrrigationSchedule> replacement) {
    scheduledShots.replace(replacement);
  }

  /** Why a supply is locked out, if it is. */
  public Optional<String> lockout(String supplyId) {
    return supply(supplyId).lockout();
  }

  /** Releases a leak lockout (an operator's action); empty when the supply was not locked out. */
  public Optional<IrrigationEvent> resetLeakLockout(String supplyId, Instant at) {
    if (!supply(supplyId).resetLockout()) {
      return Optional.empty();
    }
    return Optional.of(new LockoutReset(at, supplyId, "leak lockout of " + supplyId + " reset"));
  }

  /**
   * Runs one scan: ends shots whose time is up, watches for leaks, asks for the shots that are due,
   * and opens the next queued shot of every free supply.
   *
   * @throws IllegalArgumentException when the instant goes back or a zone has no reading
   */
  public IrrigationOutputs scan(IrrigationInputs in) {
    Instant now = in.instant();
    if (previousScan != null && now.isBefore(previousScan)) {
      throw new IllegalArgumentException(
          "scan at " + now + " is before the previous one at " + previousScan);
    }
    for (String zoneId : zones.keySet()) {
      if (!in.zones().containsKey(zoneId)) {
        throw new IllegalArgumentException("no reading for zone " + zoneId);
      }
    }
    ScanLog log = new ScanLog(now);
    rollDay(log);
    for (SupplyLine supply : supplies.values()) {
      boolean valvesWereClosed = supply.running().isEmpty();
      sequencer.advance(supply, log);
      Optional<Double> flow = in.flowLitresPerHour(supply.id());
      supply
          .watchFlow(flow, valvesWereClosed, now, config.leakDetection())
          .ifPresent(why -> log.add(new LeakDetected(now, supply.id(), flow.orElse(0.0), why)));
    }
    Duration step = previousScan == null ? Duration.ZERO : Duration.between(previousScan, now);
    for (ZoneState zone : zones.values()) {
      evaluate(zone, in.zones().get(zone.id()), step, log);
    }
    Instant after = previousScan == null ? now.minusNanos(1) : previousScan;
    scheduledShots.requestStartedBetween(after, zones, supplies, in.zones(), log, () -> sequence++);
    for (SupplyLine supply : supplies.values()) {
      sequencer.startNext(supply, in.zones(), log);
    }
    previousScan = now;
    List<ZoneCommand> commands = zones.values().stream().map(z -> command(z, log)).toList();
    return new IrrigationOutputs(now, commands, log.events());
  }

  private void rollDay(ScanLog log) {
    LocalDate today = LocalDate.ofInstant(log.now, config.timeZone());
    if (day != null && !today.equals(day)) {
      for (SupplyLine supply : supplies.values()) {
        supply
            .removeQueued(r -> true)
            .forEach(r -> log.drop(supply.id(), r, "the day ended before it could run"));
      }
      zones.values().forEach(ZoneState::startDay);
    }
    day = today;
  }

  private void evaluate(ZoneState zone, ZoneReading reading, Duration step, ScanLog log) {
    SupplyLine supply = supplies.get(zone.supply.id());
    if (ShotTriggers.inside(reading.window(), log.now)) {
      // W/m² × s = J/m²; 1 J/cm² = 10,000 J/m².
      zone.addRadiation(reading.globalRadiationWattsPerM2() * step.toMillis() / 1000.0 / 10_000);
    } else {
      String closed =
          reading.window().isEmpty()
              ? "no irrigation window today"
              : "the irrigation window closed";
      supply
          .removeQueued(r -> r.zoneId().equals(zone.id()) && r.trigger().windowBound())
          .forEach(r -> log.drop(supply.id(), r, closed + " while it was queued"));
    }
    if (supply.lockout().isPresent()) {
      return;
    }
    switch (triggers.evaluate(zone, reading, log.now)) {
      case Idle idle -> zone.reason = idle.reason();
      case Due due -> request(zone, supply, reading, due, log.now);
    }
  }

  /** Queues a due shot, unless one waits or runs already or it would pass the daily maximum. */
  private void request(
      ZoneState zone, SupplyLine supply, ZoneReading reading, Due due, Instant now) {
    zone.reason = due.why();
    Optional<ShotRequest> queued = supply.queuedFor(zone.id(), r -> r.trigger().windowBound());
    if (due.trigger() == ShotTrigger.DRY_SUBSTRATE
        && queued.isPresent()
        && queued.get().trigger() != ShotTrigger.DRY_SUBSTRATE) {
      supply.replaceQueued(queued.get(), queued.get().asDrySubstrate(due.why()));
      return;
    }
    if (supply.hasWindowBoundShot(zone.id())) {
      return;
    }
    IrrigationDose dose =
        IrrigationDose.millilitresPerM2(reading.strategy().shotVolumeMillilitresPerM2());
    double pump = zone.supply.pumpCapacityLitresPerHour();
    double litres = dose.litres(zone.zone.areaM2(), pump);
    double committed = zone.deliveredTodayLitres + supply.pendingLitres(zone.id());
    if (!zone.withinDailyMaximum(reading.strategy(), committed, zone.cappedLitres(litres))) {
      zone.reason = zone.dailyMaximumReason(reading.strategy(), zone.cappedLitres(litres));
      return;
    }
    Duration openTime = dose.runTime(zone.zone.areaM2(), pump);
    supply.enqueue(
        new ShotRequest(zone.id(), due.trigger(), due.why(), litres, openTime, now, sequence++));
    zone.restartSum(due.trigger(), reading.strategy().radiationSumJoulesPerCm2());
  }

  private ZoneCommand command(ZoneState zone, ScanLog log) {
    SupplyLine supply = supplies.get(zone.supply.id());
    Optional<RunningShot> running = supply.running();
    boolean open = running.isPresent() && running.get().request.zoneId().equals(zone.id());
    String reason;
    if (open) {
      reason = running.get().reason;
    } else if (supply.lockout().isPresent()) {
      reason = supply.lockout().get();
    } else if (supply.isQueued(zone.id())) {
      reason =
          running
              .map(r -> "queued behind " + r.request.zoneId() + " on " + supply.id())
              .orElse("queued on " + supply.id());
    } else {
      reason = log.noteOr(zone.id(), zone.reason);
    }
    return new ZoneCommand(
        zone.id(),
        open ? ValveCommand.OPEN : ValveCommand.CLOSED,
        reason,
        zone.deliveredTodayLitresPerM2(),
        zone.deliveredTodayLitres,
        zone.shotsToday,
        zone.radiationSumJoulesPerCm2);
  }

  private SupplyLine supply(String supplyId) {
    SupplyLine supply = supplies.get(supplyId);
    if (supply == null) {
      throw new IllegalArgumentException("unknown water supply " + supplyId);
    }
    return supply;
  }
}
