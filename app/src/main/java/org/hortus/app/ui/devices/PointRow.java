package org.hortus.app.ui.devices;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import org.hortus.devices.Point;
import org.hortus.devices.PointValue;
import org.hortus.devices.Quality;

/**
 * One point of a device as the devices page lists it.
 *
 * @param point the device point (id, address, unit)
 * @param latest its latest value, empty until the first one arrives
 * @param raw the device's raw value behind the engineering value (see {@link RawValue}); empty when
 *     there is no usable value or the protocol's raw form is unknown
 * @param age how long ago the latest value was received
 */
public record PointRow(
    Point point, Optional<PointValue> latest, OptionalDouble raw, Optional<Duration> age) {

  public Optional<Quality> quality() {
    return latest.map(PointValue::quality);
  }
}
