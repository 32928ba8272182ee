package org.hortus.app.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.hortus.app.park.DeviceSpec;
import org.hortus.app.park.PointMap;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.runtime.Signal;
import org.hortus.devices.Point;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Zone;

/**
 * The demo park's device and point map, by the simulated park's naming conventions: what a site
 * writes in its park file's {@code devices} and {@code points} sections.
 */
public final class DemoParkBindings {

  public static final String CLIMATE_DEVICE = "demo-climate-plc";
  public static final String IRRIGATION_DEVICE = "demo-irrigation-io";

  private static final Duration CLIMATE_STALE = Duration.ofMinutes(5);
  /** Rain and wind direction may stay the same for hours: they are only stale when BAD. */
  private static final Duration STEADY_STALE = Duration.ofHours(24);

  private DemoParkBindings() {}

  public static PointMap of(SimulatedPark sim) {
    List<DeviceSpec> devices = List.of(
        new DeviceSpec.OpcUa(CLIMATE_DEVICE, sim.opcUaEndpoint(), "none", java.util.Optional.empty(), false),
        new DeviceSpec.Modbus(IRRIGATION_DEVICE, "127.0.0.1", sim.modbusPort(), Duration.ofSeconds(1), Duration.ofSeconds(2)));
    List<PointBinding> bindings = new ArrayList<>();
    for (Greenhouse house : sim.park().greenhouses()) {
      for (ClimatePoint point : ClimatePoint.values()) {
        String id = point.pointId(house.id());
        Duration stale = point.writable() || point == ClimatePoint.MODE ? STEADY_STALE : CLIMATE_STALE;
        bindings.add(new PointBinding(
            new Point(id, id, sim.address(point.path(house.id())), point.unit(), point.writable()),
            CLIMATE_DEVICE, house.id(), point.signal(), stale));
      }
    }
    for (WeatherPoint point : WeatherPoint.values()) {
      Duration stale = point == WeatherPoint.RAIN || point == WeatherPoint.WIND_DIRECTION ? STEADY_STALE : CLIMATE_STALE;
      bindings.add(new PointBinding(
          new Point(point.pointId(), point.pointId(), sim.address(point.path()), point.unit(), false),
          CLIMATE_DEVICE, "park", point.signal(), stale));
    }
    List<Zone> zones = sim.zones();
    for (int z = 0; z < zones.size(); z++) {
      String zoneId = zones.get(z).id();
      bindings.add(modbus(zoneId + ".valve", "coil:" + ModbusMap.valveCoil(z) + ":BOOL{unit-id:1}", "", zoneId, Signal.IRRIGATION_VALVE, true));
      bindings.add(modbus(zoneId + ".water-content", "input-register:" + ModbusMap.waterContentRegister(z) + ":UINT16{unit-id:1,scale:0.1}", "%", zoneId, Signal.SUBSTRATE_WATER_CONTENT, false));
      bindings.add(modbus(zoneId + ".ec", "input-register:" + ModbusMap.ecRegister(z) + ":UINT16{unit-id:1,scale:0.01}", "mS/cm", zoneId, Signal.SUBSTRATE_EC, false));
    }
    for (int s = 0; s < sim.park().waterSupplies().size(); s++) {
      String supplyId = sim.park().waterSupplies().get(s).id();
      bindings.add(modbus(supplyId + ".flow", "input-register:" + ModbusMap.flowRegister(s) + ":FLOAT32{unit-id:1}", "L/h", supplyId, Signal.SUPPLY_FLOW, false));
    }
    List<Greenhouse> houses = sim.park().greenhouses();
    for (int h = 0; h < houses.size(); h++) {
      String id = houses.get(h).id();
      bindings.add(modbus(id + ".smoke", "discrete-input:" + ModbusMap.smokeInput(h) + ":BOOL{unit-id:1}", "", id, Signal.SMOKE_DETECTOR, false));
      bindings.add(modbus(id + ".door", "discrete-input:" + ModbusMap.doorInput(h) + ":BOOL{unit-id:1}", "", id, Signal.DOOR_CONTACT, false));
    }
    bindings.add(modbus("park.drain.level", "input-register:" + ModbusMap.DRAIN_LEVEL_REGISTER + ":UINT16{unit-id:1}", "mm", "park", Signal.DRAIN_WATER_LEVEL, false));
    bindings.add(modbus("park.rain-gauge", "input-register:" + ModbusMap.RAIN_GAUGE_REGISTER + ":UINT16{unit-id:1,scale:0.1}", "mm/h", "park", Signal.RAIN_GAUGE, false));
    return new PointMap(devices, bindings);
  }

  private static PointBinding modbus(String id, String address, String unit, String owner, Signal signal, boolean writable) {
    return new PointBinding(new Point(id, id, address, unit, writable), IRRIGATION_DEVICE, owner, signal, STEADY_STALE);
  }
}
