package org.hortus.model.control.irrigation;

import java.time.Instant;
import org.hortus.model.park.WaterSupply;
import org.hortus.model.park.Zone;
import org.hortus.model.recipe.IrrigationStrategy;

/** One zone's irrigation day so far. Owned by the controller; reset at local midnight. */
final class ZoneState {

  final Zone zone;
  final WaterSupply supply;
  final ZoneSettings settings;
  double radiationSumJoulesPerCm2;

  /** What the last scan added to the sum (J/cm²). */
  double lastRadiationStepJoulesPerCm2;

  /** Start of today's last shot, null before the first. */
  Instant lastShotStart;

  int shotsToday;
  double deliveredTodayLitres;

  /** Why the valve is as it is, when no shot runs or waits. */
  String reason = "";

  ZoneState(Zone zone, WaterSupply supply, ZoneSettings settings) {
    this.zone = zone;
    this.supply = supply;
    this.settings = settings;
  }

  String id() {
    return zone.id();
  }

  void addRadiation(double joulesPerCm2) {
    radiationSumJoulesPerCm2 += joulesPerCm2;
    lastRadiationStepJoulesPerCm2 = joulesPerCm2;
  }

  /**
   * Restarts the sum for a shot just asked for. A radiation shot keeps what the last scan added
   * beyond the threshold, so coarse scans lose no radiation; other shots start from zero.
   */
  void restartSum(ShotTrigger trigger, double thresholdJoulesPerCm2) {
    double excess = radiationSumJoulesPerCm2 - thresholdJoulesPerCm2;
    radiationSumJoulesPerCm2 =
        trigger == ShotTrigger.RADIATION ? Math.clamp(excess, 0, lastRadiationStepJoulesPerCm2) : 0;
  }

  /** What a shot of {@code litres} really delivers once the maximum valve-open time cuts it (L). */
  double cappedLitres(double litres) {
    double maxLitres =
        supply.pumpCapacityLitresPerHour() * settings.maxValveOpenTime().toMillis() / 3_600_000.0;
    return Math.min(litres, maxLitres);
  }

  void startDay() {
    radiationSumJoulesPerCm2 = 0;
    lastRadiationStepJoulesPerCm2 = 0;
    lastShotStart = null;
    shotsToday = 0;
    deliveredTodayLitres = 0;
  }

  double deliveredTodayLitresPerM2() {
    return deliveredTodayLitres / zone.areaM2();
  }

  /**
   * Whether {@code litres} more on top of {@code committedLitres} stays within the daily maximum.
   */
  boolean withinDailyMaximum(IrrigationStrategy strategy, double committedLitres, double litres) {
    double maxLitres = strategy.maxDailyVolumeLitresPerM2() * zone.areaM2();
    return committedLitres + litres <= maxLitres + 1e-9;
  }

  /**
   * {@code daily maximum 6.0 L/m² reached (5.95 L/m² given today)}, or for a shot bigger than the
   * maximum itself {@code shot of 7.0 L/m² exceeds the daily maximum 6.0 L/m²}.
   */
  String dailyMaximumReason(IrrigationStrategy strategy, double shotLitres) {
    String max = Texts.litresPerM2(strategy.maxDailyVolumeLitresPerM2());
    double shotPerM2 = shotLitres / zone.areaM2();
    if (shotPerM2 > strategy.maxDailyVolumeLitresPerM2()) {
      return "shot of "
          + Texts.litresPerM2(shotPerM2)
          + " L/m² exceeds the daily maximum "
          + max
          + " L/m²";
    }
    return "daily maximum "
        + max
        + " L/m² reached ("
        + Texts.fixed(deliveredTodayLitresPerM2(), 2)
        + " L/m² given today)";
  }
}
