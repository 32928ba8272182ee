package org.hortus.app.alarm;

import static org.hortus.model.control.Phrase.Arg.F0;
import static org.hortus.model.control.Phrase.Arg.TEXT;

import java.util.List;
import org.hortus.model.control.Phrase;

/**
 * The words of the park's built-in alarms ({@link ParkAlarms}): their titles and the texts of
 * their on/off signals. The console words them from its bundles ({@code reasons.<key>}).
 */
public enum ParkAlarmPhrase implements Phrase {
  AIR_HIGH("alarm.title.air-high", "{0} air temperature high", TEXT),
  AIR_LOW("alarm.title.air-low", "{0} air temperature low (frost risk)", TEXT),
  AIR_ABOVE_VENTILATION(
      "alarm.title.air-above-ventilation", "{0} air above ventilation + {1} °C", TEXT, F0),
  AIR_SENSOR_BAD("alarm.title.air-sensor-bad", "{0} air temperature sensor BAD", TEXT),
  HUMIDITY_HIGH("alarm.title.humidity-high", "{0} relative humidity high (Botrytis risk)", TEXT),
  PLC_SAFE_MODE("alarm.title.plc-safe-mode", "{0} PLC in local safe mode", TEXT),
  SMOKE("alarm.title.smoke", "{0} smoke detected", TEXT),
  DOOR("alarm.title.door", "{0} door open outside working hours", TEXT),
  FLOOD("alarm.title.flood", "Flood warning: drainage basin"),
  DEVICE_DOWN("alarm.title.device-down", "Device {0} down", TEXT),
  POINT_HIGH("alarm.title.point-high", "{0} high", TEXT),
  POINT_LOW("alarm.title.point-low", "{0} low", TEXT),

  PLC_LOCAL("alarm.signal.plc-local", "PLC in local safe mode"),
  PLC_CONSOLE("alarm.signal.plc-console", "PLC under console control"),
  SMOKE_DETECTED("alarm.signal.smoke", "smoke detected"),
  NO_SMOKE("alarm.signal.no-smoke", "no smoke"),
  DOOR_OPEN("alarm.signal.door-open", "door open"),
  DOOR_CLOSED("alarm.signal.door-closed", "door closed"),
  CONNECTION_LOST("alarm.signal.connection-lost", "connection lost"),
  CONNECTED("alarm.signal.connected", "connected");

  private final String key;
  private final String english;
  private final List<Arg> args;

  ParkAlarmPhrase(String key, String english, Arg... args) {
    this.key = key;
    this.english = english;
    this.args = List.of(args);
  }

  @Override
  public String key() {
    return key;
  }

  @Override
  public String english() {
    return english;
  }

  @Override
  public List<Arg> args() {
    return args;
  }
}
