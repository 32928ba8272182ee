package org.hortus.model.control;

/** The climate actuators of one greenhouse, with the unit of their command. */
public enum Actuator {
  HEATING_PIPE_TEMPERATURE("°C"),
  LEE_VENT("%"),
  WINDWARD_VENT("%"),
  CO2_DOSING("kg/h"),
  ENERGY_SCREEN("%"),
  SHADE_SCREEN("%"),
  LAMPS("on/off");

  private final String unit;

  Actuator(String unit) {
    this.unit = unit;
  }

  public String unit() {
    return unit;
  }
}
