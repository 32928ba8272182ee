package org.hortus.model.control.irrigation;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A zone's own irrigation limits, beside its recipe's strategy.
 *
 * @param substrateWaterContentFloorPercent below this substrate water content (volume %, e.g. 45)
 *     the zone gets an extra shot; empty for none
 * @param maxValveOpenTime no shot keeps the valve open longer than this; the valve closes and the
 *     reason is reported
 */
public record ZoneSettings(
    OptionalDouble substrateWaterContentFloorPercent, Duration maxValveOpenTime) {

  /** The default maximum valve-open time per shot: 30 min. */
  public static final Duration DEFAULT_MAX_VALVE_OPEN_TIME = Duration.ofMinutes(30);

  /** No dry-substrate floor, 30 min maximum valve-open time. */
  public static final ZoneSettings DEFAULT =
      new ZoneSettings(OptionalDouble.empty(), DEFAULT_MAX_VALVE_OPEN_TIME);

  public ZoneSettings {
    Objects.requireNonNull(substrateWaterContentFloorPercent, "substrateWaterContentFloorPercent");
    Objects.requireNonNull(maxValveOpenTime, "maxValveOpenTime");
    if (maxValveOpenTime.isNegative() || maxValveOpenTime.isZero()) {
      throw new IllegalArgumentException(
          "maxValveOpenTime must be positive, was " + maxValveOpenTime);
    }
  }

  /** A copy with an extra shot below this substrate water content (volume %). */
  public ZoneSettings withDryFloorPercent(double percent) {
    return new ZoneSettings(OptionalDouble.of(percent), maxValveOpenTime);
  }

  /** A copy with this maximum valve-open time per shot. */
  public ZoneSettings withMaxValveOpenTime(Duration limit) {
    return new ZoneSettings(substrateWaterContentFloorPercent, limit);
  }
}
