package org.hortus.model.schedule;

/**
 * Two scheduled irrigation runs that would need one water supply at the same time. The controller
 * still delivers both (the later waits in the supply's queue), but not at the times set.
 *
 * @param first the run that starts first (or, at equal starts, the first listed)
 * @param second the other run
 * @param waterSupplyId the supply both zones hang on, e.g. {@code WS-1}
 */
public record IrrigationConflict(
    Occurrence<IrrigationSchedule> first,
    Occurrence<IrrigationSchedule> second,
    String waterSupplyId) {

  /**
   * E.g. {@code irrigation schedules 'dawn Z1' (GH-01.Z1 05:30–05:42) and 'dawn Z2' (GH-01.Z2
   * 05:40–05:52) overlap on WS-1 on 2026-05-04}.
   */
  public String describe() {
    return "irrigation schedules "
        + run(first)
        + " and "
        + run(second)
        + " overlap on "
        + waterSupplyId
        + " on "
        + first.start().toLocalDate();
  }

  private static String run(Occurrence<IrrigationSchedule> o) {
    return "'" + o.schedule().name() + "' (" + o.schedule().zoneId() + " " + o.span() + ")";
  }
}
