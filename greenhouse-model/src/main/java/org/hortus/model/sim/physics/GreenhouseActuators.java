package org.hortus.model.sim.physics;

import java.util.Arrays;

/**
 * What the actuators of one compartment do during a step.
 *
 * @param pipeSupplyTemperatureCelsius temperature of the water the mixing valve supplies to the
 *     heating pipes, °C; the boiler heats the pipes only while this is above the pipe temperature
 *     ({@link #HEATING_OFF_CELSIUS} = valve shut)
 * @param leeVentPercent opening of the lee-side roof vents, 0–100 %
 * @param windwardVentPercent opening of the windward-side roof vents, 0–100 %
 * @param energyScreenPercent closure of the energy (thermal) screen, 0 (open) – 100 % (closed)
 * @param shadeScreenPercent closure of the shade screen, 0–100 %
 * @param co2DosingGramsPerM2PerHour CO2 dosing demand, g/(m²·h) (1 g/(m²·h) = 10 kg/(ha·h));
 *     limited to the supply capacity
 * @param foggingGramsPerM2PerHour water sprayed by the fog system, g/(m²·h)
 * @param irrigationLitresPerM2PerHour per zone, in zone order, irrigation flow in L per m² of zone
 *     floor per hour
 * @param lampsOn whether the assimilation lamps are on
 */
