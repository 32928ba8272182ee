package org.hortus.model.schedule;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A fixed irrigation shot on one zone, e.g. a pre-dawn shot at 05:30 every day. The irrigation
 * controller runs it at its time (queued like any shot when its pump is busy) within the zone's
 * daily maximum.
 *
 * @param id stable id
 * @param name growers' name
 * @param zoneId the zone irrigated, e.g. {@code GH-01.Z1}
 * @param timing when it starts
 * @param dose a volume (mL/m²) or a valve-open time
 * @param enabled false to keep it without running it
 */
public record IrrigationSchedule(
    String id,
    String name,
    String zoneId,
    ScheduleTiming timing,
    IrrigationDose dose,
    boolean enabled)
    implements Schedule {

  public IrrigationSchedule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zoneId, "zoneId");
    Objects.requireNonNull(timing, "timing");
    Objects.requireNonNull(dose, "dose");
  }

  /**
   * The runs starting on {@code from} to {@code to}. A {@link IrrigationDose.RunTime} dose gives
   * each run its length; a {@link IrrigationDose.Volume} dose lasts as long as the zone's pump
   * needs, which this schedule alone does not know, so its runs here end as they start: use {@link
   * #occurrences(LocalDate, LocalDate, ZoneId, WaterNetwork)} for their real length.
   */
  @Override
  public List<Occurrence<IrrigationSchedule>> occurrences(
      LocalDate from, LocalDate to, ZoneId zone) {
    Duration length = dose instanceof IrrigationDose.RunTime(Duration d) ? d : Duration.ZERO;
    return occurrences(from, to, zone, length);
  }

  /**
   * The runs starting on {@code from} to {@code to}, each as long as its dose keeps the valve open.
   */
  public List<Occurrence<IrrigationSchedule>> occurrences(
      LocalDate from, LocalDate to, ZoneId zone, WaterNetwork network) {
    return occurrences(from, to, zone, network.runTime(zoneId, dose));
  }

  private List<Occurrence<IrrigationSchedule>> occurrences(
      LocalDate from, LocalDate to, ZoneId zone, Duration length) {
    if (!enabled) {
      return List.of();
    }
    return timing.starts(from, to, zone).stream()
        .map(start -> new Occurrence<>(this, start, start.plus(length)))
        .toList();
  }

  /** A copy switched on or off. */
  public IrrigationSchedule withEnabled(boolean on) {
    return new IrrigationSchedule(id, name, zoneId, timing, dose, on);
  }

  /** The start times only, e.g. for the controller that asks which runs began in a scan. */
  public List<ZonedDateTime> starts(LocalDate from, LocalDate to, ZoneId zone) {
    return enabled ? timing.starts(from, to, zone) : List.of();
  }
}
