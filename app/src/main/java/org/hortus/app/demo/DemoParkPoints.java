package org.hortus.app.demo;

import java.util.List;
import org.hortus.model.sim.physics.GreenhouseState;

/**
 * The link between the demo park's served points and the model's variables: the one place that
 * knows which OPC UA path carries which greenhouse quantity.
 */
public enum DemoParkPoints {
  AIR_TEMPERATURE("air.temperature", "Climate/AirTemperature", "Air temperature", "°C", false),
  RELATIVE_HUMIDITY("air.humidity", "Climate/RelativeHumidity", "Relative humidity", "%", false),
  CO2("air.co2", "Climate/CO2", "CO2", "ppm", false),
  VENT_OPENING("vent.opening", "Climate/VentOpening", "Vent opening", "%", true);

  private final String idSuffix;
  private final String pathSuffix;
  private final String label;
  private final String unit;
  private final boolean writable;

  DemoParkPoints(String idSuffix, String pathSuffix, String label, String unit, boolean writable) {
    this.idSuffix = idSuffix;
    this.pathSuffix = pathSuffix;
    this.label = label;
    this.unit = unit;
    this.writable = writable;
  }

  /** The park-wide point id, e.g. {@code GH-01.air.temperature}. */
  public String pointId(String greenhouseId) {
    return greenhouseId + "." + idSuffix;
  }

  /** The path in the OPC UA server's tree, e.g. {@code Park/GH-01/Climate/AirTemperature}. */
  public String path(String greenhouseId) {
    return "Park/" + greenhouseId + "/" + pathSuffix;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  public boolean writable() {
    return writable;
  }

  /** The model's value for this point (the vent comes from the actuators, not the state). */
  double read(GreenhouseState state, double ventOpeningPercent) {
    return switch (this) {
      case AIR_TEMPERATURE -> state.airTemperatureCelsius();
      case RELATIVE_HUMIDITY -> state.relativeHumidityPercent();
      case CO2 -> state.co2Ppm();
      case VENT_OPENING -> ventOpeningPercent;
    };
  }

  public static List<DemoParkPoints> all() {
    return List.of(values());
  }
}
