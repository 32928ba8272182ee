package org.hortus.devices.modbus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * A Modbus point address in the PLC4X style, e.g. {@code
 * holding-register:20:FLOAT32{unit-id:3,word-order:low-high,scale:0.1,offset:-40}}.
 *
 * <p>Form: {@code <table>:<address>:<type>} with optional {@code {key:value,...}}. The table is
 * {@code coil}, {@code discrete-input}, {@code input-register} or {@code holding-register}. The
 * address is the <b>zero-based wire address</b> sent in the request, not the one-based label of a
 * device manual: manual label 40021 is {@code holding-register:20} (see {@link ModbusManualLabel}).
 * The type is BOOL (bit tables only), INT16, UINT16, INT32, UINT32 or FLOAT32 (register tables
 * only). Options: {@code unit-id} (0..255, default 1), {@code word-order} ({@code high-low}, the
 * default, or {@code low-high}; 32-bit types only), {@code scale} (default 1) and {@code offset}
 * (default 0) with engineering = raw × scale + offset, and {@code min}/{@code max}: the engineering
 * range outside which a value is BAD "out of range".
 *
 * <p>{@link #toString()} prints the address exactly as parsed. Immutable and thread-safe.
 */
public final class ModbusAddress {

  private static final List<String> KEYS =
      List.of("unit-id", "word-order", "scale", "offset", "min", "max");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]{1,3})?");

  private final String text;
  private final ModbusTable table;
  private final int address;
  private final ModbusDataType type;
  private final int unitId;
  private final WordOrder wordOrder;
  private final double scale;
  private final double offset;
  private final OptionalDouble min;
  private final OptionalDouble max;

  private ModbusAddress(
      String text,
      ModbusTable table,
      int address,
      ModbusDataType type,
      Map<String, String> options) {
    this.text = text;
    this.table = table;
    this.address = address;
    this.type = type;
    this.unitId = options.containsKey("unit-id") ? unitId(options.get("unit-id")) : 1;
    this.wordOrder =
        options.containsKey("word-order")
            ? wordOrder(options.get("word-order"))
            : WordOrder.HIGH_LOW;
    this.scale = options.containsKey("scale") ? number("scale", options.get("scale")) : 1;
    this.offset = options.containsKey("offset") ? number("offset", options.get("offset")) : 0;
    this.min = optionalNumber("min", options.get("min"));
    this.max = optionalNumber("max", options.get("max"));
    if (scale == 0) {
      throw invalid("scale must not be 0");
    }
    if (min.isPresent() && max.isPresent() && min.getAsDouble() > max.getAsDouble()) {
      throw invalid("min " + options.get("min") + " is greater than max " + options.get("max"));
    }
  }

  /**
   * Parses an address.
   *
   * @throws IllegalArgumentException naming the address and what is wrong with it
   */
  public static ModbusAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("invalid Modbus address '" + text + "': it is blank");
    }
    return new Parser(text).parse();
  }

  public ModbusTable table() {
    return table;
  }

  /** The zero-based wire address of the (first) bit or register. */
  public int address() {
    return address;
  }

  public ModbusDataType type() {
    return type;
  }

  public int unitId() {
    return unitId;
  }

  public WordOrder wordOrder() {
    return wordOrder;
  }

  public double scale() {
    return scale;
  }

  public double offset() {
    return offset;
  }

  public OptionalDouble min() {
    return min;
  }

  public OptionalDouble max() {
    return max;
  }

  /** How many bits or registers the point covers (1, or 2 for 32-bit types). */
  public int size() {
    return type.is32Bit() ? 2 : 1;
  }

  /** Raw device value to engineering value: raw × scale + offset. */
  public double toEngineering(double raw) {
    return raw * scale + offset;
  }

  /** Engineering value to raw device value: (engineering − offset) / scale. */
  public double toRaw(double engineering) {
    return (engineering - offset) / scale;
  }

  /** Whether an engineering value lies inside {@code min..max} (bounds given or not). */
  public boolean inRange(double engineering) {
    return (min.isEmpty() || engineering >= min.getAsDouble())
        && (max.isEmpty() || engineering <= max.getAsDouble());
  }

  /** The range as text for messages, e.g. {@code [-40, 60]} or {@code [-40, ∞)}. */
  public String rangeText() {
    return (min.isPresent() ? "[" + Numbers.format(min.getAsDouble()) : "(-∞")
        + ", "
        + (max.isPresent() ? Numbers.format(max.getAsDouble()) + "]" : "∞)");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModbusAddress that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The address exactly as parsed. */
  @Override
  public String toString() {
    return text;
  }

  private int unitId(String value) {
    if (!DIGITS.matcher(value).matches() || Integer.parseInt(value) > 255) {
      throw invalid("unit-id must be 0..255, got '" + value + "'");
    }
    return Integer.parseInt(value);
  }

  private WordOrder wordOrder(String value) {
    if (!type.is32Bit()) {
      throw invalid("word-order applies only to 32-bit types, not " + type);
    }
    return WordOrder.ofText(value)
        .orElseThrow(() -> invalid("word-order must be high-low or low-high, got '" + value + "'"));
  }

  private double number(String key, String value) {
    if (type == ModbusDataType.BOOL) {
      throw invalid(key + " applies only to numeric types, not BOOL");
    }
    double number = NUMBER.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
    if (!Double.isFinite(number)) {
      throw invalid(key + " must be a finite number, got '" + value + "'");
    }
    return number;
  }

  private OptionalDouble optionalNumber(String key, String value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(number(key, value));
  }

  private IllegalArgumentException invalid(String problem) {
    return invalid(text, problem);
  }

  private static IllegalArgumentException invalid(String text, String problem) {
    return new IllegalArgumentException("invalid Modbus address '" + text + "': " + problem);
  }

  /** Splits the text and checks each part; the options are checked by the constructor. */
  private record Parser(String text) {

    ModbusAddress parse() {
      if (text.chars().anyMatch(Character::isWhitespace)) {
        throw invalid(text, "it contains white space");
      }
      int brace = text.indexOf('{');
      String head = brace < 0 ? text : text.substring(0, brace);
      String[] parts = head.split(":", -1);
      if (parts.length != 3) {
        throw invalid(text, "expected <table>:<address>:<type>{<options>}");
      }
      ModbusTable table =
          ModbusTable.ofText(parts[0])
              .orElseThrow(
                  () ->
                      invalid(
                          text,
                          "unknown table '"
                              + parts[0]
                              + "' (expected coil, discrete-input, input-register or"
                              + " holding-register)"));
      ModbusDataType type =
          ModbusDataType.ofText(parts[2])
              .orElseThrow(
                  () ->
                      invalid(
                          text,
                          "unknown type '"
                              + parts[2]
                              + "' (expected BOOL, INT16, UINT16, INT32, UINT32 or FLOAT32)"));
      checkTypeFitsTable(table, type);
      int address = address(parts[1], type);
      Map<String, String> options = brace < 0 ? Map.of() : options(text.substring(brace));
      return new ModbusAddress(text, table, address, type, options);
    }

    private void checkTypeFitsTable(ModbusTable table, ModbusDataType type) {
      if (table.isBits() != (type == ModbusDataType.BOOL)) {
        throw invalid(
            text,
            table.isBits()
                ? "a " + table.text() + " holds only BOOL, not " + type
                : "type BOOL needs a coil or discrete-input table, not " + table.text());
      }
    }

    private int address(String value, ModbusDataType type) {
      if (!DIGITS.matcher(value).matches()) {
        throw invalid(text, "address '" + value + "' is not a number");
      }
      int address = Integer.parseInt(value);
      int last = 65536 - (type.is32Bit() ? 2 : 1);
      if (address > last) {
        throw invalid(
            text,
            "address "
                + address
                + " is outside 0.."
                + last
                + (type.is32Bit() ? " (" + type + " takes two registers)" : ""));
      }
      return address;
    }

    private Map<String, String> options(String braced) {
      if (braced.length() < 3
          || !braced.endsWith("}")
          || braced.indexOf('}') != braced.length() - 1
          || braced.indexOf('{', 1) >= 0) {
        throw invalid(text, "options must read {key:value,...}");
      }
      Map<String, String> options = new LinkedHashMap<>();
      for (String option : braced.substring(1, braced.length() - 1).split(",", -1)) {
        String[] keyValue = option.split(":", -1);
        if (keyValue.length != 2 || keyValue[0].isEmpty() || keyValue[1].isEmpty()) {
          throw invalid(text, "option '" + option + "' must read key:value");
        }
        if (!KEYS.contains(keyValue[0])) {
          throw invalid(
              text,
              "unknown option '"
                  + keyValue[0]
                  + "' (expected unit-id, word-order, scale, offset, min or max)");
        }
        if (options.put(keyValue[0], keyValue[1]) != null) {
          throw invalid(text, "option '" + keyValue[0] + "' is given twice");
        }
      }
      return options;
    }
  }
}
