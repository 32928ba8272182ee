package org.hortus.model.control.irrigation;

/**
 * Why a shot was asked for. When several zones wait for one water supply, the lower {@link #rank()}
 * runs first; equal ranks run in the order they were asked for.
 */
public enum ShotTrigger {
  /** Substrate water content below the zone's floor: an extra shot, first in the queue. */
  DRY_SUBSTRATE(0, "dry-substrate"),
  /** The radiation sum since the last shot reached the strategy's threshold. */
  RADIATION(1, "radiation"),
  /** The strategy's maximum interval since the last shot passed. */
  MAX_INTERVAL(1, "max-interval"),
  /** A fixed irrigation schedule's time came. */
  SCHEDULE(2, "schedule");

  private final int rank;
  private final String label;

  ShotTrigger(int rank, String label) {
    this.rank = rank;
    this.label = label;
  }

  /** Queue priority: 0 first. */
  public int rank() {
    return rank;
  }

  /** Whether the shot may only run inside the day's irrigation window (all but schedules). */
  public boolean windowBound() {
    return this != SCHEDULE;
  }

  /** Lower-case name for messages, e.g. {@code dry-substrate}. */
  public String label() {
    return label;
  }
}
