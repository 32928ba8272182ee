package org.hortus.app.ui.overview;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.hortus.app.demo.ClimatePoint;
import org.hortus.app.demo.WeatherPoint;
import org.hortus.app.runtime.GreenhouseScanState;
import org.hortus.app.runtime.ParkRuntime;
import org.hortus.app.runtime.PointRegistry;
import org.hortus.devices.PointValue;
import org.hortus.model.alarm.AlarmPhrase;
import org.hortus.model.alarm.AlarmSnapshot;
import org.hortus.model.alarm.AlarmState;
import org.hortus.model.control.Because;
import org.hortus.model.control.Psychrometrics;
import org.hortus.model.control.irrigation.IrrigationOutputs;
import org.hortus.model.control.irrigation.ZoneCommand;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Zone;

/**
 * Reads what the overview shows from the running park's memory: the point registry (by the demo
 * park's point names), the last scan of each greenhouse, the irrigation outputs and the alarm
 * board. Waits on no device; call it off the FX thread, since the alarm board's lock may be held
 * while the alarm thread writes the database. Stateless apart from what it is given.
 */
public final class OverviewReader {

  static final String DRAIN_LEVEL = "park.drain.level";
  static final String RAIN_GAUGE = "park.rain-gauge";
  static final String FLOOD_ALARM = "park.flood";

  /** The messages that open with the alarm's title; their second argument is the condition. */
  private static final Set<AlarmPhrase> TITLED =
      EnumSet.of(
          AlarmPhrase.MESSAGE,
          AlarmPhrase.MESSAGE_FOR,
          AlarmPhrase.MESSAGE_OUTSIDE_HOURS,
          AlarmPhrase.MESSAGE_FOR_OUTSIDE_HOURS);

  private final ParkRuntime runtime;
  private final Supplier<List<AlarmSnapshot>> alarms;

  public OverviewReader(ParkRuntime runtime, Supplier<List<AlarmSnapshot>> alarms) {
    this.runtime = runtime;
    this.alarms = alarms;
  }

  public OverviewSnapshot read() {
    PointRegistry registry = runtime.registry();
    Map<String, GreenhouseScanState> scans = runtime.lastScans();
    Optional<IrrigationOutputs> irrigation = runtime.lastIrrigation();
    List<AlarmSnapshot> board = alarms.get();
    List<HouseSummary> houses = new ArrayList<>();
    for (Greenhouse house : runtime.park().greenhouses()) {
      houses.add(house(house, registry, scans.get(house.id()), irrigation, board));
    }
    return new OverviewSnapshot(houses, weather(registry), flood(registry, board));
  }

  private static HouseSummary house(
      Greenhouse house,
      PointRegistry registry,
      GreenhouseScanState scan,
      Optional<IrrigationOutputs> irrigation,
      List<AlarmSnapshot> board) {
    String id = house.id();
    double air = value(registry, ClimatePoint.AIR_TEMPERATURE.pointId(id));
    double rh = value(registry, ClimatePoint.RELATIVE_HUMIDITY.pointId(id));
    double vpd =
        Double.isFinite(air) && Double.isFinite(rh)
            ? Psychrometrics.vpdKilopascal(air, rh)
            : Double.NaN;
    double heating = scan == null ? Double.NaN : scan.setpoints().heatingTemperatureCelsius();
    double venting = scan == null ? Double.NaN : scan.setpoints().ventilationTemperatureCelsius();
    double light = scan == null ? Double.NaN : scan.scan().lightIntegralTodayMolPerM2();
    String prefix = id + ".";
    int standing =
        (int) board.stream().filter(a -> a.alarmId().startsWith(prefix) && standing(a)).count();
    return new HouseSummary(
        id,
        house.name(),
        air,
        heating,
        venting,
        rh,
        vpd,
        value(registry, ClimatePoint.CO2.pointId(id)),
        light,
        value(registry, ClimatePoint.LEE_VENT.pointId(id)),
        value(registry, ClimatePoint.WINDWARD_VENT.pointId(id)),
        value(registry, ClimatePoint.PIPE_TEMPERATURE.pointId(id)),
        irrigation.map(outputs -> waterToday(house, outputs)).orElse(Double.NaN),
        standing);
  }

  /** An alarm stands while its condition is active, unless an operator shelved it. */
  static boolean standing(AlarmSnapshot alarm) {
    return alarm.active()
        && (alarm.state() == AlarmState.UNACKNOWLEDGED || alarm.state() == AlarmState.ACKNOWLEDGED);
  }

  /** Litres given today over the zones' area: the house's water in L/m². */
  private static double waterToday(Greenhouse house, IrrigationOutputs outputs) {
    double litres = 0;
    double area = 0;
    for (Zone zone : house.zones()) {
      for (ZoneCommand command : outputs.zones()) {
        if (command.zoneId().equals(zone.id())) {
          litres += command.deliveredTodayLitres();
          area += zone.areaM2();
        }
      }
    }
    return area > 0 ? litres / area : Double.NaN;
  }

  private static OverviewSnapshot.Weather weather(PointRegistry registry) {
    return new OverviewSnapshot.Weather(
        value(registry, WeatherPoint.OUTSIDE_TEMPERATURE.pointId()),
        value(registry, WeatherPoint.OUTSIDE_HUMIDITY.pointId()),
        value(registry, WeatherPoint.GLOBAL_RADIATION.pointId()),
        value(registry, WeatherPoint.WIND_SPEED.pointId()),
        value(registry, WeatherPoint.RAIN.pointId()));
  }

  private static OverviewSnapshot.Flood flood(PointRegistry registry, List<AlarmSnapshot> board) {
    Optional<AlarmSnapshot> alarm =
        board.stream().filter(a -> a.alarmId().equals(FLOOD_ALARM)).findFirst();
    double level = value(registry, DRAIN_LEVEL);
    OverviewSnapshot.FloodState state;
    if (alarm.isPresent() && alarm.get().active()) {
      state = OverviewSnapshot.FloodState.WARNING;
    } else if (alarm.isPresent() && Double.isFinite(level)) {
      state = OverviewSnapshot.FloodState.CLEAR;
    } else {
      state = OverviewSnapshot.FloodState.UNKNOWN;
    }
    Because words = alarm.map(OverviewReader::words).orElse(Because.of(AlarmPhrase.TEXT, ""));
    return new OverviewSnapshot.Flood(
        level, value(registry, RAIN_GAUGE), state, words.english(), words);
  }

  /** The alarm's latest words without its description ("Flood warning: drainage basin"). */
  private static Because words(AlarmSnapshot alarm) {
    Because message = alarm.words();
    return TITLED.contains(message.phrase()) ? (Because) message.args().get(1) : message;
  }

  /** A point's latest value if GOOD, else NaN. */
  static double value(PointRegistry registry, String pointId) {
    return registry
        .latest(pointId)
        .filter(PointValue::isGood)
        .map(PointValue::value)
        .orElse(Double.NaN);
  }
}
