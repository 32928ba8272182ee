package org.hortus.app.demo;

import org.hortus.app.runtime.Signal;

/**
 * The OPC UA points each simulated greenhouse's climate PLC serves, with the runtime signal each
 * one carries. Paths are {@code Park/<house>/<group>/<name>}.
 */
public enum ClimatePoint {
  AIR_TEMPERATURE("Climate", "AirTemperature", "°C", Signal.AIR_TEMPERATURE, -10, 60),
  RELATIVE_HUMIDITY("Climate", "RelativeHumidity", "%", Signal.RELATIVE_HUMIDITY, 0, 100),
  CO2("Climate", "CO2", "ppm", Signal.CO2, 0, 5000),
  PIPE_TEMPERATURE("Climate", "PipeTemperature", "°C", Signal.PIPE_TEMPERATURE, -10, 130),
  PIPE_TEMPERATURE_SETPOINT("Actuators", "PipeTemperatureSetpoint", "°C", Signal.PIPE_TEMPERATURE_SETPOINT, 0, 130),
  LEE_VENT("Actuators", "LeeVent", "%", Signal.LEE_VENT, 0, 100),
  WINDWARD_VENT("Actuators", "WindwardVent", "%", Signal.WINDWARD_VENT, 0, 100),
  ENERGY_SCREEN("Actuators", "EnergyScreen", "%", Signal.ENERGY_SCREEN, 0, 100),
  SHADE_SCREEN("Actuators", "ShadeScreen", "%", Signal.SHADE_SCREEN, 0, 100),
  CO2_DOSING("Actuators", "Co2Dosing", "kg/h", Signal.CO2_DOSING, 0, 10_000),
  LAMPS("Actuators", "Lamps", "on/off", Signal.LAMPS, 0, 1),
  HEARTBEAT("Controller", "Heartbeat", "", Signal.WATCHDOG_HEARTBEAT, 0, 1e9),
  MODE("Controller", "Mode", "", Signal.CONTROLLER_MODE, 0, 1);

  private final String group;
  private final String name;
  private final String unit;
  private final Signal signal;
  private final double low;
  private final double high;

  ClimatePoint(String group, String name, String unit, Signal signal, double low, double high) {
    this.group = group;
    this.name = name;
    this.unit = unit;
    this.signal = signal;
    this.low = low;
    this.high = high;
  }

  public String path(String greenhouseId) {
    return "Park/" + greenhouseId + "/" + group + "/" + name;
  }

  /** The park-wide point id, e.g. {@code GH-01.climate.air-temperature}. */
  public String pointId(String greenhouseId) {
    return greenhouseId + "." + group.toLowerCase(java.util.Locale.ROOT) + "." + name;
  }

  public String unit() {
    return unit;
  }

  public Signal signal() {
    return signal;
  }

  public boolean writable() {
    return signal.isActuator();
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }
}
