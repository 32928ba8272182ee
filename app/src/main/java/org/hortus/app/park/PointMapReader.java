package org.hortus.app.park;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hortus.app.runtime.PointBinding;
import org.hortus.app.runtime.Signal;
import org.hortus.devices.Point;
import org.hortus.devices.modbus.ModbusAddress;
import org.hortus.model.file.FieldReader;
import org.hortus.model.park.Greenhouse;
import org.hortus.model.park.Park;
import org.hortus.model.park.ParkReader;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;

/**
 * Reads the park file's {@code devices} and {@code points} sections (format in {@code
 * docs/park-file.md}) with the park's own decoder, so their problems come out with the rest:
 * unknown device, an address that does not parse for its protocol, an unknown owner or signal,
 * a point that maps to nothing or the same role twice.
 */
public final class PointMapReader implements ParkReader.Extension<PointMap> {

  /** OPC UA node ids as OPC UA prints them: ns=2;s=…, nsu=…;i=…, i=85. */
  private static final Pattern NODE_ID = Pattern.compile("((ns=\\d+|nsu=[^;]+);)?[isgb]=.+");

  private static final Set<String> SECURITY = Set.of("none", "sign", "sign-and-encrypt");

  @Override
  public PointMap decode(FieldReader root, Park park) {
    if (!root.has("devices") && !root.has("points")) {
      return PointMap.empty(); // the demo park binds its points by convention
    }
    Map<String, String> protocols = new HashMap<>();
    List<DeviceSpec> devices = new ArrayList<>();
    for (FieldReader in : root.objects("devices", 1)) {
      DeviceSpec device = device(in);
      if (protocols.putIfAbsent(device.id(), protocol(device)) != null) {
        in.problem("id", "device id \"" + device.id() + "\" is used twice");
      }
      devices.add(device);
    }
    Set<String> owners = owners(park);
    List<PointBinding> bindings = new ArrayList<>();
    Map<String, AlarmLimits> limits = new HashMap<>();
    Map<String, String> roles = new HashMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> addresses = new HashSet<>();
    for (FieldReader in : root.objects("points", 1)) {
      String id = in.text("id");
      String deviceId = in.text("device");
      String address = in.text("address");
      String owner = in.text("owner");
      Optional<Signal> signal = in.parsed("signal", PointMapReader::signal, "one of " + signalNames());
      String unit = in.optionalText("unit").orElse("");
      int staleSeconds = in.has("staleAfterSeconds") ? in.integer("staleAfterSeconds", 1, 86_400, "s") : 300;
      Optional<Double> high = in.optionalNumber("alarmHigh", -1e9, 1e9, unit);
      Optional<Double> low = in.optionalNumber("alarmLow", -1e9, 1e9, unit);
      double deadband = in.optionalNumber("alarmDeadband", 0, 1e6, unit).orElse(0.0);
      String priority = !in.has("alarmPriority") ? "medium" : in.parsed("alarmPriority", p -> {
        if (!Set.of("low", "medium", "high", "urgent").contains(p)) {
          throw new IllegalArgumentException(p);
        }
        return p;
      }, "one of low, medium, high, urgent").orElse("medium");
      in.done();
      if (high.isPresent() && low.isPresent() && low.get() >= high.get()) {
        in.problem("alarmLow", "alarm low " + low.get() + " must be below alarm high " + high.get());
      }
      if (high.isPresent() || low.isPresent()) {
        limits.put(id, new AlarmLimits(high, low, deadband, priority));
      }
      String protocol = protocols.get(deviceId);
      if (!deviceId.isBlank() && protocol == null) {
        in.problem("device", "no device \"" + deviceId + "\" in this park's devices");
      } else if (protocol != null && !address.isBlank()) {
        addressProblem(protocol, address).ifPresent(problem -> in.problem("address", problem));
      }
      if (!owner.isBlank() && !owners.contains(owner)) {
        in.problem("owner", "no greenhouse, zone or water supply \"" + owner + "\" (or \"park\" for the weather station)");
      }
      if (!ids.add(id)) {
        in.problem("id", "point id \"" + id + "\" is used twice");
      }
      if (!addresses.add(deviceId + " " + address)) {
        in.problem("address", "address " + address + " of device " + deviceId + " is mapped twice");
      }
      signal.ifPresent(s -> {
        String first = roles.putIfAbsent(owner + "/" + s, id);
        if (first != null) {
          in.problem("signal", owner + " " + signalName(s) + " is already mapped by point \"" + first + "\"");
        }
      });
      if (signal.isPresent() && !id.isBlank() && !address.isBlank()) {
        Signal s = signal.get();
        bindings.add(new PointBinding(new Point(id, id, address, unit, s.isActuator()), deviceId, owner, s, Duration.ofSeconds(staleSeconds)));
      }
    }
    return new PointMap(devices, bindings, limits);
  }

