package org.hortus.model.schedule;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A fixed schedule a technician sets up: a named, recurring action on a target, that can be
 * switched off without being deleted.
 */
public sealed interface Schedule permits IrrigationSchedule, VentilationSchedule {

  /** Stable id, e.g. {@code IRR-7}. */
  String id();

  /** Growers' name, e.g. {@code morning airing}. */
  String name();

  /** When it starts. */
  ScheduleTiming timing();

  /** A disabled schedule has no occurrences. */
  boolean enabled();

  /**
   * Its concrete runs that start on the local dates {@code from} to {@code to} (both included) in
   * the time zone {@code zone}, in order; none when disabled.
   */
  List<? extends Occurrence<?>> occurrences(LocalDate from, LocalDate to, ZoneId zone);
}
