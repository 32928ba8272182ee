package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;

/** A shot with its valve open: it delivers the pump's flow until its open time has passed. */
final class RunningShot {

  final ShotRequest request;
  final int number;
  final Instant startedAt;
  final Duration openTime;
  final boolean cutByMaxValveOpenTime;
  final String reason;
  private final double pumpLitresPerHour;
  private double deliveredLitres;

  RunningShot(
      ShotRequest request,
      int number,
      Instant startedAt,
      Duration maxOpenTime,
      double pumpLitresPerHour) {
    this.request = request;
    this.number = number;
    this.startedAt = startedAt;
    this.cutByMaxValveOpenTime = request.openTime().compareTo(maxOpenTime) > 0;
    this.openTime = cutByMaxValveOpenTime ? maxOpenTime : request.openTime();
    this.pumpLitresPerHour = pumpLitresPerHour;
    this.reason = "shot " + number + ": " + request.why();
  }

  /** What the shot will have delivered when its valve closes (L). */
  double plannedLitres() {
    return cutByMaxValveOpenTime
        ? pumpLitresPerHour * openTime.toMillis() / 3_600_000.0
        : request.litres();
  }

  /** Brings the delivered volume up to {@code now}; returns the litres added since last time. */
  double advance(Instant now) {
    Duration elapsed = Duration.between(startedAt, now);
    double total =
        finished(now) ? plannedLitres() : pumpLitresPerHour * elapsed.toMillis() / 3_600_000.0;
    double added = total - deliveredLitres;
    deliveredLitres = total;
    return added;
  }

  boolean finished(Instant now) {
    return !now.isBefore(startedAt.plus(openTime));
  }

  double deliveredLitres() {
    return deliveredLitres;
  }

  double remainingLitres() {
    return plannedLitres() - deliveredLitres;
  }

  IrrigationEvent.ShotStarted started(String supplyId) {
    String message =
        request.zoneId()
            + " "
            + reason
            + " on "
            + supplyId
            + ", "
            + Texts.fixed(plannedLitres(), 1)
            + " L in "
            + Texts.duration(openTime);
    return new IrrigationEvent.ShotStarted(
        startedAt,
        request.zoneId(),
        supplyId,
        number,
        request.trigger(),
        plannedLitres(),
        openTime,
        message);
  }

  /** {@code shot 3 done: 350.0 L} or {@code max valve-open time 30 min reached on shot 3 (…)}. */
  String endText() {
    String delivered = Texts.fixed(deliveredLitres, 1);
    if (!cutByMaxValveOpenTime) {
      return "shot " + number + " done: " + delivered + " L";
    }
    return "max valve-open time "
        + Texts.duration(openTime)
        + " reached on shot "
        + number
        + " ("
        + delivered
        + " of "
        + Texts.fixed(request.litres(), 1)
        + " L)";
  }

  IrrigationEvent.ShotEnded ended(String supplyId, Instant now) {
    return new IrrigationEvent.ShotEnded(
        now,
        request.zoneId(),
        supplyId,
        number,
        deliveredLitres,
        cutByMaxValveOpenTime,
        request.zoneId() + " " + endText());
  }
}
