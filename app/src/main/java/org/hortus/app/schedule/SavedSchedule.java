package org.hortus.app.schedule;

import java.time.Instant;
import java.util.Objects;
import org.hortus.model.schedule.IrrigationSchedule;
import org.hortus.model.schedule.Schedule;

/**
 * A schedule as stored: the model schedule (whose id is {@code id} in decimal), its revision and
 * who changed it last.
 *
 * @param id the row id
 * @param schedule the schedule
 * @param revision 1 when created, one more at every change; an update names the revision it edits
 * @param updatedBy who made the last change
 * @param updatedAt when
 */
public record SavedSchedule(long id, Schedule schedule, int revision, String updatedBy, Instant updatedAt) {

  public SavedSchedule {
    Objects.requireNonNull(schedule, "schedule");
    if (!schedule.id().equals(Long.toString(id))) {
      throw new IllegalArgumentException("schedule id " + schedule.id() + " is not row id " + id);
    }
  }

  public boolean irrigation() {
    return schedule instanceof IrrigationSchedule;
  }

  /** The zone (irrigation) or greenhouse (ventilation) it acts on. */
  public String targetId() {
    return Schedules.targetId(schedule);
  }

  /** The audit subject: {@code schedule:7}. */
  public String subject() {
    return subject(id);
  }

  static String subject(long id) {
    return "schedule:" + id;
  }
}
