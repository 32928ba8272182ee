package org.hortus.devices.modbus;

/**
 * Raw values to and from 16-bit register words (unsigned ints 0..65535), in either word order.
 * Stateless.
 */
final class RegisterCodec {

  private RegisterCodec() {}

  /** The raw value of {@code words} (one or two registers); FLOAT32 may give NaN or infinity. */
  static double decode(ModbusDataType type, WordOrder order, int[] words) {
    return switch (type) {
      case BOOL -> words[0] != 0 ? 1 : 0;
      case INT16 -> (short) words[0];
      case UINT16 -> words[0] & 0xFFFF;
      case INT32 -> bits32(order, words);
      case UINT32 -> Integer.toUnsignedLong(bits32(order, words));
      case FLOAT32 -> Float.intBitsToFloat(bits32(order, words));
    };
  }

  /**
   * The register words of a raw value. Integer types take a whole number inside their range
   * (callers check); FLOAT32 is rounded to single precision.
   */
  static int[] encode(ModbusDataType type, WordOrder order, double raw) {
    return switch (type) {
      case BOOL -> new int[] {raw != 0 ? 1 : 0};
      case INT16, UINT16 -> new int[] {(int) (long) raw & 0xFFFF};
      case INT32, UINT32 -> words32(order, (int) (long) raw);
      case FLOAT32 -> words32(order, Float.floatToIntBits((float) raw));
    };
  }

  static int[] float32Words(float value, WordOrder order) {
    return words32(order, Float.floatToIntBits(value));
  }

  static float float32(int[] words, WordOrder order) {
    return Float.intBitsToFloat(bits32(order, words));
  }

  /** The register at {@code index} of big-endian register bytes, as 0..65535. */
  static int word(byte[] bytes, int index) {
    return ((bytes[2 * index] & 0xFF) << 8) | (bytes[2 * index + 1] & 0xFF);
  }

  /** Registers as big-endian bytes. */
  static byte[] bytes(int[] words) {
    byte[] bytes = new byte[words.length * 2];
    for (int i = 0; i < words.length; i++) {
      bytes[2 * i] = (byte) (words[i] >> 8);
      bytes[2 * i + 1] = (byte) words[i];
    }
    return bytes;
  }

  /** Bit {@code index} of packed Modbus bits (least significant bit first). */
  static boolean bit(byte[] packed, int index) {
    return (packed[index / 8] & (1 << (index % 8))) != 0;
  }

  private static int bits32(WordOrder order, int[] words) {
    int high = order == WordOrder.HIGH_LOW ? words[0] : words[1];
    int low = order == WordOrder.HIGH_LOW ? words[1] : words[0];
    return ((high & 0xFFFF) << 16) | (low & 0xFFFF);
  }

  private static int[] words32(WordOrder order, int bits) {
    int high = (bits >>> 16) & 0xFFFF;
    int low = bits & 0xFFFF;
    return order == WordOrder.HIGH_LOW ? new int[] {high, low} : new int[] {low, high};
  }
}
