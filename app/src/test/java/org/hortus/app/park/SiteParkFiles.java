package org.hortus.app.park;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Park files for tests of the import and the first run: a valid one-house park whose one Modbus
 * device is on loopback (nothing listens there, so a started park just sees it offline), and the
 * same with a gutter height out of range.
 */
public final class SiteParkFiles {

  public static final String VALID =
      """
      {
        "name": "Polder Site",
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
          { "id": "io-1", "protocol": "modbus", "host": "127.0.0.1", "port": 1, "pollMillis": 500 }
        ],
        "points": [
          { "id": "GH-01.air.temperature", "device": "io-1", "address": "input-register:0:INT16{unit-id:1,scale:0.1}", "owner": "GH-01", "signal": "air-temperature", "unit": "°C" },
          { "id": "GH-01.Z1.water", "device": "io-1", "address": "input-register:10:UINT16{unit-id:1,scale:0.1}", "owner": "GH-01.Z1", "signal": "substrate-water-content", "unit": "%" }
        ]
      }
      """;

  /** The valid park with a gutter height of 60 m (the rule: 1.5 … 12 m). */
  public static final String BAD_GUTTER = VALID.replace("\"gutterHeight\": 6.0", "\"gutterHeight\": 60");

  private SiteParkFiles() {}

  public static Path write(Path folder, String name, String content) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), content);
  }

  /** The 1-based line of the first {@code text} in {@code content}. */
  public static int lineOf(String content, String text) {
    return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
  }
}
