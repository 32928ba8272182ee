package org.hortus.devices.modbus;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A one-based register label as device manuals print it ({@code 40021}, {@code 400021} or {@code
 * 4x00021}), kept apart from the zero-based wire address that a {@link ModbusAddress} holds. The
 * first digit names the table (0 coil, 1 discrete input, 3 input register, 4 holding register); the
 * rest counts from 1, so label 40021 is wire address 20.
 *
 * @param label the label as written
 * @param table the table the first digit names
 * @param wireAddress the zero-based address sent on the wire
 */
public record ModbusManualLabel(String label, ModbusTable table, int wireAddress) {

  private static final Pattern X_FORM = Pattern.compile("([0134])[xX]([0-9]{1,5})");
  private static final Pattern DIGIT_FORM = Pattern.compile("([0134])([0-9]{4,5})");

  public ModbusManualLabel {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(table, "table");
  }

  /**
   * Parses a manual label.
   *
   * @throws IllegalArgumentException naming the label and what is wrong with it
   */
  public static ModbusManualLabel parse(String label) {
    Objects.requireNonNull(label, "label");
    Matcher matcher = X_FORM.matcher(label);
    if (!matcher.matches()) {
      matcher = DIGIT_FORM.matcher(label);
    }
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "invalid Modbus manual label '"
              + label
              + "': expected 5 or 6 digits (40021, 400021) or the 4x00021 form");
    }
    int number = Integer.parseInt(matcher.group(2));
    int last = matcher.group(2).length() == 4 ? 9999 : 65536;
    if (number < 1 || number > last) {
      throw new IllegalArgumentException(
          "invalid Modbus manual label '" + label + "': register number must be 1.." + last);
    }
    ModbusTable table =
        switch (matcher.group(1)) {
          case "0" -> ModbusTable.COIL;
          case "1" -> ModbusTable.DISCRETE_INPUT;
          case "3" -> ModbusTable.INPUT_REGISTER;
          default -> ModbusTable.HOLDING_REGISTER;
        };
    return new ModbusManualLabel(label, table, number - 1);
  }

  /**
   * The point address for this register, e.g. label 40021 with {@code FLOAT32{unit-id:3}} gives
   * {@code holding-register:20:FLOAT32{unit-id:3}}.
   *
   * @param typeAndOptions the type and optional options, as in an address
   */
  public ModbusAddress toAddress(String typeAndOptions) {
    return ModbusAddress.parse(table.text() + ":" + wireAddress + ":" + typeAndOptions);
  }
}
