package org.hortus.app.runtime;

/**
 * What a point means to the control runtime: the role that links a device point to a model
 * variable (openHAB's channel-to-item link). Sensors are read, actuators written.
 */
public enum Signal {
  // Greenhouse sensors.
  AIR_TEMPERATURE(false),
  AIR_TEMPERATURE_BACKUP(false),
  RELATIVE_HUMIDITY(false),
  CO2(false),
  PIPE_TEMPERATURE(false),
  // Greenhouse actuators.
  PIPE_TEMPERATURE_SETPOINT(true),
  LEE_VENT(true),
  WINDWARD_VENT(true),
  ENERGY_SCREEN(true),
  SHADE_SCREEN(true),
  CO2_DOSING(true),
  LAMPS(true),
  /** The supervisory heartbeat the PLC's watchdog expects every second. */
  WATCHDOG_HEARTBEAT(true),
  /** The PLC's own mode: 0 console control, 1 local safe mode. */
  CONTROLLER_MODE(false),
  // Weather station (park-wide).
  OUTSIDE_TEMPERATURE(false),
  OUTSIDE_HUMIDITY(false),
  GLOBAL_RADIATION(false),
  WIND_SPEED(false),
  WIND_DIRECTION(false),
  RAIN(false),
  // Irrigation (per zone or supply) and water.
  SUBSTRATE_WATER_CONTENT(false),
  SUBSTRATE_EC(false),
  IRRIGATION_VALVE(true),
  SUPPLY_FLOW(false),
  DRAIN_WATER_LEVEL(false),
  RAIN_GAUGE(false),
  // Safety inputs (per greenhouse, or "boiler-house").
  SMOKE_DETECTOR(false),
  DOOR_CONTACT(false);

  private final boolean actuator;

  Signal(boolean actuator) {
    this.actuator = actuator;
  }

  public boolean isActuator() {
    return actuator;
  }
}
