package org.hortus.devices.opcua;

import java.util.Map;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

/**
 * Maps the unit texts Hortus shows to OPC UA {@link EUInformation}, using the UNECE Recommendation
 * 20 common codes as OPC UA Part 8 prescribes. Unknown units keep their display name and get unit
 * id -1 ("not available").
 */
final class EngineeringUnits {

  /** The namespace OPC UA Part 8 defines for UNECE unit ids. */
  static final String UNECE_NAMESPACE = "http://www.opcfoundation.org/UA/units/un/cefact";

  private record CommonCode(String code, String description) {}

  private static final Map<String, CommonCode> KNOWN =
      Map.of(
          "°C", new CommonCode("CEL", "degree Celsius"),
          "%", new CommonCode("P1", "percent"),
          "ppm", new CommonCode("59", "part per million"),
          "W/m²", new CommonCode("D54", "watt per square metre"),
          "m/s", new CommonCode("MTS", "metre per second"),
          "kPa", new CommonCode("KPA", "kilopascal"),
          "g/m³", new CommonCode("A93", "gram per cubic metre"),
          "L", new CommonCode("LTR", "litre"),
          "mm", new CommonCode("MMT", "millimetre"),
          "mm/h", new CommonCode("H67", "millimetre per hour"));

  private EngineeringUnits() {}

  static EUInformation of(String unit) {
    CommonCode known = KNOWN.get(unit);
    if (known == null) {
      return new EUInformation(null, -1, LocalizedText.english(unit), LocalizedText.NULL_VALUE);
    }
    return new EUInformation(
        UNECE_NAMESPACE,
        unitId(known.code()),
        LocalizedText.english(unit),
        LocalizedText.english(known.description()));
  }

  /** The UnitId of a common code: its ASCII characters packed into an int (Part 8, 5.6.3). */
  static int unitId(String commonCode) {
    int id = 0;
    for (char c : commonCode.toCharArray()) {
      id = (id << 8) | c;
    }
    return id;
  }
}