  private static DeviceSpec device(FieldReader in) {
    String id = in.text("id");
    String protocol = in.parsed("protocol", p -> {
      if (!p.equals("opcua") && !p.equals("modbus")) {
        throw new IllegalArgumentException(p);
      }
      return p;
    }, "\"opcua\" or \"modbus\"").orElse("opcua");
    DeviceSpec spec;
    if (protocol.equals("opcua")) {
      String endpoint = in.text("endpoint");
      if (!endpoint.isBlank() && !endpoint.startsWith("opc.tcp://")) {
        in.problem("endpoint", "must be an opc.tcp:// URL, was \"" + endpoint + "\"");
      }
      String security = in.optionalText("security").orElse("none");
      if (!SECURITY.contains(security)) {
        in.problem("security", "must be one of none, sign, sign-and-encrypt, was \"" + security + "\"");
      }
      Optional<String> user = in.optionalText("user");
      boolean allowInsecure = in.bool("allowInsecureRemote", false);
      spec = new DeviceSpec.OpcUa(id, endpoint, security, user, allowInsecure);
    } else {
      String host = in.text("host");
      int port = in.integer("port", 1, 65_535, "");
      int poll = in.has("pollMillis") ? in.integer("pollMillis", 50, 60_000, "ms") : 1000;
      int timeout = in.has("timeoutMillis") ? in.integer("timeoutMillis", 50, 60_000, "ms") : 2000;
      spec = new DeviceSpec.Modbus(id, host, port, Duration.ofMillis(poll), Duration.ofMillis(timeout));
    }
    in.done(); // a field of the other protocol (e.g. "host" on an OPC UA device) is unknown here
    return spec;
  }

  private static String protocol(DeviceSpec device) {
    return device instanceof DeviceSpec.Modbus ? "modbus" : "opcua";
  }

  private static Optional<String> addressProblem(String protocol, String address) {
    if (protocol.equals("modbus")) {
      try {
        ModbusAddress.parse(address);
        return Optional.empty();
      } catch (IllegalArgumentException e) {
        return Optional.of(e.getMessage());
      }
    }
    return NODE_ID.matcher(address).matches()
        ? Optional.empty()
        : Optional.of("\"" + address + "\" is not an OPC UA node id such as ns=2;s=Park/GH-01/Climate/AirTemperature");
  }

  private static Set<String> owners(Park park) {
    Set<String> owners = new HashSet<>();
    owners.add("park");
    for (WaterSupply supply : park.waterSupplies()) {
      owners.add(supply.id());
    }
    for (Greenhouse house : park.greenhouses()) {
      owners.add(house.id());
      for (Zone zone : house.zones()) {
        owners.add(zone.id());
      }
    }
    return owners;
  }

  static Signal signal(String text) {
    return Signal.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  static String signalName(Signal signal) {
    return signal.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String signalNames() {
    return String.join(", ", java.util.Arrays.stream(Signal.values()).map(PointMapReader::signalName).toList());
  }
}
