package org.hortus.app.demo;

/**
 * The register map of the simulated irrigation and water I/O (one Modbus TCP device, unit 1);
 * documented for people in {@code docs/register-map.md}. Addresses are zero-based wire addresses;
 * zones and supplies are numbered in park-file order across the whole park.
 */
public final class ModbusMap {

  public static final int UNIT = 1;

  /** Coil: irrigation valve of zone {@code z}. */
  public static int valveCoil(int zone) {
    return zone;
  }

  /** Input register: substrate water content of zone {@code z}, UINT16, 0.1 %. */
  public static int waterContentRegister(int zone) {
    return 100 + 2 * zone;
  }

  /** Input register: substrate EC of zone {@code z}, UINT16, 0.01 mS/cm. */
  public static int ecRegister(int zone) {
    return 101 + 2 * zone;
  }

  /** Input registers (two): flow of supply {@code s}, FLOAT32 high-low, L/h. */
  public static int flowRegister(int supply) {
    return 300 + 2 * supply;
  }

  /** Input register: drainage basin water level, UINT16, mm. */
  public static final int DRAIN_LEVEL_REGISTER = 400;

  /** Input register: rain intensity at the gauge, UINT16, 0.1 mm/h. */
  public static final int RAIN_GAUGE_REGISTER = 401;

  /** Discrete input: smoke detector of greenhouse {@code h} (1 = smoke). */
  public static int smokeInput(int house) {
    return house;
  }

  /** Discrete input: door contact of greenhouse {@code h} (1 = open). */
  public static int doorInput(int house) {
    return 100 + house;
  }

  /** Discrete inputs of the boiler house: smoke and door. */
  public static final int BOILER_SMOKE_INPUT = 50;

  public static final int BOILER_DOOR_INPUT = 150;

  private ModbusMap() {}
}
