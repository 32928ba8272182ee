package org.hortus.model.control.irrigation;

/**
 * A zone's result of one scan.
 *
 * @param zoneId the zone, e.g. {@code GH-01.Z1}
 * @param valve open or close its valve
 * @param reason why, for the operator, e.g. {@code shot 3: radiation sum 102 J/cm² ≥ 100} or {@code
 *     queued behind GH-01.Z2 on WS-1}
 * @param deliveredTodayLitresPerM2 water given since local midnight (L/m²)
 * @param deliveredTodayLitres the same in litres for the whole zone
 * @param shotsToday shots started since local midnight
 * @param radiationSumJoulesPerCm2 radiation summed inside the window since the last shot was asked
 *     for (J/cm²)
 */
public record ZoneCommand(
    String zoneId,
    ValveCommand valve,
    String reason,
    double deliveredTodayLitresPerM2,
    double deliveredTodayLitres,
    int shotsToday,
    double radiationSumJoulesPerCm2) {

  /** Whether the valve is to be open. */
  public boolean open() {
    return valve == ValveCommand.OPEN;
  }
}
