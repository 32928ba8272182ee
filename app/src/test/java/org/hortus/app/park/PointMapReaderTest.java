package org.hortus.app.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.hortus.app.runtime.Signal;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.hortus.model.park.ParkReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointMapReaderTest {

  private static final String PARK =
      """
      {
        "name": "Site",
        "site": { "latitude": 52.0, "longitude": 4.2, "elevation": 0, "timeZone": "Europe/Amsterdam" },
        "waterSupplies": [ { "id": "WS-1", "name": "pump", "pumpCapacity": 20000 } ],
        "greenhouses": [
          {
            "id": "GH-01", "name": "Tomato", "construction": "venlo-glass", "floorArea": 8000, "coverArea": 10400,
            "gutterHeight": 6.0, "coverUValue": 6.5, "ventAreas": { "leeSide": 800, "windwardSide": 800 },
            "heatingPipes": { "lengthPerM2": 1.9, "diameter": 51, "maxSupplyTemperature": 90 }, "screens": [],
            "co2Supply": { "source": "pure-liquid", "capacity": 60, "dailyLimit": 600 },
            "crop": { "species": "tomato", "cultivar": "Merlice", "plantingDate": "2026-08-15", "plantsPerM2": 2.5, "recipe": "tomato-truss" },
            "zones": [ { "id": "GH-01.Z1", "name": "West", "area": 8000, "substrate": "rockwool", "irrigationValve": "V01", "waterSupply": "WS-1", "drippersPerM2": 2.5 } ]
          }
        ],
        "devices": [
          { "id": "plc-1", "protocol": "opcua", "endpoint": "opc.tcp://10.0.0.5:4840", "security": "sign-and-encrypt", "user": "hortus" },
          { "id": "io-1", "protocol": "modbus", "host": "10.0.0.7", "port": 502, "pollMillis": 500 }
        ],
        "points": [
          { "id": "GH-01.air.temperature", "device": "plc-1", "address": "ns=2;s=GH01/AirTemp", "owner": "GH-01", "signal": "air-temperature", "unit": "°C", "alarmHigh": 32, "alarmLow": 8, "alarmDeadband": 0.5, "alarmPriority": "high" },
          { "id": "GH-01.vent.lee", "device": "plc-1", "address": "ns=2;s=GH01/LeeVent", "owner": "GH-01", "signal": "lee-vent", "unit": "%" },
          { "id": "GH-01.Z1.water", "device": "io-1", "address": "input-register:10:UINT16{unit-id:1,scale:0.1}", "owner": "GH-01.Z1", "signal": "substrate-water-content", "unit": "%", "staleAfterSeconds": 120 }
        ]
      }
      """;

  private static ParkReader.WithExtension<PointMap> read(String json) throws InvalidFileException {
    return ParkReader.read("site.json", json, Set.of("tomato-truss"), new PointMapReader());
  }

  private static String replaced(String from, String to) {
    int at = PARK.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("fixture has no " + from);
    }
    return PARK.substring(0, at) + to + PARK.substring(at + from.length());
  }

  @Test
  void devicesAndPointsReadWithTheirRoles() throws InvalidFileException {
    PointMap map = read(PARK).extension();
    assertEquals(2, map.devices().size());
    assertEquals(new DeviceSpec.Modbus("io-1", "10.0.0.7", 502, java.time.Duration.ofMillis(500), java.time.Duration.ofSeconds(2)),
        map.devices().get(1));
    assertEquals(3, map.bindings().size());
    assertEquals(Signal.LEE_VENT, map.bindings().get(1).signal());
    assertTrue(map.bindings().get(1).point().writable(), "actuators are writable");
    assertEquals(120, map.bindings().get(2).staleAfter().toSeconds());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown device        | "device": "plc-1", "address": "ns=2;s=GH01/LeeVent" | "device": "plc-9", "address": "ns=2;s=GH01/LeeVent" | points[1].device: no device "plc-9" in this park's devices
          bad OPC UA address    | "ns=2;s=GH01/AirTemp"   | "GH01/AirTemp"  | points[0].address: "GH01/AirTemp" is not an OPC UA node id such as ns=2;s=Park/GH-01/Climate/AirTemperature
          bad Modbus address    | input-register:10:UINT16 | input-register:10:UINT99 | points[2].address:
          unknown owner         | "owner": "GH-01.Z1"     | "owner": "GH-07.Z1" | points[2].owner: no greenhouse, zone or water supply "GH-07.Z1" (or "park" for the weather station)
          unknown signal        | "signal": "lee-vent"    | "signal": "roof-hatch" | points[1].signal: must be one of air-temperature,
          role mapped twice     | "signal": "lee-vent"    | "signal": "air-temperature" | points[1].signal: GH-01 air-temperature is already mapped by point "GH-01.air.temperature"
          address mapped twice  | "ns=2;s=GH01/LeeVent"   | "ns=2;s=GH01/AirTemp" | points[1].address: address ns=2;s=GH01/AirTemp of device plc-1 is mapped twice
          field of other protocol | "port": 502,          | "port": 502, "endpoint": "opc.tcp://x:1", | devices[1].endpoint: unknown field "endpoint"
          bad security          | "sign-and-encrypt"      | "basic128"     | devices[0].security: must be one of none, sign, sign-and-encrypt, was "basic128"
          """)
  void eachPointMapRuleIsReportedWithItsPath(String rule, String from, String to, String expectedStart) {
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read(replaced(from, to)));
    List<String> messages = e.problems().stream().map(Problem::message).map(m -> m.substring(m.indexOf(": ") + 2)).toList();
    assertTrue(messages.stream().anyMatch(m -> m.startsWith(expectedStart)), rule + " gave " + messages);
  }

  @Test
  void problemsInTheParkAndInThePointMapComeOutTogether() {
    String bad = replaced("\"gutterHeight\": 6.0", "\"gutterHeight\": 60").replace("\"owner\": \"GH-01.Z1\"", "\"owner\": \"nowhere\"");
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read(bad));
    assertEquals(2, e.problems().size(), e.getMessage());
  }

  @Test
  void alarmLimitsOnAPointBecomeThatPointsAlarms() throws InvalidFileException {
    var read = read(PARK);
    AlarmLimits limits = read.extension().alarmLimits().get("GH-01.air.temperature");
    assertEquals(new AlarmLimits(java.util.Optional.of(32.0), java.util.Optional.of(8.0), 0.5, "high"), limits);
    var alarms = org.hortus.app.alarm.ParkAlarms.of(read.park(), read.extension().bindings(), List.of(), read.extension().alarmLimits());
    var high = alarms.stream().filter(a -> a.id().equals("GH-01.air.temperature.high")).findFirst().orElseThrow();
    assertEquals(new org.hortus.model.alarm.AlarmCondition.HighLimit(32, 0.5), high.condition());
    assertTrue(alarms.stream().noneMatch(a -> a.id().equals("GH-01.air.high")), "the file's limit replaces the default");
  }

  @Test
  void anAlarmLowAboveItsHighIsRefused() {
    InvalidFileException e = assertThrows(InvalidFileException.class, () -> read(replaced("\"alarmLow\": 8", "\"alarmLow\": 40")));
    assertTrue(e.getMessage().contains("points[0].alarmLow: alarm low 40.0 must be below alarm high 32.0"), e.getMessage());
  }
}