public record GreenhouseActuators(
    double pipeSupplyTemperatureCelsius,
    double leeVentPercent,
    double windwardVentPercent,
    double energyScreenPercent,
    double shadeScreenPercent,
    double co2DosingGramsPerM2PerHour,
    double foggingGramsPerM2PerHour,
    double[] irrigationLitresPerM2PerHour,
    boolean lampsOn) {

  /** A supply temperature that means "mixing valve shut": the boiler adds no heat. */
  public static final double HEATING_OFF_CELSIUS = -100;

  public GreenhouseActuators {
    if (!(pipeSupplyTemperatureCelsius >= HEATING_OFF_CELSIUS
        && pipeSupplyTemperatureCelsius <= 130)) {
      throw new IllegalArgumentException(
          "pipe supply temperature must be -100–130 °C, was " + pipeSupplyTemperatureCelsius);
    }
    percent("lee vent", leeVentPercent);
    percent("windward vent", windwardVentPercent);
    percent("energy screen", energyScreenPercent);
    percent("shade screen", shadeScreenPercent);
    nonNegative("CO2 dosing", co2DosingGramsPerM2PerHour, 1000);
    nonNegative("fogging", foggingGramsPerM2PerHour, 2000);
    irrigationLitresPerM2PerHour = irrigationLitresPerM2PerHour.clone();
    for (double flow : irrigationLitresPerM2PerHour) {
      nonNegative("irrigation", flow, 100);
    }
  }

  private static void percent(String what, double value) {
    if (!(value >= 0 && value <= 100)) {
      throw new IllegalArgumentException(what + " must be 0–100 %, was " + value);
    }
  }

  private static void nonNegative(String what, double value, double max) {
    if (!(value >= 0 && value <= max)) {
      throw new IllegalArgumentException(what + " must be 0–" + max + ", was " + value);
    }
  }

  /** Everything off and closed: no heat, vents shut, screens open, no CO2, fog, water or light. */
  public static GreenhouseActuators allOff(int zoneCount) {
    return new GreenhouseActuators(
        HEATING_OFF_CELSIUS, 0, 0, 0, 0, 0, 0, new double[zoneCount], false);
  }

  /** Number of irrigation zones. */
  public int zoneCount() {
    return irrigationLitresPerM2PerHour.length;
  }

  /** Irrigation flow of one zone, L/(m²·h), without copying the array. */
  public double irrigationLitresPerM2PerHour(int zone) {
    return irrigationLitresPerM2PerHour[zone];
  }

  @Override
  public double[] irrigationLitresPerM2PerHour() {
    return irrigationLitresPerM2PerHour.clone();
  }

  public GreenhouseActuators withPipeSupplyTemperature(double celsius) {
    return new GreenhouseActuators(
        celsius,
        leeVentPercent,
        windwardVentPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2DosingGramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        lampsOn);
  }

  public GreenhouseActuators withVents(double leePercent, double windwardPercent) {
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leePercent,
        windwardPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2DosingGramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        lampsOn);
  }

  public GreenhouseActuators withScreens(double energyPercent, double shadePercent) {
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leeVentPercent,
        windwardVentPercent,
        energyPercent,
        shadePercent,
        co2DosingGramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        lampsOn);
  }

  public GreenhouseActuators withCo2Dosing(double gramsPerM2PerHour) {
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leeVentPercent,
        windwardVentPercent,
        energyScreenPercent,
        shadeScreenPercent,
        gramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        lampsOn);
  }

  public GreenhouseActuators withFogging(double gramsPerM2PerHour) {
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leeVentPercent,
        windwardVentPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2DosingGramsPerM2PerHour,
        gramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        lampsOn);
  }

  /** A copy with one zone's irrigation flow changed, L/(m²·h). */
  public GreenhouseActuators withIrrigation(int zone, double litresPerM2PerHour) {
    double[] flows = irrigationLitresPerM2PerHour.clone();
    flows[zone] = litresPerM2PerHour;
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leeVentPercent,
        windwardVentPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2DosingGramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        flows,
        lampsOn);
  }

  public GreenhouseActuators withLamps(boolean on) {
    return new GreenhouseActuators(
        pipeSupplyTemperatureCelsius,
        leeVentPercent,
        windwardVentPercent,
        energyScreenPercent,
        shadeScreenPercent,
        co2DosingGramsPerM2PerHour,
        foggingGramsPerM2PerHour,
        irrigationLitresPerM2PerHour,
        on);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GreenhouseActuators a
        && Double.compare(pipeSupplyTemperatureCelsius, a.pipeSupplyTemperatureCelsius) == 0
        && Double.compare(leeVentPercent, a.leeVentPercent) == 0
        && Double.compare(windwardVentPercent, a.windwardVentPercent) == 0
        && Double.compare(energyScreenPercent, a.energyScreenPercent) == 0
        && Double.compare(shadeScreenPercent, a.shadeScreenPercent) == 0
        && Double.compare(co2DosingGramsPerM2PerHour, a.co2DosingGramsPerM2PerHour) == 0
        && Double.compare(foggingGramsPerM2PerHour, a.foggingGramsPerM2PerHour) == 0
        && Arrays.equals(irrigationLitresPerM2PerHour, a.irrigationLitresPerM2PerHour)
        && lampsOn == a.lampsOn;
  }

  @Override
  public int hashCode() {
    int h = Double.hashCode(pipeSupplyTemperatureCelsius);
    h = 31 * h + Double.hashCode(leeVentPercent);
    h = 31 * h + Double.hashCode(windwardVentPercent);
    h = 31 * h + Double.hashCode(energyScreenPercent);
    h = 31 * h + Double.hashCode(shadeScreenPercent);
    h = 31 * h + Double.hashCode(co2DosingGramsPerM2PerHour);
    h = 31 * h + Double.hashCode(foggingGramsPerM2PerHour);
    h = 31 * h + Arrays.hashCode(irrigationLitresPerM2PerHour);
    return 31 * h + Boolean.hashCode(lampsOn);
  }

  @Override
  public String toString() {
    return "GreenhouseActuators[pipeSupply="
        + pipeSupplyTemperatureCelsius
        + " °C, vents lee/windward="
        + leeVentPercent
        + "/"
        + windwardVentPercent
        + " %, screens energy/shade="
        + energyScreenPercent
        + "/"
        + shadeScreenPercent
        + " %, co2="
        + co2DosingGramsPerM2PerHour
        + " g/(m²·h), fog="
        + foggingGramsPerM2PerHour
        + " g/(m²·h), irrigation="
        + Arrays.toString(irrigationLitresPerM2PerHour)
        + " L/(m²·h), lamps="
        + (lampsOn ? "on" : "off")
        + "]";
  }
}
