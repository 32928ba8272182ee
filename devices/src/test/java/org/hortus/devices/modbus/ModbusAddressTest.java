package org.hortus.devices.modbus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ModbusAddressTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "holding-register:20:FLOAT32{unit-id:3,word-order:low-high}",
        "input-register:5:UINT16{unit-id:1}",
        "coil:0:BOOL{unit-id:1}",
        "discrete-input:3:BOOL{unit-id:1}",
        "input-register:7:INT16{unit-id:2,scale:0.1,offset:-40}",
        "holding-register:100:INT32{word-order:high-low}",
        "holding-register:65534:UINT32{unit-id:255,min:0,max:1000}",
        "input-register:0:FLOAT32{scale:2.50,offset:-1e3,word-order:low-high,unit-id:0}",
        "holding-register:20:REAL{unit-id:3}",
        "coil:65535:BOOL",
        "input-register:65535:INT16"
      })
  void printsBackExactlyWhatItParsed(String text) {
    assertEquals(text, ModbusAddress.parse(text).toString());
    assertEquals(ModbusAddress.parse(text), ModbusAddress.parse(text));
  }

  @Test
  void readsEveryPartOfAFullAddress() {
    ModbusAddress address =
        ModbusAddress.parse(
            "holding-register:20:FLOAT32{unit-id:3,word-order:low-high,scale:0.1,offset:-40,"
                + "min:-40,max:60}");

    assertEquals(ModbusTable.HOLDING_REGISTER, address.table());
    assertEquals(20, address.address());
    assertEquals(ModbusDataType.FLOAT32, address.type());
    assertEquals(3, address.unitId());
    assertEquals(WordOrder.LOW_HIGH, address.wordOrder());
    assertEquals(0.1, address.scale());
    assertEquals(-40, address.offset());
    assertEquals(-40, address.min().orElseThrow());
    assertEquals(60, address.max().orElseThrow());
    assertEquals(2, address.size());
    assertEquals(-30, address.toEngineering(100), 1e-9);
    assertEquals(100, address.toRaw(-30), 1e-9);
  }

  @Test
  void fillsInUnitOneHighLowWordOrderAndNoScaling() {
    ModbusAddress address = ModbusAddress.parse("input-register:5:UINT16");

    assertEquals(1, address.unitId());
    assertEquals(WordOrder.HIGH_LOW, address.wordOrder());
    assertEquals(1, address.scale());
    assertEquals(0, address.offset());
    assertTrue(address.min().isEmpty() && address.max().isEmpty());
    assertEquals(1, address.size());
  }

  @Test
  void acceptsIecTypeNamesAsAliases() {
    assertEquals(ModbusDataType.FLOAT32, ModbusAddress.parse("holding-register:20:REAL").type());
    assertEquals(ModbusDataType.INT32, ModbusAddress.parse("holding-register:20:DINT").type());
    assertEquals(ModbusDataType.UINT16, ModbusAddress.parse("input-register:2:UINT").type());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          holding-register:20                           | expected <table>:<address>:<type>{<options>}
          holding-registers:20:INT16                    | unknown table 'holding-registers' (expected coil, discrete-input, input-register or holding-register)
          holding-register:20:FLOAT                     | unknown type 'FLOAT' (expected BOOL, INT16, UINT16, INT32, UINT32 or FLOAT32)
          holding-register:x1:INT16                     | address 'x1' is not a number
          holding-register:-1:INT16                     | address '-1' is not a number
          holding-register:65536:INT16                  | address 65536 is outside 0..65535
          holding-register:65535:FLOAT32                | address 65535 is outside 0..65534 (FLOAT32 takes two registers)
          holding-register:1:BOOL                       | type BOOL needs a coil or discrete-input table, not holding-register
          coil:1:INT16                                  | a coil holds only BOOL, not INT16
          input-register:1:INT16{unit-id:300}           | unit-id must be 0..255, got '300'
          input-register:1:INT16{unit:1}                | unknown option 'unit' (expected unit-id, word-order, scale, offset, min or max)
          input-register:1:INT16{unit-id:1,unit-id:2}   | option 'unit-id' is given twice
          input-register:1:INT16{unit-id}               | option 'unit-id' must read key:value
          input-register:1:INT16{unit-id:1              | options must read {key:value,...}
          input-register:1:INT16{}                      | options must read {key:value,...}
          input-register:1:INT16{word-order:low-high}   | word-order applies only to 32-bit types, not INT16
          input-register:1:INT32{word-order:middle}     | word-order must be high-low or low-high, got 'middle'
          input-register:1:INT16{scale:0}               | scale must not be 0
          input-register:1:INT16{scale:abc}             | scale must be a finite number, got 'abc'
          input-register:1:INT16{offset:NaN}            | offset must be a finite number, got 'NaN'
          input-register:1:INT16{min:50,max:10}         | min 50 is greater than max 10
          coil:1:BOOL{scale:2}                          | scale applies only to numeric types, not BOOL
          "input-register: 1:INT16"                     | it contains white space
          """)
  void rejectsABadAddressNamingItAndWhatIsWrong(String text, String problem) {
    var failure = assertThrows(IllegalArgumentException.class, () -> ModbusAddress.parse(text));

    assertEquals("invalid Modbus address '" + text + "': " + problem, failure.getMessage());
  }

  @Test
  void rejectsABlankAddress() {
    var failure = assertThrows(IllegalArgumentException.class, () -> ModbusAddress.parse(" "));

    assertEquals("invalid Modbus address ' ': it is blank", failure.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      textBlock =
          """
          40021,   HOLDING_REGISTER, 20
          4x00021, HOLDING_REGISTER, 20
          400001,  HOLDING_REGISTER, 0
          465536,  HOLDING_REGISTER, 65535
          30001,   INPUT_REGISTER,   0
          3x1,     INPUT_REGISTER,   0
          10010,   DISCRETE_INPUT,   9
          00001,   COIL,             0
          """)
  void mapsAOneBasedManualLabelToTheZeroBasedWireAddress(
      String label, ModbusTable table, int wireAddress) {
    ModbusManualLabel parsed = ModbusManualLabel.parse(label);

    assertEquals(table, parsed.table());
    assertEquals(wireAddress, parsed.wireAddress());
  }

  @Test
  void turnsAManualLabelIntoAPointAddress() {
    assertEquals(
        "holding-register:20:FLOAT32{unit-id:3}",
        ModbusManualLabel.parse("40021").toAddress("FLOAT32{unit-id:3}").toString());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          50001   | expected 5 or 6 digits (40021, 400021) or the 4x00021 form
          4000    | expected 5 or 6 digits (40021, 400021) or the 4x00021 form
          40000   | register number must be 1..9999
          465537  | register number must be 1..65536
          4x0     | register number must be 1..65536
          """)
  void rejectsABadManualLabel(String label, String problem) {
    var failure =
        assertThrows(IllegalArgumentException.class, () -> ModbusManualLabel.parse(label));

    assertEquals("invalid Modbus manual label '" + label + "': " + problem, failure.getMessage());
  }
}
