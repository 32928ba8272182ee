package org.hortus.devices.opcua;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpcUaValuesTest {

  static final Instant SAMPLED = Instant.parse("2026-05-01T10:00:00Z");
  static final Instant RECEIVED = Instant.parse("2026-05-01T10:00:01Z");

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          status,                   value, quality,   reason
          Good,                      21.5, GOOD,      ''
          Uncertain_LastUsableValue, 21.5, UNCERTAIN, Uncertain_LastUsableValue
          Bad_SensorFailure,         21.5, BAD,       Bad_SensorFailure
          Bad_NotConnected,              , BAD,       Bad_NotConnected
          Good,                          , BAD,       not a number: no value
          """,
      useHeadersInDisplayName = true)
  void statusDecidesQuality(String status, Double value, Quality quality, String reason) {
    var dataValue =
        new DataValue(
            value == null ? Variant.NULL_VALUE : Variant.ofDouble(value),
            new StatusCode(codeOf(status)),
            new DateTime(SAMPLED));

    PointValue mapped = OpcUaValues.toPointValue("p", dataValue, RECEIVED);

    assertEquals(quality, mapped.quality());
    assertEquals(reason, mapped.reason());
    assertEquals(SAMPLED, mapped.sourceTime());
    assertEquals(RECEIVED, mapped.receiveTime());
    if (quality != Quality.BAD) {
      assertEquals(value, mapped.value());
    }
  }

  @Test
  void integerValuesAreNumbersToo() {
    PointValue mapped =
        OpcUaValues.toPointValue(
            "p", new DataValue(Variant.ofInt32(42), StatusCode.GOOD, null, null), RECEIVED);

    assertEquals(Quality.GOOD, mapped.quality());
    assertEquals(42.0, mapped.value());
    assertEquals(RECEIVED, mapped.sourceTime());
  }

  @Test
  void textIsNotANumber() {
    PointValue mapped =
        OpcUaValues.toPointValue("p", new DataValue(Variant.ofString("open")), RECEIVED);

    assertEquals(Quality.BAD, mapped.quality());
    assertEquals("not a number: String", mapped.reason());
  }

  @Test
  void unitIdPacksTheCommonCode() {
    assertEquals(4408652, EngineeringUnits.unitId("CEL"));
  }

  private static long codeOf(String name) {
    return switch (name) {
      case "Good" -> StatusCode.GOOD.value();
      case "Uncertain_LastUsableValue" -> StatusCodes.Uncertain_LastUsableValue;
      case "Bad_SensorFailure" -> StatusCodes.Bad_SensorFailure;
      case "Bad_NotConnected" -> StatusCodes.Bad_NotConnected;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
