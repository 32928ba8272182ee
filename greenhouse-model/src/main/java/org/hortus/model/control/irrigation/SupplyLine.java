package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.hortus.model.park.WaterSupply;

/**
 * One water supply: at most one valve open, a priority queue of waiting shots, and its leak watch.
 * Owned by the controller.
 */
final class SupplyLine {

  final WaterSupply supply;
  private final List<ShotRequest> queue = new ArrayList<>();
  private RunningShot running;
  private Instant leakSuspectSince;
  private String lockout;

  SupplyLine(WaterSupply supply) {
    this.supply = supply;
  }

  String id() {
    return supply.id();
  }

  Optional<RunningShot> running() {
    return Optional.ofNullable(running);
  }

  void start(RunningShot shot) {
    if (running != null) {
      throw new IllegalStateException(id() + " already runs " + running.request.zoneId());
    }
    running = shot;
    leakSuspectSince = null;
  }

  void finishRunning() {
    running = null;
  }

  void enqueue(ShotRequest request) {
    queue.add(request);
  }

  /** The next shot by priority and first come, taken off the queue. */
  Optional<ShotRequest> pollNext() {
    Optional<ShotRequest> next = queue.stream().min(ShotRequest.QUEUE_ORDER);
    next.ifPresent(queue::remove);
    return next;
  }

  /** Takes the queued shots that match off the queue, in queue order. */
  List<ShotRequest> removeQueued(Predicate<ShotRequest> which) {
    List<ShotRequest> removed =
        queue.stream().filter(which).sorted(ShotRequest.QUEUE_ORDER).toList();
    queue.removeAll(removed);
    return removed;
  }

  Optional<ShotRequest> queuedFor(String zoneId, Predicate<ShotRequest> which) {
    return queue.stream().filter(r -> r.zoneId().equals(zoneId) && which.test(r)).findFirst();
  }

  void replaceQueued(ShotRequest old, ShotRequest replacement) {
    queue.set(queue.indexOf(old), replacement);
  }

  boolean isQueued(String zoneId) {
    return queue.stream().anyMatch(r -> r.zoneId().equals(zoneId));
  }

  /**
   * Whether a window-bound (radiation, max-interval, dry-substrate) shot waits or runs for the
   * zone.
   */
  boolean hasWindowBoundShot(String zoneId) {
    boolean runs =
        running != null
            && running.request.zoneId().equals(zoneId)
            && running.request.trigger().windowBound();
    return runs || queuedFor(zoneId, r -> r.trigger().windowBound()).isPresent();
  }

  /** Litres still to come for a zone: the rest of its running shot and its queued shots. */
  double pendingLitres(String zoneId) {
    double pending =
        queue.stream()
            .filter(r -> r.zoneId().equals(zoneId))
            .mapToDouble(ShotRequest::litres)
            .sum();
    if (running != null && running.request.zoneId().equals(zoneId)) {
      pending += running.remainingLitres();
    }
    return pending;
  }

  Optional<String> lockout() {
    return Optional.ofNullable(lockout);
  }

  /**
   * Watches the flow meter after the valves have been closed for a whole scan interval; returns the
   * lockout reason when a leak has lasted the debounce.
   *
   * @param valvesWereClosed whether every valve of the supply was closed since the last scan
   */
  Optional<String> watchFlow(
      Optional<Double> flowLitresPerHour,
      boolean valvesWereClosed,
      Instant now,
      LeakDetection rule) {
    if (lockout != null) {
      return Optional.empty();
    }
    double flow = flowLitresPerHour.orElse(0.0);
    if (!valvesWereClosed || !(flow > rule.thresholdLitresPerHour())) {
      leakSuspectSince = null;
      return Optional.empty();
    }
    if (leakSuspectSince == null) {
      leakSuspectSince = now;
    }
    if (Duration.between(leakSuspectSince, now).compareTo(rule.debounce()) < 0) {
      return Optional.empty();
    }
    lockout = "leak on " + id() + ": " + Texts.fixed(flow, 0) + " L/h with all valves closed";
    return Optional.of(lockout);
  }

  /** Releases a lockout; returns whether there was one. */
  boolean resetLockout() {
    boolean was = lockout != null;
    lockout = null;
    leakSuspectSince = null;
    return was;
  }
}
