package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;

/**
 * A shot asked for and waiting for its supply.
 *
 * @param zoneId the zone
 * @param trigger why, which also sets its queue priority
 * @param why the trigger in words, e.g. {@code radiation sum 102 J/cm² ≥ 100}
 * @param litres its volume (L), before the maximum valve-open time
 * @param openTime its valve-open time at the pump's flow, before the maximum valve-open time
 * @param requestedAt when it was asked for
 * @param sequence the controller's running number, to keep first-come order within one scan
 */
record ShotRequest(
    String zoneId,
    ShotTrigger trigger,
    String why,
    double litres,
    Duration openTime,
    Instant requestedAt,
    long sequence) {

  /** Priority first, then first come. */
  static final Comparator<ShotRequest> QUEUE_ORDER =
      Comparator.comparingInt((ShotRequest r) -> r.trigger().rank())
          .thenComparing(ShotRequest::requestedAt)
          .thenComparingLong(ShotRequest::sequence);

  /** The same request, moved up to a dry-substrate shot; it keeps its place in time. */
  ShotRequest asDrySubstrate(String newWhy) {
    return new ShotRequest(
        zoneId, ShotTrigger.DRY_SUBSTRATE, newWhy, litres, openTime, requestedAt, sequence);
  }
}
