package org.hortus.devices;

import java.time.Instant;
import java.util.Objects;

/**
 * One value of a point as the device delivered it.
 *
 * @param pointId the point's id
 * @param value the engineering value; meaningless when {@code quality} is BAD
 * @param quality how far the value can be trusted
 * @param reason why the quality is not GOOD (empty when GOOD)
 * @param sourceTime when the device sampled it
 * @param receiveTime when this process received it
 */
public record PointValue(
    String pointId,
    double value,
    Quality quality,
    String reason,
    Instant sourceTime,
    Instant receiveTime) {

  public PointValue {
    Objects.requireNonNull(pointId, "pointId");
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(sourceTime, "sourceTime");
    Objects.requireNonNull(receiveTime, "receiveTime");
  }

  public static PointValue good(String pointId, double value, Instant sourceTime, Instant receiveTime) {
    return new PointValue(pointId, value, Quality.GOOD, "", sourceTime, receiveTime);
  }

  public static PointValue bad(String pointId, String reason, Instant when) {
    return new PointValue(pointId, Double.NaN, Quality.BAD, reason, when, when);
  }

  public boolean isGood() {
    return quality == Quality.GOOD;
  }
}
