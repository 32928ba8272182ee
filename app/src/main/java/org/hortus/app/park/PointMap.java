package org.hortus.app.park;

import java.util.List;
import java.util.Map;
import org.hortus.app.runtime.PointBinding;

/**
 * The park file's device and point map: which devices there are and what each point means.
 *
 * @param devices the field devices
 * @param bindings every point with its device, owner and signal
 * @param alarmLimits alarm limits the file sets, by point id
 */
public record PointMap(List<DeviceSpec> devices, List<PointBinding> bindings, Map<String, AlarmLimits> alarmLimits) {
  public PointMap {
    devices = List.copyOf(devices);
    bindings = List.copyOf(bindings);
    alarmLimits = Map.copyOf(alarmLimits);
  }

  public PointMap(List<DeviceSpec> devices, List<PointBinding> bindings) {
    this(devices, bindings, Map.of());
  }

  public static PointMap empty() {
    return new PointMap(List.of(), List.of());
  }
}
