package org.hortus.app.park;

import java.util.List;
import org.hortus.app.runtime.PointBinding;

/**
 * The park file's device and point map: which devices there are and what each point means.
 *
 * @param devices the field devices
 * @param bindings every point with its device, owner and signal
 */
public record PointMap(List<DeviceSpec> devices, List<PointBinding> bindings) {
  public PointMap {
    devices = List.copyOf(devices);
    bindings = List.copyOf(bindings);
  }

  public static PointMap empty() {
    return new PointMap(List.of(), List.of());
  }
}
