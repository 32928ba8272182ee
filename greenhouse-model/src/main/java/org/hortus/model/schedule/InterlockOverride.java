package org.hortus.model.schedule;

/**
 * A ventilation run that an interlock overrides: the interlock wins, the vents do what it says.
 *
 * @param run the scheduled ventilation run
 * @param interlock the interlock holding the vents during (part of) it
 */
public record InterlockOverride(Occurrence<VentilationSchedule> run, InterlockPeriod interlock) {

  /**
   * E.g. {@code storm interlock 14:00–14:40 (wind 19 m/s) overrides ventilation schedule 'morning
   * airing' 14:00–14:30}.
   */
  public String describe() {
    return interlock.describe()
        + " overrides ventilation schedule '"
        + run.schedule().name()
        + "' "
        + run.span();
  }
}
