package org.hortus.app.park;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hortus.devices.DeviceDriver;
import org.hortus.devices.modbus.ModbusDriver;
import org.hortus.devices.opcua.OpcUaDriver;
import org.hortus.devices.opcua.OpcUaDriverConfig;
import org.hortus.devices.opcua.OpcUaSecurity;

/**
 * Creates the drivers a park file's devices need. OPC UA passwords come from the environment
 * ({@code HORTUS_PASSWORD_<DEVICE_ID>}, upper case, '-' as '_'), never from the park file.
 */
public final class DriverFactory {

  private DriverFactory() {}

  public static Map<String, DeviceDriver> create(List<DeviceSpec> devices, Path dataFolder) {
    Map<String, DeviceDriver> drivers = new LinkedHashMap<>();
    for (DeviceSpec device : devices) {
      drivers.put(device.id(), create(device, dataFolder));
    }
    return drivers;
  }

  static DeviceDriver create(DeviceSpec device, Path dataFolder) {
    return switch (device) {
      case DeviceSpec.Modbus m -> new ModbusDriver(m.host(), m.port(), m.pollInterval(), m.timeout());
      case DeviceSpec.OpcUa o -> {
        OpcUaDriverConfig.Builder config = OpcUaDriverConfig.builder(o.endpoint())
            .security(switch (o.security()) {
              case "sign" -> OpcUaSecurity.BASIC256SHA256_SIGN;
              case "sign-and-encrypt" -> OpcUaSecurity.BASIC256SHA256_SIGN_AND_ENCRYPT;
              default -> OpcUaSecurity.NONE;
            })
            .dataFolder(dataFolder)
            .allowInsecureNonLoopback(o.allowInsecureRemote());
        o.user().ifPresent(user -> config.user(user, password(o.id())));
        yield new OpcUaDriver(config.build());
      }
    };
  }

  private static String password(String deviceId) {
    String variable = "HORTUS_PASSWORD_" + deviceId.toUpperCase(Locale.ROOT).replace('-', '_');
    String password = System.getenv(variable);
    if (password == null) {
      throw new IllegalStateException("device " + deviceId + " has a user but " + variable + " is not set");
    }
    return password;
  }
}
