package org.hortus.model.park;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.hortus.model.file.InvalidFileException;
import org.hortus.model.file.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParkReaderTest {

  private static final Set<String> RECIPES = Set.of("tomato-truss", "cucumber-long");

  static final String VALID =
      """
      {
        "name": "Test park",
        "site": { "latitude": 34.0, "longitude": 119.8, "elevation": 3, "timeZone": "Asia/Shanghai" },
        "waterSupplies": [
          { "id": "WS-1", "name": "North pump", "pumpCapacity": 20000 }
        ],
        "greenhouses": [
          {
            "id": "GH-01",
            "name": "Tomato house",
            "construction": "venlo-glass",
            "floorArea": 8000,
            "coverArea": 10400,
            "gutterHeight": 6.0,
            "coverUValue": 6.5,
            "ventAreas": { "leeSide": 800, "windwardSide": 800 },
            "heatingPipes": { "lengthPerM2": 1.9, "diameter": 51, "maxSupplyTemperature": 90 },
            "screens": [ { "kind": "energy", "energySaving": 45, "lightTransmission": 80 } ],
            "co2Supply": { "source": "pure-liquid", "capacity": 60, "dailyLimit": 600 },
            "crop": { "species": "tomato", "cultivar": "Merlice", "plantingDate": "2026-08-15", "plantsPerM2": 2.5, "recipe": "tomato-truss" },
            "zones": [
              { "id": "GH-01.Z1", "name": "West", "area": 4000, "substrate": "rockwool", "irrigationValve": "V01", "waterSupply": "WS-1", "drippersPerM2": 2.5 },
              { "id": "GH-01.Z2", "name": "East", "area": 4000, "substrate": "rockwool", "irrigationValve": "V02", "waterSupply": "WS-1", "drippersPerM2": 2.5 }
            ]
          }
        ]
      }
      """;

  private static List<String> problems(String json) {
    InvalidFileException e =
        assertThrows(InvalidFileException.class, () -> ParkReader.read("park.json", json, RECIPES));
    return e.problems().stream().map(Problem::message).toList();
  }

  @Test
  void aValidParkReadsWithSiteGreenhousesZonesAndCrop() throws InvalidFileException {
    Park park = ParkReader.read("park.json", VALID, RECIPES);
    assertEquals(ZoneId.of("Asia/Shanghai"), park.site().zone());
    Greenhouse house = park.greenhouse("GH-01").orElseThrow();
    assertEquals(Construction.VENLO_GLASS, house.construction());
    assertEquals(2, house.zones().size());
    assertEquals(LocalDate.of(2026, 8, 15), house.crop().plantingDate());
    assertEquals(107, house.crop().ageInDays(LocalDate.of(2026, 11, 30)));
    assertEquals(Co2Supply.Source.PURE_LIQUID, house.co2Supply().source());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown construction | "venlo-glass"          | "igloo"                | park.json:11:23: greenhouses[0].construction: must be one of venlo-glass, multi-span-plastic, tunnel, was "igloo"
          unknown water supply | "waterSupply": "WS-1", "drippersPerM2": 2.5 }, | "waterSupply": "WS-9", "drippersPerM2": 2.5 }, | park.json:22:125: greenhouses[0].zones[0].waterSupply: no water supply "WS-9" in this park
          unknown recipe       | "tomato-truss"         | "tomato-cherry"        | park.json:20:121: greenhouses[0].crop.recipe: no recipe "tomato-cherry" (known: cucumber-long, tomato-truss)
          duplicate zone id    | "GH-01.Z2"             | "GH-01.Z1"             | park.json:23:17: greenhouses[0].zones[1].id: id "GH-01.Z1" is already used at greenhouses[0].zones[0]
          zones over floor     | "area": 4000, "substrate": "rockwool", "irrigationValve": "V02" | "area": 4500, "substrate": "rockwool", "irrigationValve": "V02" | park.json:21:16: greenhouses[0].zones: zones cover 8500.0 m², more than the floor area 8000.0 m²
          bad time zone        | "Asia/Shanghai"        | "Asia/Binhai"          | park.json:3:79: site.timeZone: must be a time zone such as "Asia/Shanghai", was "Asia/Binhai"
          latitude out of range | "latitude": 34.0      | "latitude": 94.0       | park.json:3:25: site.latitude: must be within -90…90 °, was 94
          cover below floor    | "coverArea": 10400     | "coverArea": 7000      | park.json:13:20: greenhouses[0].coverArea: cover area 7000.0 m² must not be smaller than the floor area 8000.0 m²
          bad planting date    | "2026-08-15"           | "15/08/2026"           | park.json:20:77: greenhouses[0].crop.plantingDate: must be a date "YYYY-MM-DD", was "15/08/2026"
          """)
  void eachParkRuleIsReportedWithItsPlace(String rule, String from, String to, String expected) {
    int at = VALID.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException("fixture has no " + from);
    }
    String bad = VALID.substring(0, at) + to + VALID.substring(at + from.length());
    assertEquals(expected, problems(bad).getFirst(), rule + " gave " + problems(bad));
  }
}
