package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;

/** Something the irrigation controller did or saw, for the event log and the alarms. */
public sealed interface IrrigationEvent {

  /** When (the scan's instant). */
  Instant instant();

  /** A sentence for the operator. */
  String message();

  /**
   * A zone's valve opened for a shot.
   *
   * @param shotNumber the zone's shot count today, from 1
   * @param litres what the shot will deliver (L), after the maximum valve-open time
   * @param openTime how long the valve stays open
   */
  record ShotStarted(
      Instant instant,
      String zoneId,
      String supplyId,
      int shotNumber,
      ShotTrigger trigger,
      double litres,
      Duration openTime,
      String message)
      implements IrrigationEvent {}

  /**
   * A zone's valve closed after a shot.
   *
   * @param deliveredLitres what the shot delivered (L)
   * @param cutByMaxValveOpenTime whether the maximum valve-open time ended it before its volume
   */
  record ShotEnded(
      Instant instant,
      String zoneId,
      String supplyId,
      int shotNumber,
      double deliveredLitres,
      boolean cutByMaxValveOpenTime,
      String message)
      implements IrrigationEvent {}

  /** A shot asked for that will not run, with the reason (window closed, daily maximum, leak). */
  record ShotDropped(
      Instant instant, String zoneId, String supplyId, ShotTrigger trigger, String message)
      implements IrrigationEvent {}

  /**
   * A supply locked out: flow with all its valves closed.
   *
   * @param flowLitresPerHour the flow measured (L/h)
   */
  record LeakDetected(Instant instant, String supplyId, double flowLitresPerHour, String message)
      implements IrrigationEvent {}

  /** A locked-out supply released by an operator. */
  record LockoutReset(Instant instant, String supplyId, String message)
      implements IrrigationEvent {}
}
