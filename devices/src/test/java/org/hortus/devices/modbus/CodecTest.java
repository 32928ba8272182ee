package org.hortus.devices.modbus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.hortus.devices.DeviceException;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodecTest {

  private static final Instant NOW = Instant.parse("2026-11-20T08:00:00Z");

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          input-register:0:INT16                          | 65535        | 0     | -1
          input-register:0:UINT16                         | 65535        | 0     | 65535
          input-register:0:INT32                          | 65535        | 65534 | -2
          input-register:0:INT32{word-order:low-high}     | 65534        | 65535 | -2
          input-register:0:UINT32                         | 65535        | 65535 | 4294967295
          input-register:0:FLOAT32                        | 16812        | 0     | 21.5
          input-register:0:FLOAT32{word-order:low-high}   | 0            | 16812 | 21.5
          input-register:0:UINT16{scale:0.1,offset:-40}   | 650          | 0     | 25
          """)
  void decodesRegisterWordsIntoEngineeringValues(
      String address, int first, int second, double expected) {
    PointValue value =
        PointCodec.decode("p", ModbusAddress.parse(address), words(address, first, second), NOW);

    assertEquals(Quality.GOOD, value.quality(), value.reason());
    assertEquals(expected, value.value(), 1e-9);
  }

  @Test
  void encodesBackIntoTheSameWords() {
    Point point = point("holding-register:0:FLOAT32{word-order:low-high}");
    assertArrayEquals(
        new int[] {0, 16812}, PointCodec.encode(point, ModbusAddress.parse(point.address()), 21.5));
    Point scaled = point("holding-register:0:INT16{scale:0.1,offset:-40}");
    assertArrayEquals(
        new int[] {0xFFFF & -150},
        PointCodec.encode(scaled, ModbusAddress.parse(scaled.address()), -55));
  }

  @Test
  void makesNanInfinityAndOutOfRangeValuesBad() {
    ModbusAddress float32 = ModbusAddress.parse("input-register:0:FLOAT32");
    int[] nan = RegisterCodec.float32Words(Float.NaN, WordOrder.HIGH_LOW);
    int[] infinity = RegisterCodec.float32Words(Float.POSITIVE_INFINITY, WordOrder.HIGH_LOW);
    ModbusAddress ranged = ModbusAddress.parse("input-register:0:INT16{scale:0.1,min:-40,max:60}");

    assertEquals("not a number (NaN)", PointCodec.decode("p", float32, nan, NOW).reason());
    assertEquals("infinite (Infinity)", PointCodec.decode("p", float32, infinity, NOW).reason());
    PointValue outOfRange = PointCodec.decode("p", ranged, new int[] {850}, NOW);
    assertEquals(Quality.BAD, outOfRange.quality());
    assertEquals("out of range (85 not in [-40, 60])", outOfRange.reason());
  }

  @Test
  void refusesToEncodeWhatTheAddressCannotHold() {
    Point uint16 = point("holding-register:0:UINT16{scale:0.1}");
    Point ranged = point("holding-register:0:INT16{min:0,max:100}");
    Point coil = point("coil:0:BOOL");

    assertEquals(
        "value 7000 for point p gives raw 70000, which UINT16 cannot hold",
        encodeFailure(uint16, 7000));
    assertEquals("value 101 for point p is outside its range [0, 100]", encodeFailure(ranged, 101));
    assertEquals("value 2 for point p is not 0 or 1 (coil:0:BOOL)", encodeFailure(coil, 2));
    assertEquals("value NaN for point p is not a finite number", encodeFailure(uint16, Double.NaN));
  }

  private static String encodeFailure(Point point, double value) {
    return assertThrows(
            DeviceException.class,
            () -> PointCodec.encode(point, ModbusAddress.parse(point.address()), value))
        .getMessage();
  }

  private static int[] words(String address, int first, int second) {
    return ModbusAddress.parse(address).size() == 2 ? new int[] {first, second} : new int[] {first};
  }

  private static Point point(String address) {
    return new Point("p", "p", address, "", true);
  }
}
