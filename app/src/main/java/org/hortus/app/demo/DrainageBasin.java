package org.hortus.app.demo;

/**
 * The park's drainage basin for flood warning: rain off the roofs and the slabs' drain water run
 * in; a pump takes out a fixed rate once the level is above its start level. Plausible, not
 * calibrated: roofs drain about eight times their rain into the basin.
 */
final class DrainageBasin {

  static final double ROOF_CATCHMENT_FACTOR = 8;
  static final double PUMP_MILLIMETRES_PER_HOUR = 40;
  static final double PUMP_START_MILLIMETRES = 300;

  private double levelMillimetres = 250;

  void advance(double rainMillimetresPerHour, double drainInflowMillimetres, double seconds) {
    double inflow = rainMillimetresPerHour * ROOF_CATCHMENT_FACTOR * seconds / 3600 + drainInflowMillimetres;
    double pumped = levelMillimetres > PUMP_START_MILLIMETRES ? PUMP_MILLIMETRES_PER_HOUR * seconds / 3600 : 0;
    levelMillimetres = Math.max(0, Math.min(5000, levelMillimetres + inflow - pumped));
  }

  double levelMillimetres() {
    return levelMillimetres;
  }

  void setLevelMillimetres(double level) {
    levelMillimetres = level;
  }
}
