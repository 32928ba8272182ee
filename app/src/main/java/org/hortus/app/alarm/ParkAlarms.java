package org.hortus.app.alarm;

import static org.hortus.app.alarm.ParkAlarmPhrase.AIR_ABOVE_VENTILATION;
import static org.hortus.app.alarm.ParkAlarmPhrase.AIR_HIGH;
import static org.hortus.app.alarm.ParkAlarmPhrase.AIR_LOW;
import static org.hortus.app.alarm.ParkAlarmPhrase.AIR_SENSOR_BAD;
import static org.hortus.app.alarm.ParkAlarmPhrase.CONNECTED;
import static org.hortus.app.alarm.ParkAlarmPhrase.CONNECTION_LOST;
import static org.hortus.app.alarm.ParkAlarmPhrase.DEVICE_DOWN;
import static org.hortus.app.alarm.ParkAlarmPhrase.DOOR;
import static org.hortus.app.alarm.ParkAlarmPhrase.DOOR_CLOSED;
import static org.hortus.app.alarm.ParkAlarmPhrase.DOOR_OPEN;
import static org.hortus.app.alarm.ParkAlarmPhrase.FLOOD;
import static org.hortus.app.alarm.ParkAlarmPhrase.HUMIDITY_HIGH;
import static org.hortus.app.alarm.ParkAlarmPhrase.NO_SMOKE;
import static org.hortus.app.alarm.ParkAlarmPhrase.PLC_CONSOLE;
import static org.hortus.app.alarm.ParkAlarmPhrase.PLC_LOCAL;
import static org.hortus.app.alarm.ParkAlarmPhrase.PLC_SAFE_MODE;
import static org.hortus.app.alarm.ParkAlarmPhrase.POINT_HIGH;
import static org.hortus.app.alarm.ParkAlarmPhrase.POINT_LOW;
import static org.hortus.app.alarm.ParkAlarmPhrase.SMOKE;
import static org.hortus.app.alarm.ParkAlarmPhrase.SMOKE_DETECTED;

import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hortus.app.park.AlarmLimits;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.runtime.Signal;
import org.hortus.model.alarm.AlarmCondition;
import org.hortus.model.alarm.AlarmDefinition;
import org.hortus.model.alarm.AlarmPriority;
import org.hortus.model.alarm.WorkingHours;
import org.hortus.model.control.Because;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;

/**
 * The alarms a park gets from its point map, with defaults from practice (GREENHOUSE-PRACTICE.md:
 * blossom injury above 29 °C, frost, humidity; EEMUA 191 for priorities and delays). Sources are
 * point ids, so the engine's inputs come straight from the point registry; device-down alarms
 * use the device id as source.
 */
public final class ParkAlarms {

  /** Doors opened outside these local hours raise an alarm. */
  static final LocalTime WORK_FROM = LocalTime.of(6, 0);

  static final LocalTime WORK_UNTIL = LocalTime.of(19, 0);

  /** The flood warning: limit and warning level of the drainage basin, rising rate with rain. */
  public static final double DRAIN_LIMIT_MM = 1200;

  public static final double DRAIN_WARN_MM = 900;

  private ParkAlarms() {}

  public static List<AlarmDefinition> of(Park park, List<PointBinding> bindings, List<String> deviceIds) {
    return of(park, bindings, deviceIds, Map.of());
  }

