package org.hortus.app.park;

import java.util.Optional;

/**
 * Alarm limits a park file sets on one point.
 *
 * @param high raise above this, if set
 * @param low raise below this, if set
 * @param deadband how far back the value must come before the alarm returns
 * @param priority "low", "medium", "high" or "urgent"
 */
public record AlarmLimits(Optional<Double> high, Optional<Double> low, double deadband, String priority) {}
