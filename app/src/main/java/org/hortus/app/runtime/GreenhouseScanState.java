package org.hortus.app.runtime;

import java.time.Instant;
import java.util.Map;
import org.hortus.devices.PointValue;
import org.hortus.model.control.ClimateScan;
import org.hortus.model.recipe.ResolvedSetpoints;

/**
 * What one greenhouse's scan saw, asked and commanded, as the runtime publishes it.
 *
 * @param greenhouseId the greenhouse
 * @param time the scan's instant
 * @param inputs the sensor values used, by signal (with their quality)
 * @param setpoints the recipe's setpoints of this instant
 * @param scan each actuator's command and reason, and the interlocks
 */
public record GreenhouseScanState(
    String greenhouseId,
    Instant time,
    Map<Signal, PointValue> inputs,
    ResolvedSetpoints setpoints,
    ClimateScan scan) {

  public GreenhouseScanState {
    inputs = Map.copyOf(inputs);
  }
}