  /**
   * As {@link #of(Park, List, List)}, plus the limits the park file sets on points: a limit on a
   * point replaces the default alarm of the same direction there.
   */
  public static List<AlarmDefinition> of(
      Park park, List<PointBinding> bindings, List<String> deviceIds, Map<String, AlarmLimits> limits) {
    List<AlarmDefinition> alarms = new ArrayList<>();
    limits.forEach((pointId, limit) -> {
      AlarmPriority priority = AlarmPriority.valueOf(limit.priority().toUpperCase(java.util.Locale.ROOT));
      limit.high().ifPresent(high -> alarms.add(AlarmDefinition.builder(pointId + ".high", pointId, say(POINT_HIGH, pointId))
          .priority(priority).condition(new AlarmCondition.HighLimit(high, limit.deadband())).onDelay(Duration.ofSeconds(30)).build()));
      limit.low().ifPresent(low -> alarms.add(AlarmDefinition.builder(pointId + ".low", pointId, say(POINT_LOW, pointId))
          .priority(priority).condition(new AlarmCondition.LowLimit(low, limit.deadband())).onDelay(Duration.ofSeconds(30)).build()));
    });
    for (Greenhouse house : park.greenhouses()) {
      String id = house.id();
      pointOf(bindings, id, Signal.AIR_TEMPERATURE).ifPresent(air -> {
        boolean ownHigh = limits.containsKey(air) && limits.get(air).high().isPresent();
        boolean ownLow = limits.containsKey(air) && limits.get(air).low().isPresent();
        if (!ownHigh) alarms.add(AlarmDefinition.builder(id + ".air.high", air, say(AIR_HIGH, id)).unit("°C")
            .priority(AlarmPriority.HIGH).condition(new AlarmCondition.HighLimit(35, 1)).onDelay(Duration.ofMinutes(2)).build());
        if (!ownLow) alarms.add(AlarmDefinition.builder(id + ".air.low", air, say(AIR_LOW, id)).unit("°C")
            .priority(AlarmPriority.HIGH).condition(new AlarmCondition.LowLimit(5, 1)).onDelay(Duration.ofMinutes(2)).build());
        alarms.add(AlarmDefinition.builder(id + ".air.above-ventilation", air, say(AIR_ABOVE_VENTILATION, id, 5)).unit("°C")
            .priority(AlarmPriority.MEDIUM).condition(new AlarmCondition.AboveSetpointBand("ventilation", 5, 0.5))
            .onDelay(Duration.ofMinutes(10)).offDelay(Duration.ofMinutes(2)).build());
        alarms.add(AlarmDefinition.builder(id + ".air.sensor-bad", air, say(AIR_SENSOR_BAD, id))
            .priority(AlarmPriority.MEDIUM).condition(new AlarmCondition.BadQuality()).onDelay(Duration.ofMinutes(1)).build());
      });
      pointOf(bindings, id, Signal.RELATIVE_HUMIDITY).ifPresent(rh -> alarms.add(
          AlarmDefinition.builder(id + ".humidity.high", rh, say(HUMIDITY_HIGH, id)).unit("%")
              .priority(AlarmPriority.LOW).condition(new AlarmCondition.HighLimit(95, 2)).onDelay(Duration.ofMinutes(30)).build()));
      pointOf(bindings, id, Signal.CONTROLLER_MODE).ifPresent(mode -> alarms.add(
          AlarmDefinition.builder(id + ".plc.safe-mode", mode, say(PLC_SAFE_MODE, id))
              .priority(AlarmPriority.HIGH).condition(AlarmCondition.Digital.whenOn(say(PLC_LOCAL), say(PLC_CONSOLE)))
              .onDelay(Duration.ofSeconds(15)).build()));
      pointOf(bindings, id, Signal.SMOKE_DETECTOR).ifPresent(smoke -> alarms.add(
          AlarmDefinition.builder(id + ".smoke", smoke, say(SMOKE, id))
              .priority(AlarmPriority.URGENT).condition(AlarmCondition.Digital.whenOn(say(SMOKE_DETECTED), say(NO_SMOKE))).build()));
      pointOf(bindings, id, Signal.DOOR_CONTACT).ifPresent(door -> alarms.add(
          AlarmDefinition.builder(id + ".door", door, say(DOOR, id))
              .priority(AlarmPriority.MEDIUM).condition(AlarmCondition.Digital.whenOn(say(DOOR_OPEN), say(DOOR_CLOSED)))
              .outsideOf(WorkingHours.daily(WORK_FROM, WORK_UNTIL, park.site().zone())).build()));
    }
    pointOf(bindings, "park", Signal.DRAIN_WATER_LEVEL).ifPresent(level -> alarms.add(
        AlarmDefinition.builder("park.flood", level, say(FLOOD)).unit("mm")
            .priority(AlarmPriority.URGENT).condition(AlarmCondition.Flood.of(DRAIN_LIMIT_MM, DRAIN_WARN_MM, 30, 5)).build()));
    for (String device : deviceIds) {
      alarms.add(AlarmDefinition.builder("device." + device + ".down", "device:" + device, say(DEVICE_DOWN, device))
          .priority(AlarmPriority.HIGH).condition(AlarmCondition.Digital.whenOn(say(CONNECTION_LOST), say(CONNECTED)))
          .onDelay(Duration.ofSeconds(10)).build());
    }
    return alarms;
  }

  private static Because say(ParkAlarmPhrase phrase, Object... args) {
    return Because.of(phrase, args);
  }

  static java.util.Optional<String> pointOf(List<PointBinding> bindings, String owner, Signal signal) {
    return bindings.stream().filter(b -> b.owner().equals(owner) && b.signal() == signal).map(b -> b.point().id()).findFirst();
  }
}
