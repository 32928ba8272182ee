package org.hortus.model.control.irrigation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.WaterNetwork;

/**
 * Turns the fixed irrigation schedules into shot requests at their times. A scheduled shot runs
 * outside the radiation window too, but within the daily maximum and never on a locked-out supply;
 * otherwise it is dropped with the reason.
 */
final class ScheduledShots {

  private final ZoneId timeZone;
  private final WaterNetwork network;
  private List<IrrigationSchedule> schedules;

  ScheduledShots(ZoneId timeZone, WaterNetwork network, List<IrrigationSchedule> schedules) {
    this.timeZone = timeZone;
    this.network = network;
    this.schedules = List.copyOf(schedules);
  }

  void replace(List<IrrigationSchedule> replacement) {
    schedules = List.copyOf(replacement);
  }

  /** Asks for the shots of the schedules that started in (after, now]. */
  void requestStartedBetween(
      Instant after,
      Map<String, ZoneState> zones,
      Map<String, SupplyLine> supplies,
      Map<String, ZoneReading> readings,
      ScanLog log,
      LongSupplier sequence) {
    LocalDate from = LocalDate.ofInstant(after, timeZone);
    LocalDate to = LocalDate.ofInstant(log.now, timeZone);
    for (IrrigationSchedule schedule : schedules) {
      ZoneState zone = zones.get(schedule.zoneId());
      if (zone == null) {
        continue;
      }
      for (ZonedDateTime start : schedule.starts(from, to, timeZone)) {
        Instant at = start.toInstant();
        if (at.isAfter(after) && !at.isAfter(log.now)) {
          ShotRequest request =
              new ShotRequest(
                  zone.id(),
                  ShotTrigger.SCHEDULE,
                  "schedule '" + schedule.name() + "' at " + Texts.clock(at, timeZone),
                  network.litres(zone.id(), schedule.dose()),
                  network.runTime(zone.id(), schedule.dose()),
                  log.now,
                  sequence.getAsLong());
          admit(request, zone, supplies.get(zone.supply.id()), readings.get(zone.id()), log);
        }
      }
    }
  }

  private static void admit(
      ShotRequest request, ZoneState zone, SupplyLine supply, ZoneReading reading, ScanLog log) {
    double litres = zone.cappedLitres(request.litres());
    double committed = zone.deliveredTodayLitres + supply.pendingLitres(zone.id());
    if (supply.lockout().isPresent()) {
      log.drop(supply.id(), request, supply.lockout().get());
    } else if (!zone.withinDailyMaximum(reading.strategy(), committed, litres)) {
      log.drop(supply.id(), request, zone.dailyMaximumReason(reading.strategy(), litres));
    } else {
      supply.enqueue(request);
    }
  }
}
