package org.hortus.devices.opcua;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/** Turns OPC UA data values and status codes into the device layer's values. No state. */
final class OpcUaValues {

  private OpcUaValues() {}

  /** The status code's symbolic name, e.g. {@code Good} or {@code Bad_OutOfRange}. */
  static String statusName(StatusCode status) {
    long code = status.value() & 0xFFFF_0000L;
    return StatusCodes.lookup(code)
        .map(names -> names[0])
        .orElseGet(() -> String.format("0x%08X", status.value()));
  }

  /**
   * Maps a data value: good → GOOD, uncertain → UNCERTAIN, bad → BAD, each with the status name as
   * reason unless GOOD; a good or uncertain value that is not a number is BAD.
   */
  static PointValue toPointValue(String pointId, DataValue dataValue, Instant receiveTime) {
    StatusCode status = dataValue.statusCode() != null ? dataValue.statusCode() : StatusCode.GOOD;
    Instant sourceTime = sourceTime(dataValue, receiveTime);
    if (status.isBad()) {
      return bad(pointId, statusName(status), sourceTime, receiveTime);
    }
    Object value = dataValue.value() != null ? dataValue.value().value() : null;
    if (!(value instanceof Number number)) {
      String type = value == null ? "no value" : value.getClass().getSimpleName();
      return bad(pointId, "not a number: " + type, sourceTime, receiveTime);
    }
    if (status.isUncertain()) {
      return new PointValue(
          pointId,
          number.doubleValue(),
          Quality.UNCERTAIN,
          statusName(status),
          sourceTime,
          receiveTime);
    }
    return PointValue.good(pointId, number.doubleValue(), sourceTime, receiveTime);
  }

  private static PointValue bad(
      String pointId, String reason, Instant sourceTime, Instant receiveTime) {
    return new PointValue(pointId, Double.NaN, Quality.BAD, reason, sourceTime, receiveTime);
  }

  private static Instant sourceTime(DataValue dataValue, Instant fallback) {
    for (DateTime time : new DateTime[] {dataValue.sourceTime(), dataValue.serverTime()}) {
      if (time != null && !time.isNull()) {
        return time.getJavaInstant();
      }
    }
    return fallback;
  }
}
