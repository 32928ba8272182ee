package org.hortus.model.control.irrigation;

import java.util.Map;
import java.util.Optional;

/**
 * Runs each supply's valves one at a time: brings the open valve's shot up to date and closes it
 * when its time is up, then opens the next queued shot that still fits the daily maximum.
 */
final class ValveSequencer {

  private final Map<String, ZoneState> zones;

  ValveSequencer(Map<String, ZoneState> zones) {
    this.zones = zones;
  }

  /** Counts the running shot's water and ends it when its open time has passed. */
  void advance(SupplyLine supply, ScanLog log) {
    Optional<RunningShot> running = supply.running();
    if (running.isEmpty()) {
      return;
    }
    RunningShot shot = running.get();
    ZoneState zone = zones.get(shot.request.zoneId());
    zone.deliveredTodayLitres += shot.advance(log.now);
    if (shot.finished(log.now)) {
      supply.finishRunning();
      log.note(zone.id(), shot.endText());
      log.add(shot.ended(supply.id(), log.now));
    }
  }

  /** Opens the next queued shot when the supply is free; drops the queue when it is locked out. */
  void startNext(SupplyLine supply, Map<String, ZoneReading> readings, ScanLog log) {
    if (supply.lockout().isPresent()) {
      String lockout = supply.lockout().get();
      supply.removeQueued(r -> true).forEach(r -> log.drop(supply.id(), r, lockout));
      return;
    }
    while (supply.running().isEmpty()) {
      Optional<ShotRequest> next = supply.pollNext();
      if (next.isEmpty()) {
        return;
      }
      ShotRequest request = next.get();
      ZoneState zone = zones.get(request.zoneId());
      ZoneReading reading = readings.get(zone.id());
      double litres = zone.cappedLitres(request.litres());
      if (!zone.withinDailyMaximum(reading.strategy(), zone.deliveredTodayLitres, litres)) {
        log.drop(supply.id(), request, zone.dailyMaximumReason(reading.strategy(), litres));
        continue;
      }
      zone.shotsToday++;
      zone.lastShotStart = log.now;
      if (request.trigger() == ShotTrigger.SCHEDULE) {
        zone.restartSum(ShotTrigger.SCHEDULE, 0);
      }
      RunningShot shot =
          new RunningShot(
              request,
              zone.shotsToday,
              log.now,
              zone.settings.maxValveOpenTime(),
              supply.supply.pumpCapacityLitresPerHour());
      supply.start(shot);
      log.add(shot.started(supply.id()));
    }
  }
}
